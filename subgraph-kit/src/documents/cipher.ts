import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Documents at rest: AES-256-GCM (authenticated: a changed byte or a wrong
 * key is refused), one random IV per object, the object's key as additional
 * data so that stored objects cannot be swapped for one another.
 *
 * Layout: "DSPDOC1" | 12-byte IV | ciphertext | 16-byte tag.
 */
const MAGIC = Buffer.from('DSPDOC1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;

export class DocumentCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('A document key is 32 bytes.');
  }

  encrypt(objectKey: string, plain: Buffer): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(objectKey));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([MAGIC, iv, body, cipher.getAuthTag()]);
  }

  /** The plain bytes; throws when the object was changed, swapped or encrypted with another key. */
  decrypt(objectKey: string, stored: Buffer): Buffer {
    const { iv, body, tag } = this.parts(stored);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(objectKey));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  }

  /**
   * The first plain bytes, without reading to the tag: enough for a restore
   * to tell that an object is there and was written with this key (its first
   * bytes must be a document's, see checkDocumentContent), cheaply per object.
   */
  decryptStart(objectKey: string, stored: Buffer, length = 16): Buffer {
    const { iv, body } = this.parts(stored);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv).setAAD(Buffer.from(objectKey));
    return decipher.update(body.subarray(0, length));
  }

  private parts(stored: Buffer): { iv: Buffer; body: Buffer; tag: Buffer } {
    if (stored.length < HEADER_BYTES + TAG_BYTES || !stored.subarray(0, MAGIC.length).equals(MAGIC))
      throw new Error('This is not an encrypted document.');
    return {
      iv: stored.subarray(MAGIC.length, HEADER_BYTES),
      body: stored.subarray(HEADER_BYTES, stored.length - TAG_BYTES),
      tag: stored.subarray(stored.length - TAG_BYTES),
    };
  }
}
