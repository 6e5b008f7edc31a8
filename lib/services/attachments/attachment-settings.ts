import type { PrismaClient } from '@/lib/generated/prisma/client';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@/lib/validation/attachment-file';

export const ATTACHMENT_MAX_BYTES_SETTING = 'attachments.maxBytes';

/** Reads a positive whole number of bytes from a Setting value (a number, a numeric string or `{ value }`). */
export function maxBytesFromSetting(value: unknown): number | null {
  const raw = typeof value === 'object' && value !== null && 'value' in value ? (value as { value: unknown }).value : value;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** The size cap of one attachment: the Setting 'attachments.maxBytes' when set and valid, else 20 MiB. */
export async function attachmentMaxBytes(db: Pick<PrismaClient, 'setting'>): Promise<number> {
  const setting = await db.setting.findUnique({ where: { key: ATTACHMENT_MAX_BYTES_SETTING }, select: { value: true } });
  return (setting && maxBytesFromSetting(setting.value)) ?? DEFAULT_ATTACHMENT_MAX_BYTES;
}
