'use client';

import { useTranslations } from 'next-intl';

// Users see a translated apology, never a stack trace (R7); the digest ties it to the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('errorPage');
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-slate-700">{t('text')}</p>
      {error.digest && <p className="mt-2 font-mono text-xs text-slate-500">{error.digest}</p>}
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        {t('retry')}
      </button>
    </div>
  );
}
