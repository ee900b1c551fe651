import type { Readable } from 'node:stream';

/**
 * Where attachment bytes live, by key (the message's id): a directory under DATA_DIR now, an
 * object store later. Names, types and who may read a file are the messages' business.
 */
export interface AttachmentFiles {
  /** Stores the bytes under `key`, whole or not at all. */
  put(key: string, body: Readable): Promise<void>;
  /** The bytes and their length, or null when there is no such file. */
  get(key: string): Promise<{ size: number; body: Readable } | null>;
  /** Removes the files; keys with no file are skipped. */
  delete(keys: readonly string[]): Promise<void>;
}
