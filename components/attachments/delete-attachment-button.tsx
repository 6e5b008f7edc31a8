'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { DeleteAttachmentState } from '@/app/ngo/applications/[id]/attachments/actions';

export function DeleteAttachmentButton({
  attachmentId,
  fileName,
  action,
}: {
  attachmentId: string;
  fileName: string;
  action: (previous: DeleteAttachmentState, formData: FormData) => Promise<DeleteAttachmentState>;
}) {
  const t = useTranslations('attachments');
  const [state, formAction, pending] = useActionState(action, null);
  const errorId = `delete-${attachmentId}-error`;
  const failed = state && !state.ok;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="attachmentId" value={attachmentId} />
      <button
        type="submit"
        disabled={pending}
        aria-label={t('deleteLabel', { name: fileName })}
        aria-describedby={failed ? errorId : undefined}
        className="rounded border border-red-300 px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60"
      >
        {pending ? t('deleting') : t('delete')}
      </button>
      {failed && (
        <p id={errorId} role="alert" className="text-sm font-medium text-red-700">
          {t.has(`errors.${state.code}`) ? t(`errors.${state.code}` as never) : t('errors.uploadFailed')}
        </p>
      )}
    </form>
  );
}
