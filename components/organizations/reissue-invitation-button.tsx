'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { inviteStaffAction } from '@/app/ngo/members/actions';
import { InvitationLink } from './invitation-link';
import { useErrorText } from './use-error-text';

/**
 * Only the token's hash is stored, so an earlier link can't be shown again: the head gets
 * a new link instead, and the old one stops working.
 */
export function ReissueInvitationButton({ email }: { email: string }) {
  const t = useTranslations('orgMembers');
  const errorText = useErrorText();
  const router = useRouter();
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={pending}
        aria-label={t('reissueFor', { email })}
        className="rounded border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await inviteStaffAction({ email });
            if (!result.ok) {
              setError(Object.values(result.fieldErrors)[0] ?? result.formError ?? 'generic');
              return;
            }
            setPath(result.path);
            router.refresh();
          })
        }
      >
        {t('reissue')}
      </button>
      {path && (
        <div role="status" className="w-full">
          <p className="mb-1 text-sm">{t('reissued')}</p>
          <InvitationLink path={path} />
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
