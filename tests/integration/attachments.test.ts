import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Actor } from '@/lib/auth/policy';
import { verifyAuditChain } from '@/lib/audit/verify-audit-chain';
import { LocalDiskStorage } from '@/lib/storage/local-disk-storage';
import { attachmentChecklist } from '@/lib/services/attachments/attachment-checklist';
import { applicationSubject, loadApplicationForAttachments } from '@/lib/services/attachments/attachment-access';
import { attachmentMaxBytes } from '@/lib/services/attachments/attachment-settings';
import { deleteAttachment } from '@/lib/services/attachments/delete-attachment';
import { uploadAttachment, type UploadAttachmentInput } from '@/lib/services/attachments/upload-attachment';
import { parseRequiredDocuments } from '@/lib/validation/competition-settings';
import { seed } from '@/prisma/seed/load';
import { testContext, testDb } from './test-db';

const fixture = async (name: string) => new Uint8Array(await readFile(path.resolve(import.meta.dirname, '../fixtures/files', name)));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let storageDir: string;
let storage: LocalDiskStorage;
let applicationId: string;
let competitionId: string;
let head: Actor;
let staff: Actor;
let otherNgo: Actor;
let operator: Actor;

async function actorOf(email: string): Promise<Actor> {
  const user = await testDb().user.findUniqueOrThrow({
    where: { email },
    include: { memberships: { where: { endedAt: null } }, expert: { select: { id: true } } },
  });
  return {
    id: user.id,
    role: user.role,
    organizationIds: user.memberships.map((m) => m.organizationId),
    headOfOrganizationIds: user.memberships.filter((m) => m.role === 'HEAD').map((m) => m.organizationId),
    expertId: user.expert?.id ?? null,
  };
}

async function storedFiles(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of await readdir(storageDir)) for (const f of await readdir(path.join(storageDir, dir))) out.push(`${dir}/${f}`);
  return out.sort();
}

const upload = async (actor: Actor, change: Partial<UploadAttachmentInput> & { fixture?: string } = {}) => {
  const { fixture: name = 'charter.pdf', ...rest } = change;
  return uploadAttachment(testDb(), storage, actor, { applicationId, kind: 'charter', language: 'kk', fileName: name, bytes: await fixture(name), ...rest }, testContext);
};

beforeAll(async () => {
  const db = testDb();
  await seed(db, { log: () => undefined });
  storageDir = await mkdtemp(path.join(tmpdir(), 'demeu-attachments-'));
  storage = new LocalDiskStorage(storageDir);
  [head, staff, otherNgo, operator] = await Promise.all(['ngo@demeu.kz', 'ngo.staff@demeu.kz', 'ngo2@demeu.kz', 'operator@demeu.kz'].map(actorOf)) as [Actor, Actor, Actor, Actor];
  // The seeded DRAFT application of «Жасыл қала» in the OPEN grant competition.
  const draft = await db.application.findFirstOrThrow({
    where: { organizationId: head.organizationIds[0], status: 'DRAFT', competition: { status: 'OPEN' } },
    select: { id: true, competitionId: true },
  });
  applicationId = draft.id;
  competitionId = draft.competitionId;
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

describe('uploading an application document (issue 4 — attachments)', () => {
  it('stores the bytes on disk under a random key; the row records their SHA-256, size, detected type and uploader, with an audit event', async () => {
    const bytes = await fixture('charter.pdf');
    const result = await uploadAttachment(testDb(), storage, head, { applicationId, kind: 'charter', language: 'kk', fileName: 'Жарғы «Жасыл қала».pdf', bytes }, testContext);
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const row = await testDb().attachment.findUniqueOrThrow({ where: { id: result.attachment.id } });
    expect(row).toMatchObject({
      applicationId,
      kind: 'charter',
      language: 'kk',
      fileName: 'Жарғы «Жасыл қала».pdf',
      mimeType: 'application/pdf',
      sizeBytes: bytes.byteLength,
      sha256: sha256(bytes),
      uploadedById: head.id,
      deletedAt: null,
    });
    expect(row.storageKey).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(row.storageKey).not.toContain('Жарғы');
    // What is on disk is exactly what was uploaded: its SHA-256 matches the row.
    const onDisk = new Uint8Array(await readFile(path.join(storageDir, ...row.storageKey.split('/'))));
    expect(sha256(onDisk)).toBe(row.sha256);
    expect(await storedFiles()).toEqual([row.storageKey]);

    const audit = await testDb().auditEvent.findMany({ where: { objectType: 'Attachment', objectId: row.id } });
    expect(audit).toEqual([expect.objectContaining({ action: 'attachment.uploaded', actorId: head.id, requestId: 'test-request' })]);
    expect(audit[0]!.after).toMatchObject({ applicationId, sha256: row.sha256, sizeBytes: bytes.byteLength });
  });

  it('staff of the same NGO may upload too; DOCX, XLSX, JPEG and PNG are stored with their detected types', async () => {
    for (const [name, kind, mime] of [
      ['consent.docx', 'partner_consents', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['balance.xlsx', 'balance', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['photo.jpg', 'other', 'image/jpeg'],
      ['stamp.png', 'other', 'image/png'],
    ] as const) {
      const result = await upload(staff, { fixture: name, fileName: name, kind, language: null });
      expect(result, name).toMatchObject({ ok: true, attachment: { mimeType: mime, kind } });
    }
  });

  it('refuses a non-member as if the application did not exist, and stores nothing', async () => {
    const before = await storedFiles();
    const count = await testDb().attachment.count();
    expect(await upload(otherNgo)).toEqual({ ok: false, error: { code: 'applicationNotFound' } });
    expect(await upload(operator)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await testDb().attachment.count()).toBe(count);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses an .exe renamed .pdf and a PNG named .pdf by content, and stores nothing', async () => {
    const before = await storedFiles();
    expect(await upload(head, { fixture: 'program-renamed.pdf', fileName: 'charter.pdf' })).toMatchObject({ ok: false, error: { code: 'fileTypeNotAllowed', field: 'file' } });
    expect(await upload(head, { fixture: 'stamp.png', fileName: 'charter.pdf' })).toMatchObject({ ok: false, error: { code: 'fileExtensionMismatch', params: { detected: 'PNG' } } });
    expect(await upload(head, { fixture: 'archive.zip', fileName: 'charter.docx' })).toMatchObject({ ok: false, error: { code: 'fileTypeNotAllowed' } });
    expect(await upload(head, { bytes: new Uint8Array(0) })).toMatchObject({ ok: false, error: { code: 'fileEmpty' } });
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a kind that is not on the competition checklist (only its kinds and "other")', async () => {
    expect(await upload(head, { kind: 'passport' })).toEqual({ ok: false, error: { code: 'unknownDocumentKind', field: 'kind' } });
  });

  it("refuses a language outside the competition's languages, and a missing language when every language is required", async () => {
    expect(await upload(head, { language: 'en' })).toEqual({ ok: false, error: { code: 'languageNotAllowed', field: 'language' } });
    await testDb().competition.update({ where: { id: competitionId }, data: { allLanguagesRequired: true } });
    try {
      expect(await upload(head, { language: null })).toEqual({ ok: false, error: { code: 'languageRequired', field: 'language' } });
      expect(await upload(head, { language: 'ru' })).toMatchObject({ ok: true });
    } finally {
      await testDb().competition.update({ where: { id: competitionId }, data: { allLanguagesRequired: false } });
    }
  });

  it("takes the size cap from the Setting 'attachments.maxBytes' (default 20 MiB)", async () => {
    expect(await attachmentMaxBytes(testDb())).toBe(20 * 1024 * 1024);
    const pdf = await fixture('charter.pdf');
    await testDb().setting.create({ data: { key: 'attachments.maxBytes', value: pdf.byteLength - 1 } });
    try {
      expect(await attachmentMaxBytes(testDb())).toBe(pdf.byteLength - 1);
      expect(await upload(head)).toMatchObject({ ok: false, error: { code: 'fileTooLarge', params: { maxMiB: 0 } } });
      await testDb().setting.update({ where: { key: 'attachments.maxBytes' }, data: { value: pdf.byteLength } });
      expect(await upload(head)).toMatchObject({ ok: true });
    } finally {
      await testDb().setting.delete({ where: { key: 'attachments.maxBytes' } });
    }
  });

  it('DL-1: refuses after the deadline by the server clock (even by 1 ms), and deleting too', async () => {
    const { deadlineAt } = await testDb().competition.findUniqueOrThrow({ where: { id: competitionId }, select: { deadlineAt: true } });
    const live = await testDb().attachment.findFirstOrThrow({ where: { applicationId, deletedAt: null } });
    await testDb().competition.update({ where: { id: competitionId }, data: { deadlineAt: new Date(Date.now() - 1) } });
    try {
      expect(await upload(head)).toEqual({ ok: false, error: { code: 'deadlinePassed' } });
      expect(await deleteAttachment(testDb(), head, { attachmentId: live.id }, testContext)).toEqual({ ok: false, error: { code: 'deadlinePassed' } });
    } finally {
      await testDb().competition.update({ where: { id: competitionId }, data: { deadlineAt } });
    }
    expect(await upload(head)).toMatchObject({ ok: true });
  });

  it('submitted means frozen (L1175, L1527): no new document and no deletion', async () => {
    const live = await testDb().attachment.findFirstOrThrow({ where: { applicationId, deletedAt: null } });
    await testDb().application.update({ where: { id: applicationId }, data: { status: 'SUBMITTED' } });
    try {
      expect(await upload(head)).toEqual({ ok: false, error: { code: 'applicationFrozen' } });
      expect(await deleteAttachment(testDb(), head, { attachmentId: live.id }, testContext)).toEqual({ ok: false, error: { code: 'applicationFrozen' } });
    } finally {
      await testDb().application.update({ where: { id: applicationId }, data: { status: 'DRAFT' } });
    }
  });
});

describe('removing a document (soft delete)', () => {
  it('sets deletedAt, keeps the row and the bytes, and records who deleted it', async () => {
    const uploaded = await upload(head, { kind: 'own_contribution' });
    if (!uploaded.ok) throw new Error(uploaded.error.code);
    const id = uploaded.attachment.id;

    // Someone else's NGO cannot even tell that it exists.
    expect(await deleteAttachment(testDb(), otherNgo, { attachmentId: id }, testContext)).toEqual({ ok: false, error: { code: 'attachmentNotFound' } });

    const result = await deleteAttachment(testDb(), staff, { attachmentId: id }, testContext);
    expect(result).toEqual({ ok: true, attachmentId: id, applicationId });
    const row = await testDb().attachment.findUniqueOrThrow({ where: { id } });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect(await storedFiles()).toContain(row.storageKey);
    const audit = await testDb().auditEvent.findMany({ where: { objectId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['attachment.uploaded', head.id],
      ['attachment.deleted', staff.id],
    ]);

    // Deleting twice, or an unknown id: not found.
    expect(await deleteAttachment(testDb(), head, { attachmentId: id }, testContext)).toEqual({ ok: false, error: { code: 'attachmentNotFound' } });
    expect(await deleteAttachment(testDb(), head, { attachmentId: 'no-such-id' }, testContext)).toEqual({ ok: false, error: { code: 'attachmentNotFound' } });
  });

  it('the audit chain is intact after all these writes', async () => {
    expect(await verifyAuditChain(testDb())).toMatchObject({ ok: true });
  });
});

describe('the checklist helper on real rows', () => {
  it('counts only live files of the competition’s kinds, per language when every language is required', async () => {
    const db = testDb();
    const competition = await db.competition.findUniqueOrThrow({ where: { id: competitionId }, select: { requiredDocuments: true, languages: true } });
    const docs = parseRequiredDocuments(competition.requiredDocuments);
    const live = await db.attachment.findMany({ where: { applicationId, deletedAt: null }, select: { kind: true, language: true } });

    const any = attachmentChecklist(docs, live, competition.languages, false);
    const byKind = Object.fromEntries(any.items.map((i) => [i.kind, i.satisfied]));
    // charter (kk, ru), balance and partner consents (no language) were uploaded; the proof of own contribution was deleted.
    expect(byKind).toMatchObject({ charter: true, balance: true, partner_consents: true, own_contribution: false });
    expect(any.complete).toBe(false);
    expect(any.missing.map((i) => i.kind)).toEqual(['own_contribution']);

    const all = attachmentChecklist(docs, live, competition.languages, true);
    expect(all.items.find((i) => i.kind === 'charter')).toMatchObject({ satisfied: true, missingLanguages: [] });
    expect(all.items.find((i) => i.kind === 'balance')).toMatchObject({ satisfied: false, missingLanguages: ['kk', 'ru'] });
  });
});

describe('who may read (and so download) an application’s documents — CI-1', () => {
  it('members and operator staff yes, another NGO no; an assigned expert yes unless conflicted', async () => {
    const db = testDb();
    const mine = await loadApplicationForAttachments(db, applicationId);
    expect(can(head, 'read', applicationSubject(mine!))).toBe(true);
    expect(can(operator, 'read', applicationSubject(mine!))).toBe(true);
    expect(can(otherNgo, 'read', applicationSubject(mine!))).toBe(false);
    expect(can(null, 'read', applicationSubject(mine!))).toBe(false);

    // In the competition under scoring: an expert who declared a conflict, and one who did not.
    const conflict = await db.conflictDeclaration.findFirstOrThrow({ where: { hasConflict: true }, include: { expert: { select: { userId: true } } } });
    const scored = (await loadApplicationForAttachments(db, conflict.applicationId))!;
    expect(scored.conflictedExpertIds).toContain(conflict.expertId);
    const expertActor = (expertId: string): Actor => ({ id: 'x', role: 'EXPERT', organizationIds: [], headOfOrganizationIds: [], expertId });
    expect(can(expertActor(conflict.expertId), 'read', applicationSubject(scored))).toBe(false);
    const clean = scored.assignedExpertIds.find((e) => !scored.conflictedExpertIds.includes(e));
    expect(clean).toBeDefined();
    expect(can(expertActor(clean!), 'read', applicationSubject(scored))).toBe(true);
    // An expert of no commission of that competition sees nothing.
    const outsider = await db.expert.findFirstOrThrow({ where: { id: { notIn: scored.assignedExpertIds } } });
    expect(can(expertActor(outsider.id), 'read', applicationSubject(scored))).toBe(false);
  });
});
