// `npm run demo`: the whole portal with demo data on this machine, from a fresh clone.
// PostgreSQL is the embedded default unless DATABASE_URL is set; the database is
// migrated and seeded, the app is built and served; Ctrl+C stops everything cleanly.
import path from 'node:path';
import { projectRoot, startEmbeddedPostgres } from '@/prisma/tools/embedded-postgres';
import { DEMO_PASSWORD, demoAccounts } from '@/prisma/seed/demo-accounts';
import { DEFAULT_SMTP_PORT } from '@/lib/mail/config';
import { ensureEnvFile } from './env-file';
import { prepareDatabase } from './prepare-database';
import { bin, run, serveUntilStopped, start, startJobWorkerProcess } from './run';
import { startSmtpCapture, type SmtpCapture } from './smtp-capture';

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

  // E-mail: to the SMTP server in SMTP_HOST when one is configured, otherwise to a local
  // capture (a real SMTP server on 127.0.0.1) that writes every message to .data/mail-demo.jsonl.
  const smtpHost = process.env.SMTP_HOST ?? env.SMTP_HOST;
  let mail: SmtpCapture | null = null;
  if (!smtpHost) {
    const file = path.join(projectRoot, '.data', 'mail-demo.jsonl');
    const wanted = Number(process.env.SMTP_PORT ?? env.SMTP_PORT ?? DEFAULT_SMTP_PORT);
    mail = await startSmtpCapture({ file, port: wanted }).catch(() => startSmtpCapture({ file, port: 0 }));
  }
  const worker = startJobWorkerProcess({
    DATABASE_URL: databaseUrl,
    SMTP_HOST: mail ? mail.host : smtpHost,
    SMTP_PORT: mail ? String(mail.port) : (process.env.SMTP_PORT ?? env.SMTP_PORT),
    MAIL_FROM: process.env.MAIL_FROM ?? env.MAIL_FROM,
    PORTAL_URL: process.env.PORTAL_URL ?? env.PORTAL_URL ?? process.env.NEXTAUTH_URL ?? url,
  });
  serveUntilStopped(
    server,
    async () => {
      await mail?.stop();
      await cluster?.stop();
    },
    { exitCodeIfServerDies: 0, companions: [worker] },
  );

  const width = Math.max(...demoAccounts.map((a) => a.email.length));
  console.log(`\n✔ Demeu is starting at ${url}  (ready in ${Math.round((Date.now() - started) / 1000)} s; Ctrl+C stops it)\n`);
  if (mail) console.log(`✉ E-mails are captured by the local SMTP server ${mail.host}:${mail.port} into ${path.relative(projectRoot, mail.file)}\n`);
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts) console.log(`  ${account.email.padEnd(width)}  ${account.role.padEnd(8)}  ${account.description}`);
  console.log('');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
