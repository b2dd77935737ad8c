import { createCipheriv, createDecipheriv, randomBytes, type DecipherGCM } from 'node:crypto';
import { newSecretKey, secretKeyFromEnv } from '@dsp/common';
import { Transform, type TransformCallback } from 'node:stream';

/**
 * Backups hold every diagnosis: they are encrypted by default with
 * AES-256-GCM (authenticated: a changed byte or a wrong key is refused, never
 * restored), one random IV per file, the file's name as additional data so
 * that files cannot be swapped. node:crypto does this natively and streams, so
 * millions of rows never sit in memory; no library is needed on top.
 *
 * File layout: "DSPBACKUP1" | 12-byte IV | ciphertext | 16-byte tag.
 */
const MAGIC = Buffer.from('DSPBACKUP1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;

/** Where the key comes from: BACKUP_KEY (base64 of 32 bytes) or BACKUP_KEY_FILE (a file holding that). */
export function backupKeyFromEnv(): Buffer | undefined {
  return secretKeyFromEnv('BACKUP_KEY', 'npm run keys -- DIR writes one to DIR/backup.key');
}

/** A new backup key, in the form backupKeyFromEnv reads. */
export const newBackupKey = newSecretKey;

/** Encrypts a stream for the file `name`. */
export function encryptStream(key: Buffer, name: string): Transform {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(name));
  let started = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      if (!started) {
        started = true;
        this.push(Buffer.concat([MAGIC, iv]));
      }
      done(null, cipher.update(chunk));
    },
    flush(done: TransformCallback) {
      if (!started) this.push(Buffer.concat([MAGIC, iv]));
      this.push(cipher.final());
      done(null, cipher.getAuthTag());
    },
  });
}

/** Why a file does not open: it was changed, cut, or the key is not the one it was written with. */
export class BackupIntegrityError extends Error {
  override readonly name = 'BackupIntegrityError';
}

/**
 * Decrypts the file `name`. Plaintext is released as it comes, so a caller
 * that writes must first have checked the file whole (see restore); the last
 * chunk fails with BackupIntegrityError when the tag does not match.
 */
export function decryptStream(key: Buffer, name: string): Transform {
  let header = Buffer.alloc(0);
  let decipher: DecipherGCM | undefined;
  // The tag is the file's last 16 bytes: always hold them back.
  let tail = Buffer.alloc(0);
  const refuse = (): BackupIntegrityError =>
    new BackupIntegrityError(
      `${name} does not open with this backup key: the key is not the one it was written with, or the file was changed.`,
    );
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let data = chunk;
      if (!decipher) {
        header = Buffer.concat([header, data]);
        if (header.length < HEADER_BYTES) return done();
        if (!header.subarray(0, MAGIC.length).equals(MAGIC)) return done(refuse());
        decipher = createDecipheriv('aes-256-gcm', key, header.subarray(MAGIC.length, HEADER_BYTES)).setAAD(
          Buffer.from(name),
        );
        data = header.subarray(HEADER_BYTES);
      }
      const buffered = Buffer.concat([tail, data]);
      const release = Math.max(0, buffered.length - TAG_BYTES);
      tail = buffered.subarray(release);
      done(null, decipher.update(buffered.subarray(0, release)));
    },
    flush(done: TransformCallback) {
      if (!decipher || tail.length < TAG_BYTES) return done(refuse());
      try {
        decipher.setAuthTag(tail);
        done(null, decipher.final());
      } catch {
        done(refuse());
      }
    },
  });
}
