import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AttachmentFiles } from '../types/attachment-files.ts';

/** The folder under DATA_DIR that holds the attachment files. */
export const ATTACHMENTS_FOLDER = 'attachments';

/** A file still being written; renamed to its key once whole. */
export const PART_SUFFIX = '.part';

/** Server-made ids only: a key never carries a client's file name or a path. */
const KEY = /^[A-Za-z0-9_-]{8,64}$/;

function checked(key: string): string {
  if (!KEY.test(key)) throw new Error(`not an attachment key: ${JSON.stringify(key)}`);
  return key;
}

/**
 * Attachments as files under `root` (DATA_DIR/attachments), fanned out by the key's first two
 * characters so no directory grows huge. A file is written beside its place and renamed into
 * it, so a crash mid-write never leaves half a file under a key.
 */
export function directoryFiles(root: string): AttachmentFiles {
  const pathOf = (key: string) => join(root, checked(key).slice(0, 2), key);
  return {
    async put(key, body: Readable) {
      const path = pathOf(key);
      const part = `${path}${PART_SUFFIX}`;
      await mkdir(join(root, key.slice(0, 2)), { recursive: true });
      try {
        await pipeline(body, createWriteStream(part, { flags: 'wx' }));
        await rename(part, path);
      } catch (err) {
        await rm(part, { force: true });
        throw err;
      }
    },
    async get(key) {
      const path = pathOf(key);
      try {
        const { size } = await stat(path);
        return { size, body: createReadStream(path) };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(keys) {
      await Promise.all(keys.map((key) => rm(pathOf(key), { force: true })));
    },
  };
}
