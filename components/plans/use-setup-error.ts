'use client';

import { useTranslations } from 'next-intl';

/** Translates an error code of the competition-setup forms (keys under competitionSetup.errors). */
export function useSetupError() {
  const t = useTranslations('competitionSetup.errors');
  return (code?: string, params?: Record<string, string | number>) => {
    if (!code) return undefined;
    return t.has(code as never) ? t(code as never, params as never) : t('generic');
  };
}
