import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkAttachmentFile, DEFAULT_ATTACHMENT_MAX_BYTES, MAX_FILE_NAME_LENGTH, sanitizeFileName } from '@/lib/validation/attachment-file';

const fixture = (name: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/files', name)));
const CAP = DEFAULT_ATTACHMENT_MAX_BYTES;

describe('attachment content check (type by magic bytes, not by name)', () => {
  it.each([
    ['charter.pdf', 'application/pdf', 'pdf'],
    ['consent.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['balance.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['photo.jpg', 'image/jpeg', 'jpg'],
    ['stamp.png', 'image/png', 'png'],
  ])('accepts %s as %s', async (name, mime, type) => {
    const result = await checkAttachmentFile(fixture(name), name, CAP);
    expect(result).toEqual({ ok: true, type, mimeType: mime, fileName: name });
  });

  it('accepts .jpeg as well as .jpg for a JPEG, and upper-case extensions', async () => {
    expect(await checkAttachmentFile(fixture('photo.jpg'), 'Фото.JPEG', CAP)).toMatchObject({ ok: true, mimeType: 'image/jpeg', fileName: 'Фото.JPEG' });
    expect(await checkAttachmentFile(fixture('charter.pdf'), 'USTAV.PDF', CAP)).toMatchObject({ ok: true });
  });

  it('refuses a Windows executable renamed to .pdf (MZ header)', async () => {
    const result = await checkAttachmentFile(fixture('program-renamed.pdf'), 'program.pdf', CAP);
    expect(result).toEqual({ ok: false, error: { code: 'fileTypeNotAllowed', params: { allowed: 'PDF, DOCX, XLSX, JPEG, PNG' } } });
  });

  it('refuses a plain ZIP even when it is named .docx or .xlsx', async () => {
    for (const name of ['archive.zip', 'archive.docx', 'archive.xlsx']) {
      expect(await checkAttachmentFile(fixture('archive.zip'), name, CAP)).toMatchObject({ ok: false, error: { code: 'fileTypeNotAllowed' } });
    }
  });

  it('refuses text and unknown bytes', async () => {
    expect(await checkAttachmentFile(new TextEncoder().encode('%PD not quite a pdf'), 'x.pdf', CAP)).toMatchObject({ ok: false, error: { code: 'fileTypeNotAllowed' } });
    expect(await checkAttachmentFile(new TextEncoder().encode('<html><script>alert(1)</script>'), 'x.pdf', CAP)).toMatchObject({ ok: false, error: { code: 'fileTypeNotAllowed' } });
  });

  it('refuses a PNG named .pdf: the extension must agree with the content', async () => {
    const result = await checkAttachmentFile(fixture('stamp.png'), 'charter.pdf', CAP);
    expect(result).toEqual({ ok: false, error: { code: 'fileExtensionMismatch', params: { detected: 'PNG', extension: '.png' } } });
  });

  it('refuses a DOCX named .xlsx and a PDF without an extension', async () => {
    expect(await checkAttachmentFile(fixture('consent.docx'), 'balance.xlsx', CAP)).toMatchObject({ ok: false, error: { code: 'fileExtensionMismatch', params: { detected: 'DOCX' } } });
    expect(await checkAttachmentFile(fixture('charter.pdf'), 'charter', CAP)).toMatchObject({ ok: false, error: { code: 'fileExtensionMismatch' } });
  });

  it('refuses an empty file', async () => {
    expect(await checkAttachmentFile(new Uint8Array(0), 'empty.pdf', CAP)).toEqual({ ok: false, error: { code: 'fileEmpty' } });
  });

  it('size cap: accepted at exactly the cap, refused at cap + 1 with the cap in MiB', async () => {
    const pdf = fixture('charter.pdf');
    const padded = (size: number) => {
      const bytes = new Uint8Array(size);
      bytes.set(pdf);
      bytes.fill(0x20, pdf.length); // trailing whitespace after %%EOF is still a PDF
      return bytes;
    };
    const cap = 1024 * 1024; // the check takes the cap from settings as a parameter
    expect(await checkAttachmentFile(padded(cap), 'charter.pdf', cap)).toMatchObject({ ok: true });
    expect(await checkAttachmentFile(padded(cap + 1), 'charter.pdf', cap)).toEqual({ ok: false, error: { code: 'fileTooLarge', params: { maxMiB: 1 } } });
    expect(await checkAttachmentFile(padded(pdf.length + 1), 'charter.pdf', pdf.length)).toMatchObject({ ok: false, error: { code: 'fileTooLarge' } });
  });

  it('the default cap is 20 MiB', () => {
    expect(DEFAULT_ATTACHMENT_MAX_BYTES).toBe(20 * 1024 * 1024);
  });
});

describe('file name sanitising', () => {
  it('keeps Kazakh and Russian letters', () => {
    expect(sanitizeFileName('Жарғы — «Жасыл қала» ҚБ, 2026 ж. (әңғүұқөһі).pdf')).toBe('Жарғы — «Жасыл қала» ҚБ, 2026 ж. (әңғүұқөһі).pdf');
    expect(sanitizeFileName('Устав организации.docx')).toBe('Устав организации.docx');
  });

  it('keeps only the last path segment and removes path separators', () => {
    expect(sanitizeFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(sanitizeFileName('C:\\Users\\Әсел\\Desktop\\жарғы.pdf')).toBe('жарғы.pdf');
    expect(sanitizeFileName('a:b*c?d"e<f>g|h.pdf')).toBe('a_b_c_d_e_f_g_h.pdf');
  });

  it('removes control characters and the right-to-left override used to disguise extensions', () => {
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('a\u0000b\u0007c\r\n.pdf')).toBe('abc.pdf');
  });

  it('collapses whitespace, drops leading dots and trailing dots/spaces', () => {
    expect(sanitizeFileName('  .hidden   file .pdf . ')).toBe('hidden file .pdf');
    expect(sanitizeFileName('...')).toBe('file');
    expect(sanitizeFileName('', 'pdf')).toBe('file.pdf');
  });

  it('normalises to NFC (a decomposed й becomes one character)', () => {
    expect(sanitizeFileName('Отчёт и\u0306.pdf')).toBe('Отчёт й.pdf');
  });

  it(`cuts long names to ${MAX_FILE_NAME_LENGTH} characters and keeps the extension`, () => {
    const name = sanitizeFileName(`${'ә'.repeat(400)}.xlsx`);
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('әә.xlsx')).toBe(true);
  });
});
