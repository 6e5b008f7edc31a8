'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { removeMemberAction, revokeInvitationAction } from '@/app/ngo/members/actions';
import { useErrorText } from './use-error-text';

/** Revoke an invitation or end a membership, after an explicit confirmation. */
export function MemberActionButton({ kind, id, label, confirmText }: { kind: 'revoke' | 'remove'; id: string; label: string; confirmText: string }) {
  const t = useTranslations('orgMembers');
  const errorText = useErrorText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setError(null);
      const result = kind === 'revoke' ? await revokeInvitationAction(id) : await removeMemberAction(id);
      if (!result.ok) {
        setError(result.formError);
        return;
      }
      setConfirming(false);
      router.refresh();
    });

  return (
    <div className="flex flex-col items-start gap-1">
      {confirming ? (
        <div role="group" aria-label={label} className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{confirmText}</span>
          <button type="button" disabled={pending} onClick={run} className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60">
            {t('confirm')}
          </button>
          <button type="button" disabled={pending} onClick={() => setConfirming(false)} className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100">
            {t('cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)} aria-label={label} className="rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium text-red-800 hover:bg-red-50">
          {kind === 'revoke' ? t('revoke') : t('remove')}
        </button>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
