// The e2e server's database (lib/ops/serve-e2e.ts writes its URL): journey specs use it
// only for what a browser cannot do — letting time pass (a deadline) and ticking the job
// clock — never to fake a decision a user takes in the UI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';

const serverFile = path.resolve(import.meta.dirname, '../../../.data/e2e-server.json');

export function e2eDatabaseUrl(): string {
  return (JSON.parse(readFileSync(serverFile, 'utf8')) as { databaseUrl: string }).databaseUrl;
}

export async function withE2eDatabase<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Sends a job to the running worker (as its cron would) and waits until the worker completed it. */
export async function runJobNow(name: string, timeoutMs = 30_000): Promise<void> {
  const boss = new PgBoss({ connectionString: e2eDatabaseUrl(), schema: 'pgboss', supervise: false, schedule: false, migrate: false });
  await boss.start();
  try {
    const id = await boss.send(name, {});
    if (!id) throw new Error(`pg-boss refused job ${name}`);
    const started = Date.now();
    for (;;) {
      const job = await boss.getJobById(name, id);
      if (job?.state === 'completed') return;
      if (job?.state === 'failed') throw new Error(`job ${name} failed: ${JSON.stringify(job.output)}`);
      if (Date.now() - started > timeoutMs) throw new Error(`job ${name} not done after ${timeoutMs} ms (state ${job?.state})`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
