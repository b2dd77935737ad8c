import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { buffer as readAll } from 'node:stream/consumers';

/** One stored object, as `list` names it. */
export interface StoredObject {
  key: string;
  lastModified: Date;
}

/**
 * Where the services keep document bytes (always encrypted by the caller):
 * a folder for `npm start`, an S3-compatible server in production. Keys are
 * the services' own (`<prefix>/<random>`), never a user's file name.
 */
export interface DocumentStore {
  put(key: string, body: Readable | Buffer): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** Deleting what is not there is not an error. */
  delete(key: string): Promise<void>;
  list(prefix: string): Promise<StoredObject[]>;
}

/** Keys are made by the services: letters, digits, `-`, `_` and `/` between parts, so none can leave the folder. */
const KEY_PATTERN = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;

export function checkObjectKey(key: string): string {
  if (!KEY_PATTERN.test(key)) throw new Error(`"${key}" is not a document store key.`);
  return key;
}

/** Objects as files under one folder (the embedded default of `npm start`). */
export class LocalFolderStore implements DocumentStore {
  constructor(private readonly root: string) {}

  private fileOf(key: string): string {
    return path.join(this.root, ...checkObjectKey(key).split('/'));
  }

  async put(key: string, body: Readable | Buffer): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written aside then renamed: a reader never sees half an object.
    const partial = `${file}.partial`;
    await writeFile(partial, Buffer.isBuffer(body) ? body : await readAll(body), { mode: 0o600 });
    await rename(partial, file);
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }

  async list(prefix: string): Promise<StoredObject[]> {
    const found: StoredObject[] = [];
    const walk = async (folder: string, keyPrefix: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(folder, { withFileTypes: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      for (const entry of entries) {
        const key = keyPrefix ? `${keyPrefix}/${entry.name}` : entry.name;
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) await walk(full, key);
        else if (!entry.name.endsWith('.partial') && key.startsWith(prefix))
          found.push({ key, lastModified: (await stat(full)).mtime });
      }
    };
    await walk(this.root, '');
    return found.sort((a, b) => a.key.localeCompare(b.key));
  }
}
