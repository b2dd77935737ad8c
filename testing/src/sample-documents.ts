/**
 * Small, whole documents of each accepted type, for upload tests: a one-page
 * PDF, a 1×1 PNG and a JPEG with its start and end markers. `padTo` makes
 * one of a given size (the padding sits where each format allows it).
 */
export function samplePdf(padTo = 0): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n');
  const tail = Buffer.from('trailer << /Root 1 0 R >>\n%%EOF\n');
  const padding = Buffer.alloc(Math.max(0, padTo - head.length - tail.length), '%');
  return Buffer.concat([head, padding, tail]);
}

export function samplePng(): Buffer {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
}

export function sampleJpeg(): Buffer {
  // SOI, an APP0 (JFIF) segment, then EOI.
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00,
    0x00, 0xff, 0xd9,
  ]);
}
