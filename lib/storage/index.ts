import { randomBytes } from 'node:crypto';
import type { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage, s3OptionsFromEnv } from './s3-storage';

export type { FileStorage } from './file-storage';
export { StoredFileNotFoundError, InvalidStorageKeyError } from './file-storage';

let instance: FileStorage | null = null;

/**
 * The file store chosen by the environment: STORAGE_DRIVER=local (the default) keeps files
 * under STORAGE_DIR (default `<project>/.data/uploads`); STORAGE_DRIVER=s3 keeps them in an
 * S3-compatible bucket (S3_BUCKET, S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID,
 * S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE, S3_PREFIX).
 */
export function fileStorage(env: Record<string, string | undefined> = process.env): FileStorage {
  if (env === process.env && instance) return instance;
  const driver = (env.STORAGE_DRIVER ?? 'local').trim().toLowerCase() || 'local';
  let storage: FileStorage;
  switch (driver) {
    case 'local':
      storage = new LocalDiskStorage(env.STORAGE_DIR?.trim() || undefined);
      break;
    case 's3':
      storage = new S3Storage(s3OptionsFromEnv(env));
      break;
    default:
      throw new Error(`STORAGE_DRIVER=${driver} is not supported (available: local, s3)`);
  }
  if (env === process.env) instance = storage;
  return storage;
}

/** A fresh random key: two hex characters of fan-out, then 32 hex characters. Never derived from the user's file name. */
export function newStorageKey(): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}`;
}
