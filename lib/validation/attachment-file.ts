import { fileTypeFromBuffer } from 'file-type';

/** Default size cap of one attachment (overridable by the Setting 'attachments.maxBytes'). */
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
export const MIB = 1024 * 1024;

/**
 * The file types an application may carry, as DETECTED FROM THE CONTENT (magic bytes;
 * for DOCX/XLSX the parts inside the ZIP) — never from the name or the browser's word.
 */
export const ALLOWED_ATTACHMENT_TYPES = {
  pdf: { label: 'PDF', mime: 'application/pdf', extensions: ['pdf'] },
  docx: { label: 'DOCX', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { label: 'XLSX', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  jpg: { label: 'JPEG', mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { label: 'PNG', mime: 'image/png', extensions: ['png'] },
} as const;
export type AllowedAttachmentType = keyof typeof ALLOWED_ATTACHMENT_TYPES;

/** For `<input type="file" accept>` (a convenience for the picker; the server decides). */
export const ATTACHMENT_ACCEPT = Object.values(ALLOWED_ATTACHMENT_TYPES)
  .flatMap((t) => t.extensions.map((e) => `.${e}`))
  .join(',');
export const ALLOWED_ATTACHMENT_LABELS = Object.values(ALLOWED_ATTACHMENT_TYPES)
  .map((t) => t.label)
  .join(', ');

export const MAX_FILE_NAME_LENGTH = 150;

export type AttachmentFileErrorCode = 'fileEmpty' | 'fileTooLarge' | 'fileTypeNotAllowed' | 'fileExtensionMismatch';
export type AttachmentFileCheck =
  | { ok: true; type: AllowedAttachmentType; mimeType: string; fileName: string }
  | { ok: false; error: { code: AttachmentFileErrorCode; params?: Record<string, string | number> } };

/** The cap in MiB as people read it ("20", "0.5"). */
export function maxMiB(maxBytes: number): number {
  return Math.round((maxBytes / MIB) * 100) / 100;
}

// C0/C1 controls (Cc), invisible format characters such as the right-to-left override
// used to disguise "fdp.exe" as "exe.pdf" (Cf), and separators other than the space (Zl, Zp).
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Path separators and the characters Windows forbids in a file name.
const RESERVED = /[/\\:*?"<>|]/g;

/**
 * The name we store and later offer in Content-Disposition: the last path segment only,
 * Unicode letters kept (Kazakh names are common: ә ғ қ ң ө ұ ү һ і), controls and
 * separators removed, whitespace collapsed, at most MAX_FILE_NAME_LENGTH characters with
 * the extension preserved. Never used as a storage path (keys are random).
 */
export function sanitizeFileName(raw: string, fallbackExtension = ''): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '') // no hidden files, no "..": the name can't start with a dot
    .replace(/[.\s]+$/, ''); // Windows drops trailing dots and spaces
  const chars = Array.from(name);
  if (chars.length > MAX_FILE_NAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    const stem = Array.from(extension ? name.slice(0, dot) : name).slice(0, MAX_FILE_NAME_LENGTH - Array.from(extension).length);
    name = stem.join('').trimEnd() + extension;
  }
  if (!name || name.startsWith('.')) name = `file${fallbackExtension ? `.${fallbackExtension}` : ''}`;
  return name;
}

/** The extension of a name, lower-case, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/**
 * Checks an uploaded file: not empty, not over `maxBytes` (the cap from the settings),
 * an allowed type by CONTENT, and the declared extension agreeing with that type.
 * A renamed executable or a plain ZIP is refused whatever it is called.
 */
export async function checkAttachmentFile(bytes: Uint8Array, declaredName: string, maxBytes: number): Promise<AttachmentFileCheck> {
  if (bytes.byteLength === 0) return { ok: false, error: { code: 'fileEmpty' } };
  if (bytes.byteLength > maxBytes) return { ok: false, error: { code: 'fileTooLarge', params: { maxMiB: maxMiB(maxBytes) } } };

  const detected = await fileTypeFromBuffer(bytes);
  const type = detected && Object.hasOwn(ALLOWED_ATTACHMENT_TYPES, detected.ext) ? (detected.ext as AllowedAttachmentType) : null;
  if (!type) return { ok: false, error: { code: 'fileTypeNotAllowed', params: { allowed: ALLOWED_ATTACHMENT_LABELS } } };

  const allowed = ALLOWED_ATTACHMENT_TYPES[type];
  const fileName = sanitizeFileName(declaredName, allowed.extensions[0]);
  if (!(allowed.extensions as readonly string[]).includes(extensionOf(fileName))) {
    return { ok: false, error: { code: 'fileExtensionMismatch', params: { detected: allowed.label, extension: `.${allowed.extensions[0]}` } } };
  }
  return { ok: true, type, mimeType: allowed.mime, fileName };
}
