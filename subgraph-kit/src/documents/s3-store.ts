import {
  CreateBucketCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { buffer as readAll } from 'node:stream/consumers';
import { checkObjectKey, type DocumentStore, type StoredObject } from './store';

/** Where an S3-compatible server is and who the service is to it. */
export interface S3StoreOptions {
  /** The server's URL, such as http://seaweedfs:8333. */
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Most self-hosted servers ignore it; the SDK needs one. */
  region?: string;
}

/**
 * Objects in a bucket of an S3-compatible server (SeaweedFS in the Docker and
 * Kubernetes deployments). Path-style addressing: self-hosted servers are
 * reached by one host name, not one per bucket.
 */
export class S3Store implements DocumentStore {
  private readonly client: S3Client;
  private readonly bucket: string;
  private bucketReady: Promise<void> | undefined;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region ?? 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    });
    // The SDK sends a bucket's own requests (list) to "/<bucket>/"; some self-hosted servers (s3rver, the
    // tests' server) sign "/<bucket>" and refuse the signature. Every S3 server accepts "/<bucket>".
    const bucketPath = `/${options.bucket}/`;
    this.client.middlewareStack.add(
      (next) => (args) => {
        const request = args.request as { path?: string };
        if (request.path === bucketPath) request.path = bucketPath.slice(0, -1);
        return next(args);
      },
      { step: 'build', name: 'bucketPathWithoutSlash' },
    );
  }

  /** Creates the bucket on first use when the server has none (a fresh SeaweedFS); once per store. */
  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.client.send(new HeadBucketCommand({ Bucket: this.bucket })).then(
      () => undefined,
      async (error: unknown) => {
        if ((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== 404) {
          this.bucketReady = undefined;
          throw error;
        }
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      },
    );
    return this.bucketReady;
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    await this.ensureBucket();
    // Documents are at most a few megabytes: a whole body gives the server its length without a multipart upload.
    const bytes = Buffer.isBuffer(body) ? body : await readAll(body);
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: checkObjectKey(key), Body: bytes }));
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkObjectKey(key) }));
      return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : Buffer.alloc(0);
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkObjectKey(key) }));
  }

  async list(prefix: string): Promise<StoredObject[]> {
    await this.ensureBucket();
    const found: StoredObject[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const object of page.Contents ?? [])
        if (object.Key) found.push({ key: object.Key, lastModified: object.LastModified ?? new Date(0) });
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return found;
  }

  /** Closes the client's connections. */
  close(): void {
    this.client.destroy();
  }
}
