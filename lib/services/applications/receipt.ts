/**
 * The receipt of a submitted application (issue 4, part 5): a human-readable number handed
 * out by a PostgreSQL sequence (prisma/migrations/*_receipt_sequence) and a SHA-256 over a
 * canonical JSON of the application exactly as submitted, so anyone holding the PDF can
 * check that the frozen application was not altered afterwards (DESIGN.md principle 2).
 * Pure: no I/O, no clock — the service passes the server's instant.
 */
import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';
import { almatyDateOf } from '@/lib/rules';

// Deterministic JSON: sorted object keys, no whitespace (a BigInt inside section data prints as a number).
const stringify = configure({ bigint: true, deterministic: true });

/** One letter per mechanism, as in the public registry numbers (G-2026-019 is a grant competition). */
const KIND_PREFIX: Record<string, string> = {
  GRANT: 'G',
  SOCIAL_ORDER: 'S',
  AWARD: 'A',
  CREATIVE_ORDER: 'C',
  STRATEGIC_PARTNERSHIP: 'P',
};

/**
 * `G-2026-000123`: mechanism, the Asia/Almaty year of receipt (DL-1: instants are read in
 * Almaty time), and the sequence value padded to six digits (wider numbers are kept whole).
 */
export function formatReceiptNumber(kind: string, receivedAt: Date, sequenceValue: bigint | number): string {
  const prefix = KIND_PREFIX[kind];
  if (!prefix) throw new Error(`formatReceiptNumber: unknown competition kind '${kind}'`);
  const n = BigInt(sequenceValue);
  if (n <= 0n) throw new Error('formatReceiptNumber: the sequence starts at 1');
  const year = almatyDateOf(receivedAt).slice(0, 4);
  return `${prefix}-${year}-${n.toString().padStart(6, '0')}`;
}

export const RECEIPT_NUMBER_PATTERN = /^[GSACP]-\d{4}-\d{6,}$/;

/** What the receipt hash covers: the application as submitted, nothing the page merely shows. */
export interface ReceiptSnapshot {
  applicationId: string;
  receiptNumber: string;
  /** Server instant of receipt (DL-1), ISO 8601 UTC. */
  submittedAt: string;
  competition: { id: string; code: string | null; kind: string };
  lot: { id: string; number: number } | null;
  organization: { id: string; bin: string };
  languages: string[];
  requestedKzt: bigint | null;
  ownContributionKzt: bigint | null;
  /** Section key → the saved data of that section. */
  sections: Record<string, unknown>;
  /** Files as submitted: their checklist kind, language, name and content hash. */
  attachments: { kind: string; language: string | null; fileName: string; sha256: string }[];
}

/** Canonical JSON of the snapshot: the same application always gives the same bytes. */
export function canonicalReceiptJson(snapshot: ReceiptSnapshot): string {
  const attachments = [...snapshot.attachments].sort(
    (a, b) => a.kind.localeCompare(b.kind) || (a.language ?? '').localeCompare(b.language ?? '') || a.sha256.localeCompare(b.sha256) || a.fileName.localeCompare(b.fileName),
  );
  // Money as decimal strings: exact, and the same bytes whatever JSON reader checks it later.
  const money = (v: bigint | null) => (v === null ? null : v.toString());
  return stringify({ ...snapshot, requestedKzt: money(snapshot.requestedKzt), ownContributionKzt: money(snapshot.ownContributionKzt), attachments }) ?? '';
}

/** Hex SHA-256 of the canonical JSON. */
export function receiptHash(snapshot: ReceiptSnapshot): string {
  return createHash('sha256').update(canonicalReceiptJson(snapshot), 'utf8').digest('hex');
}
