// `tsx prisma/tools/with-database.ts <command…>`: runs a command with DATABASE_URL set —
// the user's own when given, otherwise the embedded demo cluster (started for the
// command and stopped after it, unless it was already running).
import { spawn } from 'node:child_process';
import { startEmbeddedPostgres } from './embedded-postgres';

async function main() {
  const [command, ...args] = process.argv.slice(2);
  if (!command) throw new Error('usage: with-database.ts <command> [args…]');
  const cluster = process.env.DATABASE_URL ? null : await startEmbeddedPostgres('demo');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? cluster!.url } });
    child.on('exit', (c) => resolve(c ?? 1));
    child.on('error', () => resolve(1));
  });
  await cluster?.stop();
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
