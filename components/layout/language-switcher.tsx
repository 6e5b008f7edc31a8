'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { locales, type AppLocale } from '@/lib/i18n/locales';
import { setLocale } from '@/lib/i18n/set-locale';

/**
 * The language buttons of the header. Their names come translated from the server: the
 * header is on every page, and translating in the browser would load the translation
 * runtime on pages that have nothing else to translate (the public competition pages).
 */
export function LanguageSwitcher({ current, label, names }: { current: string; label: string; names: Record<AppLocale, string> }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={label} className="flex gap-1 text-sm">
      {locales.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          disabled={pending}
          aria-pressed={locale === current}
          onClick={() =>
            startTransition(async () => {
              await setLocale(locale);
              router.refresh();
            })
          }
          className={`rounded px-2 py-1 ${locale === current ? 'bg-white font-semibold text-brand-800' : 'hover:bg-brand-700'}`}
        >
          {names[locale]}
        </button>
      ))}
    </div>
  );
}
