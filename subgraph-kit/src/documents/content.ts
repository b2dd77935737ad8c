/**
 * What a document's bytes are, whatever its name or declared type says.
 *
 * Written by hand rather than with `file-type`: its maintained releases are
 * ES modules for Node 22 and later (this platform runs on Node 20 and 24, as
 * CommonJS), and it recognises a file by its first bytes only, while a
 * truncated upload must be refused too, which needs each format's end marker.
 * Three formats, each with a fixed start and a fixed end, are a few lines.
 */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

export type ContentCheck = { ok: true; contentType: DocumentContentType } | { ok: false; reason: string };

const PDF_START = Buffer.from('%PDF-');
const PDF_END = Buffer.from('%%EOF');
const JPEG_START = Buffer.from([0xff, 0xd8, 0xff]);
const JPEG_END = Buffer.from([0xff, 0xd9]);
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The IEND chunk: length 0, type, and its fixed CRC. */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
/** Writers leave a little after the end marker (line ends, padding): it must be within this many last bytes. */
const PDF_TAIL = 1024;
const JPEG_TAIL = 32;

function endsWithin(bytes: Buffer, marker: Buffer, tail: number): boolean {
  return bytes.subarray(Math.max(0, bytes.length - tail - marker.length)).includes(marker);
}

const STARTS: ReadonlyArray<[Buffer, DocumentContentType]> = [
  [PDF_START, 'application/pdf'],
  [JPEG_START, 'image/jpeg'],
  [PNG_START, 'image/png'],
];

/** The type a file's first bytes announce, whole or not; null for anything else. */
export function documentTypeOfStart(bytes: Buffer): DocumentContentType | null {
  return STARTS.find(([start]) => bytes.subarray(0, start.length).equals(start))?.[1] ?? null;
}

/** The type of `bytes` (PDF, JPEG or PNG) when they are a whole file of it; why not otherwise. */
export function checkDocumentContent(bytes: Buffer): ContentCheck {
  switch (documentTypeOfStart(bytes)) {
    case 'application/pdf':
      return endsWithin(bytes, PDF_END, PDF_TAIL)
        ? { ok: true, contentType: 'application/pdf' }
        : { ok: false, reason: 'The PDF is incomplete (no %%EOF at its end): send the whole file.' };
    case 'image/jpeg':
      return endsWithin(bytes, JPEG_END, JPEG_TAIL)
        ? { ok: true, contentType: 'image/jpeg' }
        : { ok: false, reason: 'The JPEG image is incomplete (no end marker): send the whole file.' };
    case 'image/png':
      return bytes.subarray(bytes.length - PNG_END.length).equals(PNG_END)
        ? { ok: true, contentType: 'image/png' }
        : { ok: false, reason: 'The PNG image is incomplete (no IEND chunk at its end): send the whole file.' };
    case null:
      return { ok: false, reason: 'Only PDF, JPEG and PNG documents are accepted; this file is none of them.' };
  }
}

export function isDocumentContentType(value: string): value is DocumentContentType {
  return (DOCUMENT_CONTENT_TYPES as readonly string[]).includes(value);
}
