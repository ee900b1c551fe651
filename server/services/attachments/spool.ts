import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AttachmentRefused } from './refused.ts';

export interface Spooled {
  path: string;
  size: number;
  /** Removes the temporary copy; safe to call twice. */
  discard(): Promise<void>;
}

/**
 * Writes an upload to a temporary file, stopping as soon as it passes `maxBytes`: the type is
 * read from the whole file (Office files are zips, read from their end) before it is kept.
 */
export async function spool(body: Readable, maxBytes: number): Promise<Spooled> {
  const maxMb = maxBytes / 1_000_000;
  const dir = await mkdtemp(join(tmpdir(), 'kefu-upload-'));
  const discard = () => rm(dir, { recursive: true, force: true });
  const path = join(dir, 'file');
  let size = 0;
  const count = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size <= maxBytes) return done(null, chunk);
      done(
        new AttachmentRefused(
          'too_large',
          `The file is larger than ${maxMb} MB, the largest allowed.`,
        ),
      );
    },
  });
  try {
    await pipeline(body, count, createWriteStream(path));
  } catch (err) {
    await discard();
    throw err;
  }
  return { path, size, discard };
}
