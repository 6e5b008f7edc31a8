import type { ServiceError } from '@/lib/services/result';

/** What turning a refusal code into a sentence needs, on the server or in the browser. */
export interface RefusalFormat {
  /** Translator of the `submission` namespace. */
  t: {
    (key: string, values?: Record<string, string | number>): string;
    has(key: string): boolean;
  };
  locale: string;
  dateTime: (d: Date) => string;
  money: (tenge: number) => string;
  languageName: (code: string) => string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/**
 * One refusal of the submission service (lib/services/applications) as a translated
 * sentence: its code is a key under `submission.refusals`, its params are filled in the
 * reader's language (the deadline as a date in Almaty time, document titles in kk/ru/en,
 * amounts in tenge).
 */
export function refusalText(reason: ServiceError, f: RefusalFormat): string {
  const p = reason.params ?? {};
  const key = `refusals.${reason.code}`;
  if (!f.t.has(key)) return f.t('refusals.generic');
  switch (reason.code) {
    case 'deadlinePassed':
      return f.t(key, { deadline: p.deadline ? f.dateTime(new Date(str(p.deadline))) : '' });
    case 'sectionIncomplete':
    case 'sectionsInconsistent': {
      const section = str(p.section);
      return f.t(key, { section: f.t.has(`sections.names.${section}`) ? f.t(`sections.names.${section}`) : section, missing: Number(p.missing ?? 0) });
    }
    case 'attachmentMissing': {
      const title = str(f.locale === 'kk' ? p.titleKk : f.locale === 'ru' ? p.titleRu : p.titleEn || p.titleRu) || str(p.kind);
      const languages = str(p.languages)
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean);
      return languages.length > 0
        ? f.t('refusals.attachmentMissingLanguages', { title, languages: languages.map(f.languageName).join(', ') })
        : f.t(key, { title });
    }
    case 'requestedAboveLotBudget':
      return f.t(key, { requested: f.money(Number(p.requested ?? 0)), budget: f.money(Number(p.budget ?? 0)) });
    case 'NGO_DATABASE_REPORT_MISSING':
    case 'NGO_DATABASE_REPORT_LATE':
      return f.t(key, { year: Number(p.year ?? 0) });
    case 'AWARD_COOLDOWN':
      return f.t(key, { year: Number(p.year ?? 0), years: Number(p.years ?? 3) });
    case 'AWARD_TOO_FEW_RECOMMENDATIONS':
      return f.t(key, { count: Number(p.count ?? 0), min: Number(p.min ?? 2) });
    default:
      return f.t(key);
  }
}
