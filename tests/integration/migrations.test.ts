import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, projectRoot } from '@/prisma/tools/embedded-postgres';

const prisma = path.join(projectRoot, 'node_modules/.bin/prisma');
const migrationDirs = readdirSync(path.join(projectRoot, 'prisma/migrations'), { withFileTypes: true }).filter((d) => d.isDirectory());

const admin = (sql: string) => adminQuery(inject('clusterAdminUrl'), sql);

describe('migrations on an empty PostgreSQL (issue 2)', () => {
  const database = 'demeu_migrations_check';
  let client: pg.Client;

  afterAll(async () => {
    await client?.end();
    await admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  });

  it('`prisma migrate deploy` applies every migration offline and `migrate status` agrees', async () => {
    // A database made empty by hand, not cloned from the template: the migrations alone build it.
    await admin(`CREATE DATABASE "${database}"`);
    const url = inject('clusterAdminUrl').replace(/\/postgres$/, `/${database}`);
    const env = { ...process.env, DATABASE_URL: url };
    execFileSync(prisma, ['migrate', 'deploy'], { cwd: projectRoot, env, stdio: 'pipe' });
    const status = execFileSync(prisma, ['migrate', 'status'], { cwd: projectRoot, env, encoding: 'utf8' });
    expect(status).toContain('Database schema is up to date');

    client = new pg.Client({ connectionString: url });
    await client.connect();
    const applied = await client.query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL');
    expect(applied.rows.map((r) => r.migration_name).sort()).toEqual(migrationDirs.map((d) => d.name).sort());
  });

  it('creates the whole domain model', async () => {
    const { rows } = await client.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`);
    const tables = new Set(rows.map((r) => r.table_name));
    for (const table of [
      'User', 'Organization', 'OrganizationMembership', 'NgoDatabaseReport', 'Plan', 'PlanTopic', 'Competition', 'Lot',
      'Application', 'ApplicationSection', 'Attachment', 'Expert', 'Commission', 'CommissionMember', 'ConflictDeclaration',
      'ScoreSheet', 'CriterionScore', 'Decision', 'RankingRow', 'Agreement', 'Tranche', 'Report', 'Indicator',
      'MonitoringVisit', 'AuditEvent', 'Notification', 'CalendarOverride',
    ]) {
      expect(tables, table).toContain(table);
    }
  });

  it('stores every timestamp as timestamptz and money as whole tenge', async () => {
    const { rows } = await client.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND (column_name LIKE '%Kzt' OR data_type LIKE 'timestamp%')`,
    );
    const money = rows.filter((r) => r.column_name.endsWith('Kzt'));
    expect(money.length).toBeGreaterThan(10);
    expect(money.filter((r) => r.data_type !== 'bigint')).toEqual([]);
    expect(rows.filter((r) => r.data_type === 'timestamp without time zone')).toEqual([]);
  });

  it('keeps the audit trail append-only even for the table owner', async () => {
    await client.query(
      `INSERT INTO "AuditEvent" (action, "objectType", "objectId", hash) VALUES ('test.event', 'Test', '1', 'h1')`,
    );
    await expect(client.query(`UPDATE "AuditEvent" SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const { rows } = await client.query(`SELECT action FROM "AuditEvent"`);
    expect(rows).toEqual([{ action: 'test.event' }]);
  });

  it('EL-3: one live application per NGO per lot is a unique index that ignores withdrawn ones', async () => {
    const { rows } = await client.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Application_one_live_per_lot_and_org'`);
    expect(rows[0]?.indexdef).toMatch(/UNIQUE INDEX .* \("lotId", "organizationId"\) WHERE .*"withdrawnAt" IS NULL/);
  });
});
