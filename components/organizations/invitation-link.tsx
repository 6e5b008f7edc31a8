'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/** The full invitation address with a copy button. */
export function InvitationLink({ path }: { path: string }) {
  const t = useTranslations('orgMembers');
  const [copied, setCopied] = useState(false);
  // The portal's own address, known only in the browser (the server renders the path).
  const origin = useSyncExternalStore(subscribe, () => window.location.origin, () => '');
  const url = `${origin}${path}`;
  return (
    <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
      <label htmlFor="invitation-link" className="sr-only">
        {t('invitationLink')}
      </label>
      <input id="invitation-link" readOnly value={url} data-testid="invitation-link" className="flex-1 rounded border border-slate-400 bg-white px-3 py-2 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="rounded border border-slate-400 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100"
        onClick={async () => {
          await navigator.clipboard?.writeText(url).catch(() => undefined);
          setCopied(true);
        }}
      >
        {copied ? t('copied') : t('copy')}
      </button>
    </div>
  );
}
