// Runs before each integration test file: a private database cloned from the migrated
// template, exposed as DATABASE_URL (lib/db and the seed read it) and through testDb().
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

const adminUrl = inject('clusterAdminUrl');
const name = `demeu_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();

afterAll(async () => {
  const { disconnectTestDb } = await import('./test-db');
  await disconnectTestDb();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
