// `npm run audit:verify`: checks the whole audit trail's hash chain and names the first
// broken row. Exit code 0 when intact, 1 when broken.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';

async function main() {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL }) });
  try {
    const verdict = await verifyAuditChain(db);
    if (verdict.ok) {
      console.log(`Audit trail intact: ${verdict.rows} events, hash chain verified.`);
      return 0;
    }
    console.error(`Audit trail BROKEN at event #${verdict.brokenAt} (${verdict.problem}); ${verdict.rows - 1} events before it are intact.`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
