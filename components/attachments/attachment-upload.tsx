'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { describedBy, FormField, inputClass } from '@/components/ui/form-field';

type Language = 'kk' | 'ru' | 'en';
type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'done'; name: string }
  | { phase: 'error'; message: string; field: 'file' | 'language' };

/**
 * Upload control for one document kind: the file goes up with XMLHttpRequest so the
 * progress bar shows real bytes sent; the server's refusal code is shown translated next
 * to the control, and the page's list refreshes on success.
 */
export function AttachmentUpload({
  applicationId,
  kind,
  title,
  languages,
  languageRequired,
  accept,
  maxBytes,
  maxMiB,
}: {
  applicationId: string;
  kind: string;
  title: string;
  languages: Language[];
  languageRequired: boolean;
  accept: string;
  maxBytes: number;
  maxMiB: number;
}) {
  const t = useTranslations('attachments');
  const router = useRouter();
  const uid = useId();
  const fileId = `upload-${kind}-file`;
  const languageId = `upload-${kind}-language`;
  const progressLabelId = `${uid}-progress-label`;
  const formRef = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });

  const messageFor = (code: string, params: Record<string, string | number> = {}) =>
    t.has(`errors.${code}`) ? t(`errors.${code}` as never, params as never) : t('errors.uploadFailed');

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const file = data.get('file');
    if (!(file instanceof File) || file.name === '') return setState({ phase: 'error', message: messageFor('fileMissing'), field: 'file' });
    // The server decides; this only spares a long upload that would be refused anyway.
    if (file.size === 0) return setState({ phase: 'error', message: messageFor('fileEmpty'), field: 'file' });
    if (file.size > maxBytes) return setState({ phase: 'error', message: messageFor('fileTooLarge', { maxMiB }), field: 'file' });
    if (languageRequired && !data.get('language')) return setState({ phase: 'error', message: messageFor('languageRequired'), field: 'language' });
    data.set('kind', kind);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/applications/${encodeURIComponent(applicationId)}/attachments`);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setState({ phase: 'uploading', percent: Math.min(100, Math.round((e.loaded / e.total) * 100)) });
    };
    xhr.onload = () => {
      const body = xhr.response as { attachment?: { fileName: string }; error?: { code: string; params?: Record<string, string | number> } } | null;
      if (xhr.status === 201 && body?.attachment) {
        setState({ phase: 'done', name: body.attachment.fileName });
        formRef.current?.reset();
        router.refresh();
        return;
      }
      const code = body?.error?.code ?? 'uploadFailed';
      setState({ phase: 'error', message: messageFor(code, body?.error?.params), field: code.startsWith('language') ? 'language' : 'file' });
    };
    xhr.onerror = () => setState({ phase: 'error', message: messageFor('network'), field: 'file' });
    setState({ phase: 'uploading', percent: 0 });
    xhr.send(data);
  };

  const uploading = state.phase === 'uploading';
  const percent = state.phase === 'uploading' ? state.percent : state.phase === 'done' ? 100 : 0;
  const fileError = state.phase === 'error' && state.field === 'file' ? state.message : undefined;
  const languageError = state.phase === 'error' && state.field === 'language' ? state.message : undefined;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="mt-3 rounded border border-slate-200 bg-slate-50 p-4" aria-busy={uploading}>
      <fieldset disabled={uploading} className="flex flex-col gap-3">
        <legend className="mb-2 font-medium">{t('upload.legend', { title })}</legend>
        <div className="flex flex-wrap items-end gap-4">
          <div className="max-w-md min-w-0">
            <FormField id={fileId} label={t('upload.file')} error={fileError}>
              <input type="file" name="file" accept={accept} className={inputClass} {...describedBy(fileId, { error: !!fileError })} />
            </FormField>
          </div>
          {languages.length > 0 && (
            <div className="max-w-xs">
              <FormField id={languageId} label={t('upload.language')} error={languageError}>
                <select name="language" defaultValue={languageRequired || languages.length === 1 ? languages[0] : ''} className={inputClass} {...describedBy(languageId, { error: !!languageError })}>
                  {!languageRequired && <option value="">{t('upload.languageNone')}</option>}
                  {languages.map((l) => (
                    <option key={l} value={l}>
                      {t(`languageNames.${l}`)}
                    </option>
                  ))}
                </select>
              </FormField>
            </div>
          )}
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60">
            {uploading ? t('upload.uploading') : t('upload.submit')}
          </button>
        </div>
      </fieldset>
      {(state.phase === 'uploading' || state.phase === 'done') && (
        <div className="mt-3 flex items-center gap-3">
          <span id={progressLabelId} className="text-sm text-slate-700">
            {t('upload.progress')}
          </span>
          <progress
            max={100}
            value={percent}
            aria-labelledby={progressLabelId}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t('upload.progressValue', { percent })}
            className="h-3 w-48"
          />
          <span className="text-sm tabular-nums">{t('upload.progressValue', { percent })}</span>
        </div>
      )}
      <p aria-live="polite" className="mt-2 text-sm font-medium text-green-800">
        {state.phase === 'done' ? t('upload.done', { name: state.name }) : ''}
      </p>
    </form>
  );
}
