// Runs before each integration test file: a private database cloned from the migrated
// template, exposed as DATABASE_URL (lib/db and the seed read it) and as `testDb`.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { clusterUrl } from '@/prisma/tools/embedded-postgres';

const name = `demeu_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
const admin = new pg.Client({ connectionString: clusterUrl('test', 'postgres') });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
await admin.end();

process.env.DATABASE_URL = clusterUrl('test', name);

afterAll(async () => {
  const { disconnectTestDb } = await import('./test-db');
  await disconnectTestDb();
  const client = new pg.Client({ connectionString: clusterUrl('test', 'postgres') });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});
