import { sampleJpeg, samplePdf, samplePng } from '@dsp/testing';
import {
  checkDocumentContent,
  cleanFileName,
  DocumentCipher,
  downloadSigningSecret,
  signDownload,
  verifyDownload,
} from '../index';

describe('document content', () => {
  it('knows PDF, JPEG and PNG by their bytes, whatever the name says', () => {
    expect(checkDocumentContent(samplePdf())).toEqual({ ok: true, contentType: 'application/pdf' });
    expect(checkDocumentContent(sampleJpeg())).toEqual({ ok: true, contentType: 'image/jpeg' });
    expect(checkDocumentContent(samplePng())).toEqual({ ok: true, contentType: 'image/png' });
  });

  it('refuses other types and truncated files, saying which', () => {
    const reasonFor = (bytes: Buffer): string => {
      const check = checkDocumentContent(bytes);
      return check.ok ? `accepted as ${check.contentType}` : check.reason;
    };
    expect(reasonFor(Buffer.from('<html><script>alert(1)</script></html>'))).toContain('Only PDF, JPEG and PNG');
    expect(reasonFor(samplePdf(4000).subarray(0, 2000))).toContain('no %%EOF');
    const jpeg = sampleJpeg();
    expect(reasonFor(jpeg.subarray(0, jpeg.length - 2))).toContain('JPEG image is incomplete');
    const png = samplePng();
    expect(reasonFor(png.subarray(0, png.length - 1))).toContain('no IEND');
  });
});

describe('documents at rest', () => {
  const key = Buffer.alloc(32, 7);

  it('round-trips, and refuses another key, another object key or a changed byte', () => {
    const cipher = new DocumentCipher(key);
    const plain = samplePdf(3000);
    const stored = cipher.encrypt('mutual/abc', plain);
    expect(stored.includes(Buffer.from('%PDF'))).toBe(false);
    expect(cipher.decrypt('mutual/abc', stored)).toEqual(plain);
    expect(cipher.decryptStart('mutual/abc', stored, 5).toString()).toBe('%PDF-');
    expect(() => new DocumentCipher(Buffer.alloc(32, 8)).decrypt('mutual/abc', stored)).toThrow();
    expect(() => cipher.decrypt('mutual/other', stored)).toThrow();
    const changed = Buffer.from(stored);
    changed[40] = (changed[40] ?? 0) ^ 1;
    expect(() => cipher.decrypt('mutual/abc', changed)).toThrow();
  });
});

describe('download URLs', () => {
  const secret = downloadSigningSecret(Buffer.alloc(32, 9));
  const id = '6f1c2a52-3b1e-4b7a-9d55-0d7c4b0c9e11';
  const reader = { sub: 'advisor-1', role: 'MEDICAL_ADVISOR', region: null };
  const now = 1_800_000_000;

  it('names the reader they were issued to until they expire', () => {
    const query = Object.fromEntries(new URLSearchParams(signDownload(secret, id, reader, now + 300)));
    expect(verifyDownload(secret, id, query, now)).toEqual(reader);
    expect(verifyDownload(secret, id, query, now + 301)).toBeNull();
  });

  it('refuses another document, another reader, or a longer life', () => {
    const query = Object.fromEntries(new URLSearchParams(signDownload(secret, id, reader, now + 300)));
    expect(verifyDownload(secret, '0e0f4f8e-3f0e-4a6b-8f7e-1c2d3e4f5a6b', query, now)).toBeNull();
    expect(verifyDownload(secret, id, { ...query, reader: 'someone-else' }, now)).toBeNull();
    expect(verifyDownload(secret, id, { ...query, role: 'NATIONAL_ADMIN' }, now)).toBeNull();
    expect(verifyDownload(secret, id, { ...query, expires: String(now + 86_400) }, now)).toBeNull();
  });
});

describe('file names', () => {
  it('keeps the name a user gave, without paths, controls or direction overrides', () => {
    expect(cleanFileName('C:\\Users\\x\\facture mars.pdf')).toBe('facture mars.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('وصفة طبية.pdf')).toBe('وصفة طبية.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanFileName('a"b<c>\u0000d\r\n.png')).toBe('abcd.png');
    expect(cleanFileName('...')).toBe('document');
    expect(cleanFileName('x'.repeat(500))).toHaveLength(120);
  });
});
