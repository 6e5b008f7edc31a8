// The job worker process (`node --import tsx lib/jobs/worker-main.ts`), started next to the
// web server by `npm run demo` and the e2e server. It has its own database pool: the
// app's lib/db is server-only (Next) code.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { startJobWorker } from './job-worker';

async function main() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  const worker = await startJobWorker({ connectionString, db });
  const stop = async () => {
    await worker.stop();
    await db.$disconnect();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error('[jobs] failed to start', error);
  process.exit(1);
});
