// Runs before each integration test file: a private database cloned from the migrated
// template, exposed as DATABASE_URL (lib/db and the seed read it) and through testDb(),
// and a private upload folder as STORAGE_DIR; both are removed after the file.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery } from '@/prisma/tools/embedded-postgres';
import { afterAll, inject } from 'vitest';

const adminUrl = inject('clusterAdminUrl');
const name = `demeu_t_${randomUUID().replaceAll('-', '').slice(0, 12)}`;

const admin = (sql: string) => adminQuery(adminUrl, sql);

await admin(`CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
const storageDir = mkdtempSync(path.join(tmpdir(), 'demeu-uploads-'));
process.env.STORAGE_DIR = storageDir;

afterAll(async () => {
  const { disconnectTestDb } = await import('./test-db');
  await disconnectTestDb();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  rmSync(storageDir, { recursive: true, force: true });
});
