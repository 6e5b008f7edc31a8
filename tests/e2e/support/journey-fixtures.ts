// What a browser cannot do in a minute-long test: fill five annexes of a real application
// (copied from a submitted demo application, then submitted by the NGO in the UI) and let
// three weeks pass until the deadline. Every decision of the journey is taken in the UI.
import { expect, type Page } from '@playwright/test';
import { almatyMinutesAgo } from './almaty-clock';
import { runJobNow, withE2eDatabase } from './e2e-database';

/** Copies the annexes, partners, title and amounts of a submitted demo application into the NGO's new draft. */
export async function fillDraftFromDemoApplication(draftId: string): Promise<void> {
  await withE2eDatabase(async (db) => {
    const source = await db.query<{ id: string }>(
      `SELECT a.id FROM "Application" a JOIN "Competition" c ON c.id = a."competitionId"
        WHERE c.kind = 'GRANT' AND a."submittedAt" IS NOT NULL AND a."requestedKzt" IS NOT NULL
        ORDER BY a."requestedKzt", a.id LIMIT 1`,
    );
    const sourceId = source.rows[0]?.id;
    if (!sourceId) throw new Error('no submitted demo application to copy');
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO "ApplicationSection" (id, "applicationId", key, data, complete, version, "updatedAt")
       SELECT gen_random_uuid()::text, $1, key, data, complete, 1, now() FROM "ApplicationSection" WHERE "applicationId" = $2
       ON CONFLICT ("applicationId", key) DO UPDATE SET data = EXCLUDED.data, complete = EXCLUDED.complete, version = "ApplicationSection".version + 1, "updatedAt" = now()`,
      [draftId, sourceId],
    );
    await db.query(
      `INSERT INTO "ApplicationPartner" (id, "applicationId", "organizationId", bin, name, role)
       SELECT gen_random_uuid()::text, $1, "organizationId", bin, name, role FROM "ApplicationPartner" WHERE "applicationId" = $2`,
      [draftId, sourceId],
    );
    await db.query(
      `UPDATE "Application" d SET "projectTitleKk" = s."projectTitleKk", "projectTitleRu" = s."projectTitleRu", "requestedKzt" = s."requestedKzt",
              "ownContributionKzt" = s."ownContributionKzt", languages = s.languages, version = d.version + 1
         FROM "Application" s WHERE d.id = $1 AND s.id = $2`,
      [draftId, sourceId],
    );
    await db.query('COMMIT');
  });
}

/**
 * Copies Annexes 1–3 and the recommendations of a seeded award nomination into the NGO's new
 * draft, with the draft organisation's own name and BIN and the draft's direction.
 */
export async function fillAwardDraftFromSeededNomination(draftId: string): Promise<void> {
  await withE2eDatabase(async (db) => {
    const draft = await db.query<{ name_kk: string; name_ru: string; bin: string; direction: number }>(
      `SELECT o."nameKk" AS name_kk, o."nameRu" AS name_ru, o.bin, l.number AS direction
         FROM "Application" a JOIN "Organization" o ON o.id = a."organizationId" JOIN "Lot" l ON l.id = a."lotId" WHERE a.id = $1`,
      [draftId],
    );
    const d = draft.rows[0];
    if (!d) throw new Error('no award draft with a direction');
    const source = await db.query<{ id: string }>(
      `SELECT a.id FROM "Application" a JOIN "Competition" c ON c.id = a."competitionId"
        WHERE c.kind = 'AWARD' AND a."submittedAt" IS NOT NULL ORDER BY a."submittedAt", a.id LIMIT 1`,
    );
    const sourceId = source.rows[0]?.id;
    if (!sourceId) throw new Error('no submitted award nomination to copy');
    await db.query('BEGIN');
    await db.query(
      `INSERT INTO "ApplicationSection" (id, "applicationId", key, data, complete, version, "updatedAt")
       SELECT gen_random_uuid()::text, $1, key,
              CASE key
                WHEN 'award1' THEN jsonb_set(jsonb_set(data, '{applicantName}', to_jsonb($3::text)), '{directionNumber}', to_jsonb($5::int))
                WHEN 'award2' THEN jsonb_set(jsonb_set(data, '{legalName}', to_jsonb($3::text)), '{bin}', to_jsonb($4::text))
                WHEN 'award3' THEN jsonb_set(data, '{directionNumber}', to_jsonb($5::int))
                ELSE data END,
              complete, 1, now()
         FROM "ApplicationSection" WHERE "applicationId" = $2
       ON CONFLICT ("applicationId", key) DO UPDATE SET data = EXCLUDED.data, complete = EXCLUDED.complete, version = "ApplicationSection".version + 1, "updatedAt" = now()`,
      [draftId, sourceId, d.name_kk, d.bin, d.direction],
    );
    await db.query(`UPDATE "Application" SET "projectTitleKk" = $2, "projectTitleRu" = $3, version = version + 1 WHERE id = $1`, [draftId, d.name_kk, d.name_ru]);
    await db.query('COMMIT');
  });
}

/**
 * Three weeks pass: the competition's timeline and its applications' times move back
 * together so the deadline was a minute ago and every submission stays on time; then the
 * job worker's clock runs (as its cron would) and closes the competition (DL-1).
 */
export async function letDeadlinePass(competitionId: string): Promise<void> {
  await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ shift: string }>(
      `SELECT (EXTRACT(EPOCH FROM ("deadlineAt" - now())) * 1000 + 60000)::bigint AS shift FROM "Competition" WHERE id = $1`,
      [competitionId],
    );
    const shiftMs = Number(rows[0]?.shift ?? 0);
    const interval = `${shiftMs} milliseconds`;
    await db.query('BEGIN');
    await db.query(
      `UPDATE "Competition" SET "announcedAt" = "announcedAt" - $2::interval, "opensAt" = "opensAt" - $2::interval, "deadlineAt" = "deadlineAt" - $2::interval WHERE id = $1`,
      [competitionId, interval],
    );
    await db.query(
      `UPDATE "ApplicationStatusChange" SET at = at - $2::interval WHERE "applicationId" IN (SELECT id FROM "Application" WHERE "competitionId" = $1)`,
      [competitionId, interval],
    );
    await db.query(
      `UPDATE "Application" SET "submittedAt" = "submittedAt" - $2::interval, "createdAt" = "createdAt" - $2::interval WHERE "competitionId" = $1`,
      [competitionId, interval],
    );
    await db.query('COMMIT');
  });
  await runJobNow('competition-clock');
}

/**
 * The issue-5 results screen, as staff do it at the end of every mechanism's commission:
 * the meeting held a few minutes ago (whatever the hour in Almaty), every member votes FOR,
 * the kk protocol is a PDF, and the results are published.
 */
export async function recordMeetingAndPublish(operator: Page, meeting: { place: string; protocolNumber: string }): Promise<void> {
  const form = operator.getByTestId('meeting-form');
  const heldAt = almatyMinutesAgo(5);
  await form.getByLabel('Отырыстың күні мен уақыты').fill(heldAt);
  await form.getByLabel('Өткізілген орны').fill(meeting.place);
  await form.getByLabel('Хаттама нөмірі').fill(meeting.protocolNumber);
  await form.getByLabel('Хаттама күні').fill(heldAt.slice(0, 10));
  for (const vote of await form.getByRole('combobox').all()) await vote.selectOption('FOR');
  await form.getByRole('button', { name: 'Отырыс туралы жазбаны сақтау' }).click();
  await expect(form.getByRole('status')).toHaveText('Отырыс туралы жазба сақталды.');
  const protocol = await operator.request.get((await operator.getByTestId('protocol-kk').getAttribute('href'))!);
  expect(protocol.status()).toBe(200);
  expect((await protocol.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await operator.getByTestId('results-publish').getByRole('button', { name: 'Қорытындыларды жариялау' }).click();
  await operator.getByTestId('results-publish').getByRole('button', { name: 'Иә, жалғастыру' }).click();
  await expect(operator.getByText('Қорытындылар жарияланды:')).toBeVisible();
}
