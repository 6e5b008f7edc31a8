import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import { can } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { localized, type AppLocale } from '@/lib/i18n/locales';
import { attachmentChecklist, type DocumentLanguage } from '@/lib/services/attachments/attachment-checklist';
import { applicationSubject, attachmentEditRefusal, loadApplicationForAttachments, OTHER_DOCUMENT_KIND } from '@/lib/services/attachments/attachment-access';
import { attachmentMaxBytes } from '@/lib/services/attachments/attachment-settings';
import { ALLOWED_ATTACHMENT_LABELS, ATTACHMENT_ACCEPT, maxMiB } from '@/lib/validation/attachment-file';
import { AttachmentUpload } from '@/components/attachments/attachment-upload';
import { DeleteAttachmentButton } from '@/components/attachments/delete-attachment-button';
import { StatusBadge } from '@/components/ui/status-badge';
import { deleteAttachmentAction } from './actions';

export const dynamic = 'force-dynamic';

/**
 * The application's document checklist (§4.5) and its files. Editable by the NGO's
 * members while the application is a DRAFT and the deadline (DL-1) has not passed;
 * read-only otherwise. Someone who may not read the application gets the 404 page, the
 * same as for an unknown id (the download route answers the same way).
 */
export default async function ApplicationAttachmentsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireUser(`/ngo/applications/${id}/attachments`);
  const application = await loadApplicationForAttachments(db, id);
  if (!application || !can(actor, 'read', applicationSubject(application))) notFound();

  const now = new Date();
  const [t, ts, format, locale, maxBytes, files] = await Promise.all([
    getTranslations('attachments'),
    getTranslations('applicationStatus'),
    getFormatter(),
    getLocale() as Promise<AppLocale>,
    attachmentMaxBytes(db),
    db.attachment.findMany({
      where: { applicationId: application.id, deletedAt: null },
      orderBy: { uploadedAt: 'asc' },
      select: { id: true, kind: true, language: true, fileName: true, sizeBytes: true, sha256: true, uploadedAt: true },
    }),
  ]);
  const { competition } = application;
  const refusal = attachmentEditRefusal(actor, application, now);
  const editable = refusal === null;
  const languages = competition.languages as DocumentLanguage[];
  const checklist = attachmentChecklist(competition.requiredDocuments, files, languages, competition.allLanguagesRequired);
  const deadline = competition.deadlineAt ? format.dateTime(competition.deadlineAt, { dateStyle: 'long', timeStyle: 'short' }) : null;
  const languageList = (list: readonly DocumentLanguage[]) => list.map((l) => t(`languageNames.${l}`)).join(', ');

  const sizeOf = (bytes: number) => {
    if (bytes < 1024) return t('size.bytes', { size: format.number(bytes) });
    if (bytes < 1024 * 1024) return t('size.kib', { size: format.number(bytes / 1024, { maximumFractionDigits: 1 }) });
    return t('size.mib', { size: format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 }) });
  };

  const sections = [
    ...checklist.items.map((item) => ({
      kind: item.kind,
      title: localized(locale, { kk: item.document.titleKk, ru: item.document.titleRu, en: item.document.titleEn }),
      item,
    })),
    { kind: OTHER_DOCUMENT_KIND, title: t('otherTitle'), item: null },
  ];

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href={`/ngo/applications/${application.id}`} className="font-medium text-brand-700 underline">
          ← {t('back')}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('competition', { title: localized(locale, { kk: competition.titleKk, ru: competition.titleRu, en: competition.titleEn }) })}</p>
        <p className="flex items-center gap-2">
          <span className="text-slate-600">{t('applicationStatus')}</span>
          <StatusBadge status={application.status} label={ts.has(application.status) ? ts(application.status as never) : application.status} />
        </p>
        <p className="text-slate-700">{deadline ? t('deadline', { deadline }) : t('noDeadline')}</p>
      </header>

      {editable ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">{t('rules', { types: ALLOWED_ATTACHMENT_LABELS, maxMiB: maxMiB(maxBytes) })}</p>
      ) : (
        <p role="status" data-testid="attachments-read-only" className="rounded-lg border border-amber-300 bg-amber-50 p-4 font-medium text-amber-900">
          {refusal === 'deadlinePassed'
            ? t('readOnly.deadline', { deadline: deadline ?? '' })
            : refusal === 'applicationFrozen'
              ? t('readOnly.frozen')
              : t('readOnly.viewOnly')}
        </p>
      )}

      <p role="status" data-testid="attachments-summary" className={checklist.complete ? 'font-medium text-green-800' : 'font-medium text-amber-900'}>
        {checklist.complete ? t('summary.complete') : t('summary.incomplete', { count: checklist.missing.length })}
      </p>

      {sections.map(({ kind, title, item }) => {
        const kindFiles = files.filter((f) => f.kind === kind);
        const headingId = `doc-${kind}`;
        return (
          <section key={kind} aria-labelledby={headingId} data-kind={kind} className="rounded-lg border border-slate-200 bg-white p-5">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <h2 id={headingId} className="text-xl font-semibold">
                {title}
              </h2>
              {item && (
                <StatusBadge status={item.satisfied ? 'WINNER' : item.required ? 'NOT_ADMITTED' : 'DRAFT'} label={item.satisfied ? t('satisfied') : t('missing')} />
              )}
            </div>
            {item ? (
              <ul className="mt-1 flex flex-wrap gap-x-4 text-sm text-slate-600">
                <li>{item.required ? t('required') : t('optional')}</li>
                {languages.length > 0 && <li>{competition.allLanguagesRequired ? t('languagesAll', { languages: languageList(languages) }) : t('languagesAny', { languages: languageList(languages) })}</li>}
                {item.missingLanguages.length > 0 && item.count > 0 && <li className="font-medium text-amber-900">{t('missingLanguages', { languages: languageList(item.missingLanguages) })}</li>}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t('otherDescription')}</p>
            )}

            {kindFiles.length === 0 ? (
              <p className="mt-3 text-slate-600">{t('noFiles')}</p>
            ) : (
              <div className="mt-3 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <caption className="sr-only">{t('filesCaption', { title })}</caption>
                  <thead className="bg-slate-100">
                    <tr>
                      <th scope="col" className="p-2">{t('columns.fileName')}</th>
                      <th scope="col" className="p-2">{t('columns.size')}</th>
                      <th scope="col" className="p-2">{t('columns.language')}</th>
                      <th scope="col" className="p-2">{t('columns.uploadedAt')}</th>
                      <th scope="col" className="p-2">{t('columns.sha256')}</th>
                      <th scope="col" className="p-2">{t('columns.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {kindFiles.map((f) => (
                      <tr key={f.id} className="border-t border-slate-200" data-testid="attachment-row">
                        <th scope="row" className="p-2 font-medium break-all">{f.fileName}</th>
                        <td className="p-2 whitespace-nowrap">{sizeOf(f.sizeBytes)}</td>
                        <td className="p-2">{f.language ? t(`languageNames.${f.language}`) : t('noLanguage')}</td>
                        <td className="p-2 whitespace-nowrap">{format.dateTime(f.uploadedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                        <td className="p-2">
                          <code title={t('sha256Title', { hash: f.sha256 })} className="font-mono">
                            {f.sha256.slice(0, 12)}…
                          </code>
                        </td>
                        <td className="p-2">
                          <div className="flex flex-wrap items-start gap-2">
                            <a
                              href={`/api/attachments/${f.id}`}
                              aria-label={t('downloadLabel', { name: f.fileName })}
                              className="rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-slate-50"
                            >
                              {t('download')}
                            </a>
                            {editable && <DeleteAttachmentButton attachmentId={f.id} fileName={f.fileName} action={deleteAttachmentAction} />}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}

            {editable && (
              <AttachmentUpload
                applicationId={application.id}
                kind={kind}
                title={title}
                languages={languages}
                languageRequired={competition.allLanguagesRequired}
                accept={ATTACHMENT_ACCEPT}
                maxBytes={maxBytes}
                maxMiB={maxMiB(maxBytes)}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}
