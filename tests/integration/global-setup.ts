// Starts the test cluster of the embedded PostgreSQL and builds a template database by
// running the project's real migrations through the ordinary Prisma CLI. Every test file
// then clones the template (fast) so files never see each other's rows.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { projectRoot, recreateDatabase, startEmbeddedPostgres } from '@/prisma/tools/embedded-postgres';

export const TEMPLATE_DATABASE = 'demeu_template';

export default async function setup(project: TestProject) {
  const cluster = await startEmbeddedPostgres('test', 'postgres');
  const templateUrl = await recreateDatabase('test', TEMPLATE_DATABASE);
  execFileSync(path.join(projectRoot, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: templateUrl },
    stdio: 'pipe',
  });
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  return async () => {
    await cluster.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}
