// `npm run demo`: the whole portal with demo data on this machine, from a fresh clone.
// PostgreSQL is the embedded default unless DATABASE_URL is set; the database is
// migrated and seeded, the app is built and served; Ctrl+C stops everything cleanly.
import { startEmbeddedPostgres } from '@/prisma/tools/embedded-postgres';
import { DEMO_PASSWORD, demoAccounts } from '@/prisma/seed/demo-accounts';
import { ensureEnvFile } from './env-file';
import { prepareDatabase } from './prepare-database';
import { bin, run, serveUntilStopped, start, startJobWorkerProcess } from './run';

const port = Number(process.env.PORT ?? 3000);
const skipBuild = process.argv.includes('--no-build');
const dev = process.argv.includes('--dev');

async function main() {
  const started = Date.now();
  const env = ensureEnvFile();
  const givenUrl = process.env.DATABASE_URL ?? env.DATABASE_URL;
  const cluster = givenUrl ? null : await startEmbeddedPostgres('demo');
  const databaseUrl = givenUrl ?? cluster!.url;
  console.log(givenUrl ? '▶ Using DATABASE_URL' : `▶ Embedded PostgreSQL running (${databaseUrl.replace(/:[^:@/]+@/, ':***@')})`);

  await prepareDatabase(databaseUrl);
  if (!dev && !skipBuild) await run(bin('next'), ['build']);

  const url = `http://localhost:${port}`;
  const server = start(bin('next'), [dev ? 'dev' : 'start', '-p', String(port)], {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? env.NEXTAUTH_SECRET,
  });

  const worker = startJobWorkerProcess({ DATABASE_URL: databaseUrl });
  serveUntilStopped(server, async () => cluster?.stop(), { exitCodeIfServerDies: 0, companions: [worker] });

  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  console.log(`\n✔ Demeu is starting at ${url}  (ready in ${Math.round((Date.now() - started) / 1000)} s; Ctrl+C stops it)\n`);
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts) console.log(`  ${account.email.padEnd(width)}  ${account.role.padEnd(8)}  ${account.description}`);
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
