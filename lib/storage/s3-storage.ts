import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'node:stream';
import { assertValidStorageKey, StoredFileNotFoundError, type FileStorage } from './file-storage';

export interface S3StorageOptions {
  bucket: string;
  /** For S3-compatible stores (MinIO, Ceph, a government cloud): their endpoint URL. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Path-style addressing (bucket in the path), which most S3-compatible stores expect. */
  forcePathStyle: boolean;
  /** Optional folder inside the bucket. */
  prefix?: string;
}

/** Files in an S3-compatible object store, private (never public-read): served only through the portal. */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly options: S3StorageOptions) {
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: options.forcePathStyle,
      credentials:
        options.accessKeyId && options.secretAccessKey
          ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
          : undefined,
    });
  }

  private objectKey(key: string): string {
    assertValidStorageKey(key);
    return this.options.prefix ? `${this.options.prefix.replace(/\/+$/, '')}/${key}` : key;
  }

  async put(key: string, body: Uint8Array | Readable): Promise<void> {
    // The SDK needs a known length for a stream; uploads are size-capped, so buffering is fine.
    const bytes = body instanceof Readable ? Buffer.concat(await body.toArray()) : body;
    await this.client.send(new PutObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key), Body: bytes }));
  }

  async get(key: string): Promise<Buffer> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
      if (!result.Body) throw new StoredFileNotFoundError(key);
      return Buffer.from(await result.Body.transformToByteArray());
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') throw new StoredFileNotFoundError(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: this.objectKey(key) }));
  }
}

/** Reads the S3 settings from the environment; a missing bucket is a configuration error. */
export function s3OptionsFromEnv(env: Record<string, string | undefined>): S3StorageOptions {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) throw new Error('STORAGE_DRIVER=s3 needs S3_BUCKET (and S3_ENDPOINT for an S3-compatible store)');
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: (env.S3_FORCE_PATH_STYLE ?? 'true').trim() !== 'false',
    prefix: env.S3_PREFIX?.trim() || undefined,
  };
}
