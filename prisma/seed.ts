/**
 * `npx tsx prisma/seed.ts` (also `prisma db seed`): loads the demo data into the database
 * at DATABASE_URL. Skips when the database already has users. Exit code 1 on error.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../lib/generated/prisma/client';
import { seed } from './seed/load';

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set');
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    await seed(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((err: unknown) => {
  console.error('Seeding failed:', err);
  process.exitCode = 1;
});
