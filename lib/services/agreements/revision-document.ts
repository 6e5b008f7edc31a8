import type { Readable } from 'node:stream';
import type { FileStorage } from '@/lib/storage';
import { renderAgreementPdf } from '@/lib/pdf/agreement-pdf-data';
import { parseTerms } from './agreement-terms';

export interface RevisionForDocument {
  revision: number;
  reason: string | null;
  createdAt: Date;
  terms: unknown;
  documentStorageKey: string | null;
  documentRuStorageKey: string | null;
}

async function readAll(body: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/**
 * The PDF of one agreement revision in kk or ru: once the NGO accepted the revision, the exact
 * bytes it accepted (stored at acceptance, so both sides sign the same document); before that,
 * rendered from the revision's terms. null when the terms are unreadable.
 */
export async function revisionDocument(
  storage: FileStorage,
  agreement: { number: string; prepaymentPercent: number },
  revision: RevisionForDocument,
  locale: 'kk' | 'ru',
): Promise<Buffer | null> {
  const key = locale === 'kk' ? revision.documentStorageKey : revision.documentRuStorageKey;
  if (key) return readAll(await storage.get(key));
  return renderRevision(agreement, revision, locale);
}

export async function renderRevision(agreement: { number: string; prepaymentPercent: number }, revision: RevisionForDocument, locale: 'kk' | 'ru'): Promise<Buffer | null> {
  const terms = parseTerms(revision.terms);
  if (!terms) return null;
  return renderAgreementPdf(
    { number: agreement.number, revision: revision.revision, reason: revision.reason, createdAt: revision.createdAt, prepaymentPercent: agreement.prepaymentPercent, terms },
    locale,
  );
}
