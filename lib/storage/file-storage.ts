import type { Readable } from 'node:stream';

/**
 * Where uploaded files live, behind one interface so the portal can keep them on a local
 * disk (the default) or move them to another store without touching the services.
 * Keys are opaque ids chosen by the portal (never the user's file name).
 */
export interface FileStorage {
  /** Stores the bytes under `key` (creating whatever the store needs). Overwrites nothing: keys are fresh. */
  put(key: string, body: Uint8Array | Readable): Promise<void>;
  /** The stored bytes; throws StoredFileNotFoundError when nothing is stored under `key`. */
  get(key: string): Promise<Readable | Buffer>;
  /** Removes the bytes (used to clean up after an upload whose database write failed). */
  delete?(key: string): Promise<void>;
}

export class StoredFileNotFoundError extends Error {
  constructor(key: string) {
    super(`no stored file under key ${JSON.stringify(key)}`);
    this.name = 'StoredFileNotFoundError';
  }
}

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`invalid storage key ${JSON.stringify(key)}`);
    this.name = 'InvalidStorageKeyError';
  }
}

// Keys are made of path segments of letters, digits, '-' and '_' (what newStorageKey
// produces): no '..', no absolute paths, no backslashes, no dots at all.
const KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\/[A-Za-z0-9_-]+)*$/;

export function assertValidStorageKey(key: string): void {
  if (key.length === 0 || key.length > 200 || !KEY_PATTERN.test(key)) throw new InvalidStorageKeyError(key);
}
