'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { reissueExpertInvitationAction } from '@/app/operator/experts/actions';
import { InvitationLink } from '@/components/organizations/invitation-link';

/** A fresh invitation link for an expert who has not activated the account (the old one stops working). */
export function ReissueInvitationButton({ expertId }: { expertId: string }) {
  const t = useTranslations('experts');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        disabled={pending}
        className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700 hover:bg-brand-50 disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await reissueExpertInvitationAction(expertId);
            if (!result.ok) {
              setError(result.formError);
              return;
            }
            setPath(result.path ?? null);
            router.refresh();
          })
        }
      >
        {t('detail.reissue')}
      </button>
      {path && <InvitationLink path={path} />}
      {error && (
        <p role="alert" className="text-sm font-medium text-red-700">
          {t.has(`errors.${error}` as never) ? t(`errors.${error}` as never) : t('errors.generic')}
        </p>
      )}
    </div>
  );
}
