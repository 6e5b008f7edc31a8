import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { isOnTime } from '@/lib/rules';
import type { CompletenessContext, FormLanguage } from '@/lib/validation/forms/common';
import { isGrantSectionKey } from '@/lib/validation/forms/grant';
import { repairSectionData } from '@/lib/validation/forms/grant/repair';
import { applicationFormFor } from '@/lib/validation/forms/registry';
import { SectionEditor } from '@/components/application-form/section-editor';
import { StatusBadge } from '@/components/ui/status-badge';

export const dynamic = 'force-dynamic';

export default async function ApplicationSectionPage({ params }: { params: Promise<{ id: string; key: string }> }) {
  const { id, key } = await params;
  const actor = await requireUser(`/ngo/applications/${encodeURIComponent(id)}/sections/${encodeURIComponent(key)}`);

  const application = await db.application.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      organizationId: true,
      formVersion: true,
      languages: true,
      competition: {
        select: { id: true, kind: true, titleKk: true, titleRu: true, titleEn: true, deadlineAt: true, languages: true, allLanguagesRequired: true },
      },
      lot: { select: { number: true, titleKk: true, titleRu: true, titleEn: true, budgetKzt: true } },
      organization: { select: { nameKk: true, nameRu: true } },
      sections: { select: { key: true, data: true, version: true, updatedAt: true } },
    },
  });
  const form = application ? applicationFormFor(application.competition.kind) : null;
  if (!application || !form || !form.isSectionKey(key)) notFound();
  const subject = { type: 'application' as const, organizationId: application.organizationId, status: application.status };
  // IDOR: only the NGO's members (and staff, read-only) see the draft.
  if (!can(actor, 'read', subject)) forbidden();

  const now = new Date();
  const [t, ta, tas, format, locale] = await Promise.all([
    getTranslations('applicationForm'),
    getTranslations(key),
    getTranslations('applicationStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
  ]);
  const text = (kk?: string | null, ru?: string | null, en?: string | null) => localized(locale, { kk, ru, en });

  const languages = application.competition.languages.filter((l): l is FormLanguage => l === 'kk' || l === 'ru');
  const ctx: CompletenessContext = {
    lotAmountKzt: application.lot ? Number(application.lot.budgetKzt) : undefined,
    languages,
    allLanguagesRequired: application.competition.allLanguagesRequired,
  };
  const deadline = application.competition.deadlineAt;
  const onTime = deadline !== null && isOnTime(now, deadline);
  const mayUpdate = can(actor, 'update', subject);
  const editable = mayUpdate && onTime;
  const readOnlyReason = editable ? null : !mayUpdate ? (actor.role === 'NGO' ? 'notDraft' : 'readOnly') : 'deadlinePassed';

  // Older drafts (e.g. typed before these forms) are made loadable without losing text.
  const fallbackLang: FormLanguage = application.languages.find((l): l is FormLanguage => l === 'kk' || l === 'ru') ?? (locale === 'ru' ? 'ru' : 'kk');
  const section = application.sections.find((s) => s.key === key);
  const repair = (k: string, d: unknown) => (isGrantSectionKey(k) ? repairSectionData(k, d, fallbackLang) : d);
  const data = repair(key, section?.data ?? {}) as Record<string, unknown>;
  const all = form.completeness(
    application.sections.map((s) => ({ key: s.key, data: repair(s.key, s.data) })),
    ctx,
  );

  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t('breadcrumbs')} className="text-sm">
        <Link href="/ngo/applications" className="text-brand-700 underline">
          {t('myApplications')}
        </Link>{' '}
        /{' '}
        <Link href={`/ngo/applications/${application.id}`} className="text-brand-700 underline">
          {t('overview')}
        </Link>
      </nav>
      <header className="flex flex-col gap-2">
        <p className="text-sm text-slate-600">
          {text(application.competition.titleKk, application.competition.titleRu, application.competition.titleEn)}
          {application.lot && <> — {t('lotLabel', { number: application.lot.number, title: text(application.lot.titleKk, application.lot.titleRu, application.lot.titleEn) })}</>}
        </p>
        <h1 className="text-2xl font-bold">
          {t(`sections.${key}`)}: {ta('title')}
        </h1>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <StatusBadge status={application.status} label={tas.has(application.status) ? tas(application.status as never) : application.status} />
          {deadline && <span>{t('deadline', { deadline: format.dateTime(deadline, { dateStyle: 'long', timeStyle: 'short' }) })}</span>}
          {application.competition.kind === 'GRANT' && <span>{t('languageRule', { languages: languages.map((l) => t(`languageLabel.${l}`)).join(', '), all: application.competition.allLanguagesRequired ? 'yes' : 'no' })}</span>}
          <span>{t('completeCount', { done: all.completeKeys.length, total: form.sectionKeys.length })}</span>
        </div>
        {ta.has('intro') && <p className="text-slate-700">{ta('intro')}</p>}
      </header>
      <SectionEditor
        kind={application.competition.kind}
        applicationId={application.id}
        sectionKey={key}
        initialData={data}
        initialVersion={section?.version ?? 0}
        savedAt={section?.updatedAt.toISOString() ?? null}
        editable={editable}
        readOnlyReason={readOnlyReason}
        deadline={deadline?.toISOString() ?? null}
        lotAmountKzt={ctx.lotAmountKzt}
        languages={languages}
        allLanguagesRequired={application.competition.allLanguagesRequired}
        completeKeys={all.completeKeys}
      />
    </div>
  );
}
