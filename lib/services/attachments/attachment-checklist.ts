import type { RequiredDocument } from '@/lib/validation/competition-settings';

/** A document language (the Prisma `Locale` enum values). */
export type DocumentLanguage = 'kk' | 'ru' | 'en';

/** What the checklist needs to know about an uploaded file. */
export interface ChecklistAttachment {
  kind: string;
  language: DocumentLanguage | null;
  /** Soft-deleted files never count, even if a caller forgets to filter them out. */
  deletedAt?: Date | null;
}

export interface ChecklistItem {
  kind: string;
  document: RequiredDocument;
  /** true = the application cannot be submitted without it (§4.5). */
  required: boolean;
  /** The document is there (in every language when all languages are required). */
  satisfied: boolean;
  /** Non-deleted files uploaded for this kind. */
  count: number;
  /**
   * Languages still missing. Only ever non-empty when `allLanguagesRequired`: then every
   * language of the competition needs its own file, and a file without a language
   * counts for none of them.
   */
  missingLanguages: DocumentLanguage[];
}

export interface AttachmentChecklist {
  items: ChecklistItem[];
  /** Every REQUIRED document is satisfied — the attachment part of the submission check. */
  complete: boolean;
  /** The required items that are not satisfied (what blocks submission). */
  missing: ChecklistItem[];
}

/**
 * The application's attachment checklist against the competition's `requiredDocuments`
 * (§4.5: "application with the documents listed in the announcement"). Pure: pass the
 * NON-deleted attachments of the application, the competition's `languages` and its
 * `allLanguagesRequired` flag. Files of kind 'other' (or any kind not on the list) are
 * ignored; optional documents are reported but never block `complete`.
 */
export function attachmentChecklist(
  requiredDocuments: readonly RequiredDocument[],
  attachments: readonly ChecklistAttachment[],
  languages: readonly DocumentLanguage[],
  allLanguagesRequired: boolean,
): AttachmentChecklist {
  const live = attachments.filter((a) => !a.deletedAt);
  const items = requiredDocuments.map((document): ChecklistItem => {
    const files = live.filter((a) => a.kind === document.kind);
    let missingLanguages: DocumentLanguage[] = [];
    let satisfied: boolean;
    if (allLanguagesRequired && languages.length > 0) {
      const present = new Set(files.map((f) => f.language).filter((l): l is DocumentLanguage => l !== null));
      missingLanguages = languages.filter((l) => !present.has(l));
      satisfied = missingLanguages.length === 0;
    } else {
      satisfied = files.length > 0;
    }
    return { kind: document.kind, document, required: document.required, satisfied, count: files.length, missingLanguages };
  });
  const missing = items.filter((i) => i.required && !i.satisfied);
  return { items, complete: missing.length === 0, missing };
}
