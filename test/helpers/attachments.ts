import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readDatabase, type DatabaseLocation } from './database-rows.ts';
import {
  ATTACHMENT_UPLOAD_TYPE,
  VISITOR_ATTACHMENTS_PATH,
  agentAttachmentPath,
  conversationAttachmentsPath,
  visitorAttachmentPath,
} from '../../protocol/index.ts';
import { newClientId } from './visitor-client.ts';

/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
/** The start of a PDF, as far as any type check reads. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n',
);
/** A Windows program's header (MZ … PE). */
export const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x40, 0, 0, 0]),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
]);

export interface UploadOptions {
  name: string;
  clientId?: string;
  /** Default: application/octet-stream, as the clients send. */
  contentType?: string;
}

function uploadInit(body: Buffer, auth: Record<string, string>, o: UploadOptions) {
  const query = new URLSearchParams({ clientId: o.clientId ?? newClientId(), name: o.name });
  return {
    query: `?${query}`,
    init: {
      method: 'POST',
      headers: { 'content-type': o.contentType ?? ATTACHMENT_UPLOAD_TYPE, ...auth },
      body: new Uint8Array(body),
    },
  };
}

/** POST /api/visitor/attachments, as the chat app does. */
export function visitorUpload(
  url: string,
  token: string,
  body: Buffer,
  options: UploadOptions,
): Promise<Response> {
  const { query, init } = uploadInit(body, { authorization: `Bearer ${token}` }, options);
  return fetch(`${url}${VISITOR_ATTACHMENTS_PATH}${query}`, init);
}

/** POST /api/conversations/:id/attachments, as the console does. */
export function agentUpload(
  url: string,
  cookie: string,
  conversationId: string,
  body: Buffer,
  options: UploadOptions,
): Promise<Response> {
  const { query, init } = uploadInit(body, { cookie }, options);
  return fetch(`${url}${conversationAttachmentsPath(conversationId)}${query}`, init);
}

export function visitorDownload(url: string, token: string, messageId: string): Promise<Response> {
  return fetch(`${url}${visitorAttachmentPath(messageId)}`, {
    headers: { authorization: `Bearer ${token}` },
  });
}

export function agentDownload(url: string, cookie: string, messageId: string): Promise<Response> {
  return fetch(`${url}${agentAttachmentPath(messageId)}`, { headers: { cookie } });
}

/**
 * Every attachment file the server keeps (finished or not), to see that nothing was left: under
 * DATA_DIR/attachments, or in the database's attachment_files on PostgreSQL.
 */
export async function storedFiles(server: DatabaseLocation): Promise<string[]> {
  if (server.databaseUrl !== null) {
    const rows = await readDatabase(server, (db) =>
      db.all<{ key: string }>('SELECT key FROM attachment_files ORDER BY key'),
    );
    return rows.map((r) => r.key);
  }
  const root = join(server.dataDir, 'attachments');
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}
