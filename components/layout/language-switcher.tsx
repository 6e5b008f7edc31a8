'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { locales } from '@/lib/i18n/locales';
import { setLocale } from '@/lib/i18n/set-locale';

export function LanguageSwitcher({ current, label }: { current: string; label: string }) {
  const t = useTranslations('languages');
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
          {t(locale)}
        </button>
      ))}
    </div>
  );
}
