import S3rver from '@20minutes/s3rver';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A running S3-protocol server and the bucket, endpoint and credentials to reach it. */
export interface TestS3Server {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible HTTP server (s3rver, which speaks the S3 protocol and
 * checks request signatures) on 127.0.0.1 and a free port, with one empty
 * bucket, its objects in a temporary folder removed on stop.
 */
export async function startTestS3Server(bucket = 'documents'): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), 'dsp-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = await server.run();
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    bucket,
    // s3rver's one account.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    stop: async () => {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
