import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { can } from '@/lib/auth/policy';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { defaultLocale, isLocale, localized } from '@/lib/i18n/locales';
import { applicationSubject } from '@/lib/queries/application-overview';
import { applicationPdfData } from '@/lib/pdf/application-pdf-data';
import { pdfTexts } from '@/lib/pdf/pdf-texts';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { SectionView } from '@/components/scoring/section-view';

export const dynamic = 'force-dynamic';

const box = 'rounded-lg border border-slate-200 bg-white p-5';

/**
 * An application as the expert reads it — read-only, the frozen submission. CI-1 / CI-2:
 * only an active member of the competition's working commission who declared "no
 * conflict" on it and has no automatic conflict; anyone else gets the same 404 as for an
 * id that does not exist (direct URLs included).
 */
export default async function ExpertApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('enter', { type: 'area', area: 'expert' }, `/expert/applications/${id}`);
  const subject = await applicationSubject(id);
  if (!subject || !can(actor, 'read', subject)) notFound();

  const localeValue = await getLocale();
  const locale = isLocale(localeValue) ? localeValue : defaultLocale;
  const now = new Date();
  const [data, x, t, format, app, sheet] = await Promise.all([
    applicationPdfData(db, id, locale, now),
    pdfTexts(subject.status),
    getTranslations('scoring'),
    getFormatter(),
    db.application.findUniqueOrThrow({
      where: { id },
      select: {
        competitionId: true,
        competition: { select: { requiredDocuments: true } },
        attachments: { where: { deletedAt: null }, select: { id: true, kind: true, language: true, fileName: true, sizeBytes: true }, orderBy: { uploadedAt: 'asc' } },
      },
    }),
    db.scoreSheet.findUnique({ where: { expertId_applicationId: { expertId: actor.expertId!, applicationId: id } }, select: { status: true } }),
  ]);
  if (!data) notFound();
  const documents = parseRequiredDocuments(app.competition.requiredDocuments);
  const docTitle = (kind: string) => {
    const d = documents.find((doc) => doc.kind === kind);
    return d ? localized(locale, { kk: d.titleKk, ru: d.titleRu, en: d.titleEn }) : kind;
  };

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/expert/competitions/${app.competitionId}`} className="text-brand-700 underline">
          {t('application.back')}
        </Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{data.projectTitle ?? t('application.untitled')}</h1>
        <p className="mt-1 text-slate-700">{data.competitionTitle}</p>
      </div>
      <section aria-labelledby="summary" className={box}>
        <h2 id="summary" className="mb-3 text-xl font-semibold">{t('application.summary')}</h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-slate-500">{t('application.organization')}</dt>
          <dd>{localized(locale, { kk: data.organization.nameKk, ru: data.organization.nameRu })}</dd>
          <dt className="text-slate-500">{t('application.bin')}</dt>
          <dd className="font-mono">{data.organization.bin}</dd>
          <dt className="text-slate-500">{t('application.lot')}</dt>
          <dd>{data.lot ?? '—'}</dd>
          <dt className="text-slate-500">{t('application.receipt')}</dt>
          <dd className="font-mono">{data.receiptNumber ?? '—'}</dd>
          <dt className="text-slate-500">{t('application.submittedAt')}</dt>
          <dd>{data.submittedAt ? format.dateTime(data.submittedAt, { dateStyle: 'long', timeStyle: 'short' }) : '—'}</dd>
          <dt className="text-slate-500">{t('application.mySheet')}</dt>
          <dd data-testid="my-sheet-status">{t(`list.sheetStatus.${sheet?.status ?? 'NONE'}`)}</dd>
        </dl>
        <p className="mt-4 flex flex-wrap gap-4">
          <Link href={`/expert/applications/${id}/score`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {sheet?.status === 'SIGNED' ? t('list.viewSheet') : t('application.scoreLink')}
          </Link>
          <a href={`/api/applications/${id}/pdf`} className="self-center text-brand-700 underline">
            {t('application.pdf')}
          </a>
        </p>
        <p className="mt-3 text-sm text-slate-600">{t('application.readOnly')}</p>
      </section>
      {data.sections.map((s) => (
        <section key={s.key} aria-labelledby={`section-${s.key}`} className={box}>
          <h2 id={`section-${s.key}`} className="mb-3 text-xl font-semibold">
            {x.sectionName(s.key)}
          </h2>
          <SectionView section={s} x={x} />
        </section>
      ))}
      <section aria-labelledby="files" className={box}>
        <h2 id="files" className="mb-3 text-xl font-semibold">{t('application.files')}</h2>
        {app.attachments.length === 0 ? (
          <p className="text-slate-600">{t('application.noFiles')}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {app.attachments.map((a) => (
              <li key={a.id}>
                <a href={`/api/attachments/${a.id}`} className="text-brand-700 underline">
                  {a.fileName}
                </a>{' '}
                <span className="text-sm text-slate-500">
                  ({docTitle(a.kind)}
                  {a.language ? `, ${a.language}` : ''}, {format.number(Math.ceil(a.sizeBytes / 1024))} KB)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
