'use client';

import { useTranslations } from 'next-intl';

/** Translates an `agreements.errors.*` code (with its ICU params); unknown codes read as the generic error. */
export function useErrorText() {
  const t = useTranslations('agreements.errors');
  return (code: string | undefined, params?: Record<string, string | number>) =>
    code ? (t.has(code as never) ? t(code as never, params as never) : t('generic')) : undefined;
}
