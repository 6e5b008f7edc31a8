// The server Playwright tests against: a throwaway PostgreSQL cluster with a database
// migrated and seeded exactly like the demo's, then the production build of the app.
// Started and stopped by playwright.config.ts; the cluster's folder is deleted on stop.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, startThrowawayPostgres } from '@/prisma/tools/embedded-postgres';
import { prepareDatabase } from './prepare-database';
import { bin, serveUntilStopped, start, startJobWorkerProcess } from './run';
import { startSmtpCapture } from './smtp-capture';

const port = Number(process.env.E2E_PORT ?? 3100);
// Read by tests/e2e/support/e2e-database.ts.
const E2E_SERVER_FILE = path.join(projectRoot, '.data', 'e2e-server.json');

async function main() {
  // Uploads of this run (the seed's and the tests') go to a folder deleted at the end.
  const storageDir = path.join(projectRoot, '.data', `uploads-e2e-${process.pid}`);
  process.env.STORAGE_DIR = storageDir;
  const cluster = await startThrowawayPostgres('postgres-e2e');
  const databaseUrl = await cluster.createDatabase('demeu_e2e');
  await prepareDatabase(databaseUrl);
  // E-mails of this run go to a local SMTP capture (a real SMTP server) writing JSON lines;
  // specs read them from the file named in E2E_SERVER_FILE (tests/e2e/mail-delivery.spec.ts).
  const mail = await startSmtpCapture({ file: path.join(projectRoot, '.data', `mail-e2e-${process.pid}.jsonl`) });
  // Journey specs let time pass (a deadline) on this run's database: they find it here.
  writeFileSync(E2E_SERVER_FILE, JSON.stringify({ databaseUrl, pid: process.pid, mailCaptureFile: mail.file, storageDir }));
  const server = start(bin('next'), ['start', '-p', String(port)], {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
  });
  // The folder goes first and synchronously: embedded-postgres's own exit hook may end
  // the process as soon as the database has stopped.
  // The job worker runs in e2e as in production: the clock, reminders and the outbox are real.
  const worker = startJobWorkerProcess({
    DATABASE_URL: databaseUrl,
    SMTP_HOST: mail.host,
    SMTP_PORT: String(mail.port),
    MAIL_FROM: 'Demeu <no-reply@demeu.local>',
    PORTAL_URL: `http://localhost:${port}`,
  });
  serveUntilStopped(
    server,
    async () => {
      rmSync(storageDir, { recursive: true, force: true });
      rmSync(E2E_SERVER_FILE, { force: true });
      await mail.stop();
      rmSync(mail.file, { force: true });
      await cluster.stop();
    },
    { companions: [worker] },
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
