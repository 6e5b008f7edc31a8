'use client';

import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { deleteReportAttachmentAction } from '@/app/ngo/agreements/[id]/reports/[reportId]/actions';
import { inputClass } from '@/components/ui/form-field';
import { ATTACHMENT_ACCEPT, ALLOWED_ATTACHMENT_LABELS } from '@/lib/validation/attachment-file';
import { evidenceKind } from '@/lib/rules/reports/event-evidence';
import { financeDocKind } from '@/lib/validation/reports/report-form';
import type { ReportFileView, ReportView } from '@/lib/services/reports/report-view';

/** Upload one file of a given kind (select among `options`) to the report. */
function UploadForm({ reportId, options, testId }: { reportId: string; options: { kind: string; label: string }[]; testId: string }) {
  const t = useTranslations('report');
  const ta = useTranslations('attachments');
  const router = useRouter();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState(options[0]?.kind ?? '');
  const [state, setState] = useState<{ kind: 'idle' | 'busy' | 'done' } | { kind: 'error'; code: string; params?: Record<string, string | number> }>({ kind: 'idle' });
  const upload = async (e: React.FormEvent) => {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    if (!file) return setState({ kind: 'error', code: 'fileMissing' });
    const body = new FormData();
    body.set('file', file);
    body.set('kind', kind);
    setState({ kind: 'busy' });
    try {
      const res = await fetch(`/api/reports/${reportId}/attachments`, { method: 'POST', body });
      if (!res.ok) {
        const json = (await res.json().catch(() => ({}))) as { error?: { code?: string; params?: Record<string, string | number> } };
        return setState({ kind: 'error', code: json.error?.code ?? 'uploadFailed', ...(json.error?.params ? { params: json.error.params } : {}) });
      }
      if (fileRef.current) fileRef.current.value = '';
      setState({ kind: 'done' });
      router.refresh();
    } catch {
      setState({ kind: 'error', code: 'uploadFailed' });
    }
  };
  const errorText =
    state.kind === 'error'
      ? t.has(`refusals.${state.code}`)
        ? t(`refusals.${state.code}` as never)
        : ta.has(`errors.${state.code}`)
          ? ta(`errors.${state.code}` as never, (state.params ?? {}) as never)
          : t('refusals.generic')
      : null;
  return (
    <form onSubmit={upload} className="flex flex-wrap items-end gap-3 rounded border border-dashed border-slate-300 p-3" data-testid={testId}>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-kind`} className="text-sm font-medium">
          {t('files.kind')}
        </label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)} className={inputClass}>
          {options.map((o) => (
            <option key={o.kind} value={o.kind}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">
          {t('files.file')}
        </label>
        <input id={`${id}-file`} ref={fileRef} type="file" accept={ATTACHMENT_ACCEPT} aria-describedby={`${id}-hint`} className="text-sm" />
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {t('files.hint', { types: ALLOWED_ATTACHMENT_LABELS })}
        </p>
      </div>
      <button type="submit" disabled={state.kind === 'busy'} className="rounded border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60">
        {t('files.upload')}
      </button>
      <p role="status" aria-live="polite" className={state.kind === 'error' ? 'w-full text-sm font-medium text-red-800' : 'w-full text-sm text-green-800'}>
        {state.kind === 'done' ? t('files.uploaded') : state.kind === 'busy' ? t('files.uploading') : errorText}
      </p>
    </form>
  );
}

function FileList({ reportId, files, editable }: { reportId: string; files: ReportFileView[]; editable: boolean }) {
  const t = useTranslations('report');
  const format = useFormatter();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (files.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1">
      {files.map((f) => (
        <li key={f.id} className="flex flex-wrap items-center gap-2 text-sm">
          <a href={f.href} className="text-brand-700 underline">
            {f.fileName}
          </a>
          <span className="text-slate-500">({format.number(Math.ceil(f.sizeBytes / 1024))} KB)</span>
          {editable && (
            <button
              type="button"
              className="rounded px-2 text-red-700 underline hover:bg-red-50"
              onClick={async () => {
                const r = await deleteReportAttachmentAction({ reportId, attachmentId: f.id });
                if (r.ok) router.refresh();
                else setError(t.has(`refusals.${r.code}`) ? t(`refusals.${r.code}` as never) : t('refusals.generic'));
              }}
            >
              {t('files.remove', { name: f.fileName })}
            </button>
          )}
        </li>
      ))}
      {error && (
        <li role="alert" className="text-sm text-red-800">
          {error}
        </li>
      )}
    </ul>
  );
}

/** F-EV per event: which evidence is present, which required one is missing; upload per event. */
export function EvidenceSection({ report, editable }: { report: ReportView; editable: boolean }) {
  const t = useTranslations('report');
  if (report.events.length === 0) return <p className="text-slate-600">{t('evidence.noEvents')}</p>;
  return (
    <div className="flex flex-col gap-6">
      {report.events.map((e) => (
        <div key={e.no} className="flex flex-col gap-3 rounded border border-slate-200 p-4" data-testid={`event-${e.no}`}>
          <h3 className="text-lg font-semibold">
            {t('evidence.eventTitle', { no: e.no, name: e.name || '—' })}{' '}
            <span className={`ml-2 rounded px-2 py-0.5 text-sm ${e.complete ? 'bg-green-100 text-green-900' : 'bg-amber-100 text-amber-900'}`}>
              {e.complete ? t('evidence.complete') : t('evidence.incomplete')}
            </span>
          </h3>
          {e.eventType && <p className="text-sm text-slate-600">{t('evidence.type', { type: t(`eventType.${e.eventType}` as never) })}</p>}
          <table className="w-full text-sm">
            <caption className="sr-only">{t('evidence.caption', { no: e.no })}</caption>
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="p-1">{t('evidence.item')}</th>
                <th scope="col" className="p-1">{t('evidence.requiredCol')}</th>
                <th scope="col" className="p-1">{t('evidence.presentCol')}</th>
                <th scope="col" className="p-1">{t('evidence.files')}</th>
              </tr>
            </thead>
            <tbody>
              {e.checklist.map((item) => (
                <tr key={item.type} className="border-b border-slate-100 align-top" data-testid={`evidence-${e.no}-${item.type}`}>
                  <th scope="row" className="p-1 text-left font-normal">{t(`evidence.${item.type}` as never)}</th>
                  <td className="p-1">{item.required ? t('evidence.required') : t('evidence.optional')}</td>
                  <td className="p-1">{item.present ? <span className="text-green-800">✓ {t('evidence.present')}</span> : <span className={item.required ? 'text-red-800' : 'text-slate-500'}>✗ {t('evidence.absent')}</span>}</td>
                  <td className="p-1">
                    <FileList reportId={report.id} files={item.files} editable={editable} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {editable && (
            <UploadForm
              reportId={report.id}
              testId={`upload-event-${e.no}`}
              options={e.checklist.map((item) => ({ kind: evidenceKind(e.no, item.type), label: t(`evidence.${item.type}` as never) }))}
            />
          )}
        </div>
      ))}
    </div>
  );
}

/** Supporting documents of the financial report (required for the final one, L4249–4255). */
export function FinanceDocsSection({ report, editable }: { report: ReportView; editable: boolean }) {
  const t = useTranslations('report');
  const required = report.financeDocs.some((d) => d.required);
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-600">{required ? t('financeDocs.requiredHint') : t('financeDocs.optionalHint')}</p>
      <ul className="flex flex-col gap-2">
        {report.financeDocs.map((d) => (
          <li key={d.type} className="rounded border border-slate-200 p-3">
            <p className="font-medium">
              {t(`financeDoc.${d.type}` as never)} {d.files.length > 0 ? <span className="text-green-800">✓</span> : null}
            </p>
            <FileList reportId={report.id} files={d.files} editable={editable} />
          </li>
        ))}
      </ul>
      {editable && <UploadForm reportId={report.id} testId="upload-finance" options={report.financeDocs.map((d) => ({ kind: financeDocKind(d.type), label: t(`financeDoc.${d.type}` as never) }))} />}
    </div>
  );
}
