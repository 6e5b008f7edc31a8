import 'server-only';
import { getFormatter } from 'next-intl/server';

/**
 * Amounts in a refusal's params formatted on the server (the browser's ICU may not know the
 * Kazakh grouping): the messages show them as `{cap} ₸`. Percentages stay as they are.
 */
export async function formatParams(params: Record<string, string | number> | undefined): Promise<Record<string, string | number> | undefined> {
  if (!params) return undefined;
  const format = await getFormatter();
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && k !== 'percent' ? format.number(v, { maximumFractionDigits: 0 }) : v]));
}
