import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { assertValidStorageKey, InvalidStorageKeyError, StoredFileNotFoundError, type FileStorage } from './file-storage';

/** The default upload folder: `<project>/.data/uploads`, outside `public/` so nothing is served directly. */
export function defaultStorageDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data', 'uploads');
}

/**
 * Files on the server's disk under one root folder (env STORAGE_DIR). A key maps to a
 * path inside the root; anything that would resolve outside it is refused.
 */
export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string = defaultStorageDir()) {
    this.root = path.resolve(/*turbopackIgnore: true*/ root);
  }

  /** The absolute path of a key — guarded twice: the key's shape, then the resolved path. */
  pathOf(key: string): string {
    assertValidStorageKey(key);
    const full = path.resolve(/*turbopackIgnore: true*/ this.root, ...key.split('/'));
    if (!full.startsWith(this.root + path.sep)) throw new InvalidStorageKeyError(key);
    return full;
  }

  async put(key: string, body: Uint8Array | Readable): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written to a temporary name first, so a reader never sees half a file.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.part`;
    try {
      if (body instanceof Readable) await pipeline(body, createWriteStream(temporary, { flags: 'wx', mode: 0o600 }));
      else await writeFile(temporary, body, { flag: 'wx', mode: 0o600 });
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    const file = this.pathOf(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new StoredFileNotFoundError(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredFileNotFoundError(key);
      throw error;
    }
    return createReadStream(file);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
