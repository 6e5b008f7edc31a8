import { randomBytes } from 'node:crypto';
import type { FileStorage } from './file-storage';
import { LocalDiskStorage } from './local-disk-storage';

export type { FileStorage } from './file-storage';
export { StoredFileNotFoundError, InvalidStorageKeyError } from './file-storage';

let instance: FileStorage | null = null;

/**
 * The file store chosen by the environment: STORAGE_DRIVER=local (the default and, for
 * now, the only driver) keeps files under STORAGE_DIR (default `<project>/.data/uploads`).
 * Another store (e.g. S3-compatible) plugs in by implementing FileStorage here.
 */
export function fileStorage(env: Record<string, string | undefined> = process.env): FileStorage {
  if (env === process.env && instance) return instance;
  const driver = (env.STORAGE_DRIVER ?? 'local').trim().toLowerCase() || 'local';
  let storage: FileStorage;
  switch (driver) {
    case 'local':
      storage = new LocalDiskStorage(env.STORAGE_DIR?.trim() || undefined);
      break;
    default:
      throw new Error(`STORAGE_DRIVER=${driver} is not supported (available: local)`);
  }
  if (env === process.env) instance = storage;
  return storage;
}

/** A fresh random key: two hex characters of fan-out, then 32 hex characters. Never derived from the user's file name. */
export function newStorageKey(): string {
  const id = randomBytes(16).toString('hex');
  return `${id.slice(0, 2)}/${id}`;
}
