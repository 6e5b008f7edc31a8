'use client';

import { useTranslations } from 'next-intl';

/** Translates a commission refusal code with its parameters (violations and conflict codes are translated too). */
export function useCommissionErrorText() {
  const t = useTranslations('commission');
  return (code: string | undefined, params: Record<string, string | number> = {}): string | undefined => {
    if (!code) return undefined;
    const list = (key: 'violations' | 'conflicts', value: string | number | undefined) =>
      String(value ?? '')
        .split(',')
        .filter(Boolean)
        .map((c) => (t.has(`${key}.${c}` as never) ? t(`${key}.${c}` as never) : c))
        .join('; ');
    const values = { ...params, violations: list('violations', params.violations), codes: list('conflicts', params.codes) };
    return t.has(`errors.${code}` as never) ? t(`errors.${code}` as never, values as never) : t('errors.generic');
  };
}
