import { mkdtemp, readFile, rm, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStorage, InvalidStorageKeyError, newStorageKey, StoredFileNotFoundError } from '@/lib/storage';
import { LocalDiskStorage, defaultStorageDir } from '@/lib/storage/local-disk-storage';
import { contentDisposition } from '@/lib/services/attachments/http';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'demeu-storage-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function readAll(body: Readable | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(body)) return body;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('local disk storage', () => {
  it('stores and reads back bytes under a random key, creating folders as needed', async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1, 2, 3, 250]));
    expect([...(await readAll(await storage.get(key)))]).toEqual([1, 2, 3, 250]);
    expect(await readFile(path.join(root, ...key.split('/')))).toEqual(Buffer.from([1, 2, 3, 250]));
    // No temporary ".part" file is left behind.
    expect(await readdir(path.join(root, key.split('/')[0]!))).toEqual([key.split('/')[1]]);
  });

  it('accepts a stream', async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey();
    await storage.put(key, Readable.from([Buffer.from('Сәлем, '), Buffer.from('әлем')]));
    expect((await readAll(await storage.get(key))).toString('utf8')).toBe('Сәлем, әлем');
  });

  it('missing keys throw StoredFileNotFoundError; delete removes the file', async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey();
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await storage.put(key, new Uint8Array([9]));
    await storage.delete(key);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('refuses keys that could leave the root (path traversal) or look like user file names', async () => {
    const storage = new LocalDiskStorage(root);
    for (const key of ['../outside', 'a/../../b', '/etc/passwd', 'a\\b', 'a//b', '', 'name.pdf', 'a/./b', '..']) {
      expect(() => storage.pathOf(key), key).toThrow(InvalidStorageKeyError);
      await expect(storage.put(key, new Uint8Array([1]))).rejects.toBeInstanceOf(InvalidStorageKeyError);
    }
  });

  it('new keys are random hex, never derived from a file name', () => {
    const a = newStorageKey();
    const b = newStorageKey();
    expect(a).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
    expect(a.slice(0, 2)).toBe(a.slice(3, 5));
  });

  it('the driver comes from the environment: local by default, under STORAGE_DIR or <project>/.data/uploads', () => {
    const configured = fileStorage({ STORAGE_DIR: root });
    expect(configured).toBeInstanceOf(LocalDiskStorage);
    expect((configured as LocalDiskStorage).root).toBe(root);
    const fallback = fileStorage({ STORAGE_DRIVER: 'local' }) as LocalDiskStorage;
    expect(fallback.root).toBe(defaultStorageDir());
    expect(fallback.root).toBe(path.resolve(process.cwd(), '.data', 'uploads'));
    expect(fallback.root.split(path.sep)).not.toContain('public');
    expect(() => fileStorage({ STORAGE_DRIVER: 'ftp' })).toThrow(/not supported/);
  });
});

describe('download headers', () => {
  it('Content-Disposition carries an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    expect(contentDisposition('Жарғы «Жасыл қала».pdf')).toBe(
      `attachment; filename="_____ ______ _____.pdf"; filename*=UTF-8''${encodeURIComponent('Жарғы «Жасыл қала».pdf')}`,
    );
    expect(contentDisposition(`a"b;c%d'(e).pdf`)).toBe(`attachment; filename="a_b_c_d'(e).pdf"; filename*=UTF-8''a%22b%3Bc%25d%27%28e%29.pdf`);
  });
});
