import { db } from '@/lib/db';

export const dynamic = 'force-dynamic';

/** Liveness and readiness: 200 when the database answers, 503 when it doesn't. */
export async function GET() {
  const started = performance.now();
  try {
    const [{ now }] = await db.$queryRaw<[{ now: Date }]>`SELECT now() AS now`;
    return Response.json({ status: 'ok', database: 'up', databaseTime: now, latencyMs: Math.round(performance.now() - started) });
  } catch {
    return Response.json({ status: 'degraded', database: 'down' }, { status: 503 });
  }
}
