// Starts a private PostgreSQL for this test run (embedded, own folder, free port) and
// builds a template database with the project's real migrations through the ordinary
// Prisma CLI. Every test file then clones the template (fast), so files never see each
// other's rows and parallel runs never touch each other's cluster.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, startThrowawayPostgres } from '@/prisma/tools/embedded-postgres';

const TEMPLATE = 'demeu_template';

export default async function setup(project: TestProject) {
  const cluster = await startThrowawayPostgres('postgres-test');
  const templateUrl = await cluster.createDatabase(TEMPLATE);
  execFileSync(path.join(projectRoot, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: templateUrl },
    stdio: 'pipe',
  });
  project.provide('templateDatabase', TEMPLATE);
  project.provide('clusterAdminUrl', cluster.url('postgres'));
  return async () => {
    await cluster.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
    clusterAdminUrl: string;
  }
}
