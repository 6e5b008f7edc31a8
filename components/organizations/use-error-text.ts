'use client';

import { useTranslations } from 'next-intl';

/** Translates an error code: this feature's `orgErrors` first, then the shared `errors`. */
export function useErrorText() {
  const to = useTranslations('orgErrors');
  const te = useTranslations('errors');
  return (code: string | undefined): string | undefined => {
    if (!code) return undefined;
    if (to.has(code)) return to(code as never);
    if (te.has(code)) return te(code as never);
    return te('generic');
  };
}
