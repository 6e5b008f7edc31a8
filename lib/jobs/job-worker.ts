import PgBoss from 'pg-boss';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { JOB_RETRY, SCHEDULED_JOBS, type ScheduledJob } from './scheduled-jobs';

export interface JobWorker {
  boss: PgBoss;
  stop(): Promise<void>;
}

export interface JobWorkerOptions {
  connectionString: string;
  db: PrismaClient;
  jobs?: ScheduledJob[];
  /** How often an idle worker looks for work (pg-boss polls; seconds). */
  pollingIntervalSeconds?: number;
  /** Whether this process also runs the cron clock (one per deployment is enough, more are harmless). */
  schedule?: boolean;
  log?: (message: string) => void;
}

/**
 * The background worker: pg-boss keeps its queues in the same PostgreSQL (schema `pgboss`),
 * so jobs survive restarts and need no extra service. Each scheduled job is a queue with a
 * cron schedule and a handler; handlers get the server clock at the moment they run.
 */
export async function startJobWorker(options: JobWorkerOptions): Promise<JobWorker> {
  const log = options.log ?? ((m: string) => console.log(`[jobs] ${m}`));
  const jobs = options.jobs ?? SCHEDULED_JOBS;
  const boss = new PgBoss({ connectionString: options.connectionString, schema: 'pgboss', application_name: 'demeu-jobs', max: 4, schedule: options.schedule ?? true });
  boss.on('error', (error) => log(`error: ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, ...JOB_RETRY });
    if (options.schedule ?? true) await boss.schedule(job.name, job.cron, {}, { tz: 'Asia/Almaty', ...JOB_RETRY });
    await boss.work(job.name, { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 5 }, async ([pgJob]) => {
      const summary = await job.run(options.db, new Date());
      log(`${job.name} ${pgJob?.id ?? ''} ${JSON.stringify(summary)}`);
      return summary;
    });
  }
  log(`worker started: ${jobs.map((j) => `${j.name} (${j.cron})`).join(', ')}`);
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
