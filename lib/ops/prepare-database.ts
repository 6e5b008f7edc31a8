// Brings a database to the current schema with the ordinary Prisma CLI (offline through
// prisma/tools/schema-engine.mjs) and loads the demo data into it when it is empty.
import { bin, run } from './run';

export async function prepareDatabase(databaseUrl: string, { seed = true } = {}): Promise<void> {
  await run(bin('prisma'), ['migrate', 'deploy'], { DATABASE_URL: databaseUrl });
  if (seed) await run(bin('tsx'), ['prisma/seed.ts'], { DATABASE_URL: databaseUrl });
}
