// The S3 driver against a real S3-compatible server (s3rver, an S3 protocol
// implementation on local disk) listening on loopback: the same HTTP API a MinIO or a
// cloud bucket speaks, no mock.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStorage, newStorageKey, StoredFileNotFoundError } from '@/lib/storage';

const directory = mkdtempSync(path.join(tmpdir(), 'demeu-s3-'));
const bucket = 'demeu-attachments';
let server: S3rver;
let endpoint = '';

beforeAll(async () => {
  server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = (await server.run()) as { port: number };
  endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await server?.close();
  rmSync(directory, { recursive: true, force: true });
});

const storage = () =>
  fileStorage({
    STORAGE_DRIVER: 's3',
    S3_BUCKET: bucket,
    S3_ENDPOINT: endpoint,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_PREFIX: 'applications',
  });

const pdf = readFileSync(path.resolve(import.meta.dirname, '../fixtures/files/charter.pdf'));
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

describe('attachments in an S3-compatible store (issue 4, part 4)', () => {
  it('stores bytes and gives the same bytes back', async () => {
    const key = newStorageKey();
    await storage().put(key, pdf);
    const back = await storage().get(key);
    expect(sha(back as Buffer)).toBe(sha(pdf));
  });

  it('accepts a stream as well as a buffer', async () => {
    const key = newStorageKey();
    await storage().put(key, Readable.from([pdf.subarray(0, 100), pdf.subarray(100)]));
    expect(sha((await storage().get(key)) as Buffer)).toBe(sha(pdf));
  });

  it('reports a missing object as StoredFileNotFoundError, and deletes', async () => {
    const key = newStorageKey();
    await expect(storage().get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
    await storage().put(key, pdf);
    await storage().delete!(key);
    await expect(storage().get(key)).rejects.toBeInstanceOf(StoredFileNotFoundError);
  });

  it('refuses keys that could escape the prefix', async () => {
    await expect(storage().put('../outside', pdf)).rejects.toThrow(/invalid storage key/);
  });

  it('needs a bucket to be configured', () => {
    expect(() => fileStorage({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET/);
  });
});
