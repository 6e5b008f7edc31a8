/**
 * The baseline of the deadline spike: a minimal node:http server that performs the same
 * transactional work as submitting an application — lock the row, re-check the deadline
 * (DL-1) and the membership, read the sections and files, take a receipt number from the
 * sequence, freeze the row with its receipt hash, the status history row, the audit event
 * on the hash chain (same advisory lock as lib/audit/record-audit-event.ts) and the two
 * notifications — with plain node-postgres and no framework. Idempotent like the service:
 * an already submitted application answers with its receipt.
 *
 *   DATABASE_URL=… PORT=… node --import tsx tests/bench/support/baseline-server.ts
 * POST /submit  {"applicationId": "…", "userId": "…", "idempotencyKey": "…"}
 */
import { createHash, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const AUDIT_CHAIN_LOCK = 7_311_2026;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

async function submit(applicationId: string, userId: string, idempotencyKey: string) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const app = await client.query(
      `SELECT a."id", a."status", a."organizationId", a."receiptNumber", a."version", c."deadlineAt", c."status" AS "competitionStatus", c."id" AS "competitionId"
         FROM "Application" a JOIN "Competition" c ON c."id" = a."competitionId" WHERE a."id" = $1 FOR UPDATE OF a`,
      [applicationId],
    );
    const row = app.rows[0];
    if (!row) return { status: 'refused', code: 'applicationNotFound' };
    const member = await client.query(`SELECT 1 FROM "OrganizationMembership" WHERE "organizationId" = $1 AND "userId" = $2 AND "endedAt" IS NULL`, [row.organizationId, userId]);
    if (!member.rowCount) return { status: 'refused', code: 'notMemberOfOrganization' };
    if (row.status !== 'DRAFT' && row.receiptNumber) return { status: 'submitted', receiptNumber: row.receiptNumber, replayed: true };
    const now = new Date();
    if (!row.deadlineAt || now.getTime() > row.deadlineAt.getTime() || row.competitionStatus !== 'OPEN') return { status: 'refused', code: 'deadlinePassed' };
    const sections = await client.query(`SELECT "key", "data" FROM "ApplicationSection" WHERE "applicationId" = $1 ORDER BY "key"`, [applicationId]);
    const files = await client.query(`SELECT "kind", "language", "fileName", "sha256" FROM "Attachment" WHERE "applicationId" = $1 AND "deletedAt" IS NULL`, [applicationId]);
    const n = (await client.query(`SELECT nextval('application_receipt_seq') AS n`)).rows[0].n as string;
    const receiptNumber = `G-${now.getUTCFullYear()}-${n.padStart(6, '0')}`;
    const receiptHash = sha256(JSON.stringify({ applicationId, receiptNumber, submittedAt: now.toISOString(), sections: sections.rows, files: files.rows }));
    const updated = await client.query(
      `UPDATE "Application" SET "status" = 'SUBMITTED', "submittedAt" = $2, "submittedById" = $3, "receiptNumber" = $4, "receiptHash" = $5,
         "idempotencyKey" = $6, "version" = "version" + 1, "updatedAt" = $2 WHERE "id" = $1 AND "status" = 'DRAFT' AND "version" = $7`,
      [applicationId, now, userId, receiptNumber, receiptHash, idempotencyKey, row.version],
    );
    if (updated.rowCount !== 1) throw new Error('concurrent change');
    await client.query(`INSERT INTO "ApplicationStatusChange" ("id", "applicationId", "fromStatus", "toStatus", "at", "actorId") VALUES ($1, $2, 'DRAFT', 'SUBMITTED', $3, $4)`, [
      randomUUID(),
      applicationId,
      now,
      userId,
    ]);
    await client.query(`SELECT pg_advisory_xact_lock($1)`, [AUDIT_CHAIN_LOCK]);
    const last = await client.query(`SELECT "hash" FROM "AuditEvent" ORDER BY "id" DESC LIMIT 1`);
    const prevHash = (last.rows[0]?.hash as string | undefined) ?? null;
    const after = { status: 'SUBMITTED', submittedAt: now.toISOString(), receiptNumber, receiptHash, competitionId: row.competitionId };
    await client.query(
      `INSERT INTO "AuditEvent" ("occurredAt", "actorId", "actorRole", "action", "objectType", "objectId", "before", "after", "requestId", "ip", "prevHash", "hash")
       VALUES ($1, $2, 'NGO', 'application.submitted', 'Application', $3, $4, $5, NULL, '127.0.0.1', $6, $7)`,
      [now, userId, applicationId, JSON.stringify({ status: 'DRAFT' }), JSON.stringify(after), prevHash, sha256(`${prevHash ?? ''}|${JSON.stringify(after)}|${randomUUID()}`)],
    );
    const payload = JSON.stringify({ applicationId, receiptNumber, submittedAt: now.toISOString(), competitionId: row.competitionId });
    await client.query(
      `INSERT INTO "Notification" ("id", "channel", "recipientId", "templateKey", "locale", "payload", "objectType", "objectId", "dedupeKey", "status", "attempts", "nextAttemptAt", "sentAt", "createdAt")
       VALUES ($1, 'IN_APP', $3, 'application.submitted', 'kk', $4, 'Application', $5, $6, 'SENT', 0, NULL, $2, $2),
              ($7, 'EMAIL', $3, 'application.submitted', 'kk', $4, 'Application', $5, $8, 'PENDING', 0, $2, NULL, $2)`,
      [randomUUID(), now, userId, payload, applicationId, `bench.submitted:${applicationId}:${userId}`, randomUUID(), `bench.submitted.email:${applicationId}`],
    );
    await client.query('COMMIT');
    return { status: 'submitted', receiptNumber };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/submit') {
    res.writeHead(404).end();
    return;
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', async () => {
    try {
      const input = JSON.parse(body) as { applicationId: string; userId: string; idempotencyKey: string };
      const result = await submit(input.applicationId, input.userId, input.idempotencyKey);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ status: 'error', message: String(error) }));
    }
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
