// The server Playwright tests against: its own PostgreSQL cluster and a database rebuilt
// from scratch on every run (migrated and seeded exactly like the demo), then the
// production build of the app. Started and stopped by playwright.config.ts.
import { randomBytes } from 'node:crypto';
import { recreateDatabase, startEmbeddedPostgres } from '@/prisma/tools/embedded-postgres';
import { prepareDatabase } from './prepare-database';
import { bin, start } from './run';

const port = Number(process.env.E2E_PORT ?? 3100);

async function main() {
  const cluster = await startEmbeddedPostgres('e2e', 'postgres');
  const databaseUrl = await recreateDatabase('e2e', 'demeu_e2e');
  await prepareDatabase(databaseUrl);
  const server = start(bin('next'), ['start', '-p', String(port)], {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
  });
  const stop = async () => {
    server.kill('SIGTERM');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', async (code) => {
    await cluster.stop();
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
