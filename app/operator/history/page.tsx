import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { objectHistory, objectHistoryQuerySchema } from '@/lib/services/audit/object-history';
import { Cell, DataTable, Row } from '@/components/ui/data-table';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('history');
  return { title: t('title') };
}

/** A change summary as one line of JSON (the audit trail stores small summaries, not whole rows). */
function summary(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}

/**
 * The history of any object for operator staff (issue 8 item 1): every audit event of it —
 * who (name and role), what, before and after, the reason, the server time, the request id and
 * IP, and the row's hash in the tamper-evident chain. `?type=Competition&id=…`.
 */
export default async function ObjectHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission('enter', { type: 'area', area: 'operator' }, '/operator/history');
  const raw = await searchParams;
  const parsed = objectHistoryQuerySchema.safeParse({ type: raw.type, id: raw.id });
  const [t, format] = await Promise.all([getTranslations('history'), getFormatter()]);
  const events = parsed.success ? await objectHistory(db, parsed.data) : [];
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        {parsed.success && (
          <p className="mt-1 font-mono text-sm text-slate-600" data-testid="history-object">
            {parsed.data.type} · {parsed.data.id}
          </p>
        )}
      </div>
      <p className="max-w-3xl text-slate-700">{t('lead')}</p>
      {!parsed.success ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {t('badQuery')}
        </p>
      ) : events.length === 0 ? (
        <p className="text-slate-600">{t('empty')}</p>
      ) : (
        <DataTable
          caption={t('title')}
          testId="object-history"
          columns={[{ label: t('when') }, { label: t('who') }, { label: t('action') }, { label: t('change') }, { label: t('reason') }, { label: t('trace') }]}
        >
          {events.map((e) => (
            <Row key={e.seq}>
              <Cell>{format.dateTime(e.occurredAt, { dateStyle: 'medium', timeStyle: 'medium' })}</Cell>
              <Cell>
                {e.actorName ?? t('system')}
                {e.actorRole && <span className="block text-xs text-slate-600">{e.actorRole}</span>}
              </Cell>
              <Cell className="font-mono text-sm">{e.action}</Cell>
              <Cell>
                <span className="block break-all font-mono text-xs text-slate-700">
                  {t('before')}: {summary(e.before)}
                </span>
                <span className="block break-all font-mono text-xs">
                  {t('after')}: {summary(e.after)}
                </span>
              </Cell>
              <Cell>{e.reason ?? '—'}</Cell>
              <Cell className="font-mono text-xs text-slate-600">
                #{e.seq} · {e.hash.slice(0, 12)}
                {e.requestId && <span className="block">{e.requestId}</span>}
                {e.ip && <span className="block">{e.ip}</span>}
              </Cell>
            </Row>
          ))}
        </DataTable>
      )}
    </div>
  );
}
