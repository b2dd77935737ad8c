import { samplePdf, startTestS3Server, type TestS3Server } from '@dsp/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { type DocumentStore, LocalFolderStore, S3Store, sweepOrphanObjects } from '../index';

/** The same behaviour from both stores: a folder (npm start) and a real S3-protocol server (production's kind). */
interface StoreUnderTest {
  store: DocumentStore;
  stop(): Promise<void>;
}

const stores: Array<[string, () => Promise<StoreUnderTest>]> = [
  [
    'LocalFolderStore',
    async () => {
      const root = await mkdtemp(path.join(tmpdir(), 'dsp-store-'));
      return {
        store: new LocalFolderStore(root),
        stop: () => rm(root, { recursive: true, force: true }),
      };
    },
  ],
  [
    'S3Store on s3rver',
    async () => {
      const server: TestS3Server = await startTestS3Server();
      // A bucket the server does not have yet: the store creates it on first use.
      const store = new S3Store({ ...server, bucket: 'fresh-bucket' });
      return {
        store,
        stop: async () => {
          store.close();
          await server.stop();
        },
      };
    },
  ],
];

describe.each(stores)('%s', (_name, open) => {
  let subject: StoreUnderTest;

  beforeAll(async () => {
    subject = await open();
  });
  afterAll(() => subject.stop());

  it('keeps what is put, from a buffer or a stream, and lists it by prefix', async () => {
    const pdf = samplePdf(5000);
    await subject.store.put('mutual/a1', pdf);
    await subject.store.put('mutual/b2', Readable.from([pdf.subarray(0, 10), pdf.subarray(10)]));
    await subject.store.put('foundation/c3', Buffer.from('other service'));

    expect(await subject.store.get('mutual/a1')).toEqual(pdf);
    expect(await subject.store.get('mutual/b2')).toEqual(pdf);
    expect((await subject.store.list('mutual/')).map((object) => object.key).sort()).toEqual([
      'mutual/a1',
      'mutual/b2',
    ]);
    const [listed] = await subject.store.list('foundation/');
    expect(Math.abs((listed?.lastModified.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('answers null for a missing object and deletes idempotently', async () => {
    await subject.store.put('mutual/gone', Buffer.from('x'));
    await subject.store.delete('mutual/gone');
    await subject.store.delete('mutual/gone');
    expect(await subject.store.get('mutual/gone')).toBeNull();
    expect(await subject.store.get('mutual/never')).toBeNull();
  });

  it('refuses keys that could leave its folder or bucket prefix', async () => {
    await expect(subject.store.put('../escape', Buffer.from('x'))).rejects.toThrow('not a document store key');
    await expect(subject.store.get('mutual/../../etc/passwd')).rejects.toThrow('not a document store key');
  });

  it('sweeps only objects older than the ticket lifetime that no document names', async () => {
    await subject.store.put('sweep/attached', Buffer.from('kept'));
    await subject.store.put('sweep/orphan', Buffer.from('lost'));
    const hour = 3_600_000;
    const attachedOnly = (keys: string[]): Promise<Set<string>> =>
      Promise.resolve(new Set(keys.filter((key) => key === 'sweep/attached')));

    // Just written: they may belong to a ticket still in use.
    expect(await sweepOrphanObjects(subject.store, 'sweep', hour, attachedOnly)).toEqual([]);
    expect(await sweepOrphanObjects(subject.store, 'sweep', hour, attachedOnly, Date.now() + 2 * hour)).toEqual([
      'sweep/orphan',
    ]);
    expect(await subject.store.get('sweep/attached')).not.toBeNull();
    expect(await subject.store.get('sweep/orphan')).toBeNull();
  });
});
