import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** "History" of an object for operator staff: its audit events (app/operator/history). */
export async function HistoryLink({ type, id }: { type: string; id: string }) {
  const t = await getTranslations('history');
  return (
    <Link href={`/operator/history?type=${encodeURIComponent(type)}&id=${encodeURIComponent(id)}`} className="text-brand-700 underline" data-testid="history-link">
      {t('link')}
    </Link>
  );
}
