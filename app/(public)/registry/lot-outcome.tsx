import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { LotResult } from '@/lib/services/registry/results';
import { registryFormat } from './registry-ui';

/** A topic's published outcome: its winners with amounts, or "not held" with the SC-4 reason (messages shared with the results pages). */
export async function LotOutcome({ result }: { result: LotResult }) {
  const [t, tr] = await Promise.all([getTranslations('registry.results'), getTranslations('results')]);
  if (result.outcome === 'NOT_HELD') {
    return (
      <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900" data-testid="not-held">
        {tr('notHeld', { reason: tr(`notHeldReasons.${result.notHeldReason ?? 'UNKNOWN'}` as never) })}
      </span>
    );
  }
  if (result.outcome === null) return <span className="text-slate-600">{t('noOutcome')}</span>;
  return <span className="rounded bg-green-100 px-2 py-0.5 text-green-900">{t('held')}</span>;
}

export async function LotWinners({ result }: { result: LotResult }) {
  const fmt = await registryFormat();
  if (result.winners.length === 0) return <span className="text-slate-600">—</span>;
  return (
    <ul className="flex flex-col gap-1">
      {result.winners.map((w) => (
        <li key={w.applicationId}>
          <Link href={`/registry/organizations/${w.organization.bin}`} className="text-brand-700 underline">
            {fmt.name(w.organization)}
          </Link>{' '}
          — <span className="whitespace-nowrap font-medium">{fmt.money(w.amountKzt)}</span>
        </li>
      ))}
    </ul>
  );
}
