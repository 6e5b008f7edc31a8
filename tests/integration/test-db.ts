import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';

let client: PrismaClient | null = null;

/** A Prisma client on this test file's private database. */
export function testDb(): PrismaClient {
  client ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  return client;
}

export async function disconnectTestDb() {
  await client?.$disconnect();
  client = null;
}

export const testContext = { requestId: 'test-request', ip: '127.0.0.1' };
