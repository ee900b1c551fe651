import type { Readable } from 'node:stream';
import { Readable as ReadableStream } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { AttachmentFiles } from '../types/attachment-files.ts';
import type { Sql } from './sql.ts';

/**
 * Attachments in the shared database (attachment_files), so any node serves what another
 * received. A file is read whole before its one INSERT, so a failed upload stores nothing; the
 * upload limit (10 MB by default) bounds what that holds in memory.
 */
export function databaseFiles(db: Sql): AttachmentFiles {
  return {
    async put(key, body: Readable) {
      const bytes = await buffer(body);
      await db.run(
        'INSERT INTO attachment_files (key, bytes) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET bytes = $2',
        [key, bytes],
      );
    },
    async get(key) {
      const row = await db.get<{ bytes: Buffer }>(
        'SELECT bytes FROM attachment_files WHERE key = $1',
        [key],
      );
      return row ? { size: row.bytes.length, body: ReadableStream.from([row.bytes]) } : null;
    },
    async delete(keys) {
      if (keys.length === 0) return;
      await db.run('DELETE FROM attachment_files WHERE key = ANY ($1::text[])', [keys]);
    },
  };
}
