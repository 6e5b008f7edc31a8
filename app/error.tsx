'use client';

import { MessagePage } from '@/components/ui/message-page';
import { useErrorTexts } from '@/components/errors/error-texts';

// Users see a translated apology, never a stack trace (R7); the digest ties it to the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <MessagePage
      title={t.title}
      text={t.text}
      action={
        <>
          {error.digest && <p className="mb-3 font-mono text-xs text-slate-500">{error.digest}</p>}
          <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
            {t.retry}
          </button>
        </>
      }
    />
  );
}
