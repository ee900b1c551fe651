import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { attachmentMaxBytes, type Attachment } from '../../../protocol/index.ts';
import { newId } from '../../ids.ts';
import type { ServiceDeps } from '../deps.ts';
import { detectType } from './detect.ts';
import { AttachmentRefused } from './refused.ts';
import { spool } from './spool.ts';

/** An upload as the HTTP layer hands it over: the body stream, never the request. */
export interface Upload {
  clientId: string;
  /** The sender's file name (tidied by the schema): shown, never used as a path. */
  name: string;
  body: Readable;
  /** The Content-Length, when sent: a file known to be too large is refused unread. */
  length: number | undefined;
}

/**
 * Checks an upload against the site's limits (size as it streams, type by its bytes) and
 * stores it under a new message id, which the caller then uses for the message.
 */
export async function receiveFile(
  deps: Pick<ServiceDeps, 'files' | 'widget'>,
  upload: Upload,
): Promise<{ id: string; attachment: Attachment }> {
  const limits = deps.widget.current.attachments;
  if (limits.kinds.length === 0) {
    throw new AttachmentRefused('type_not_allowed', 'Files cannot be sent here.');
  }
  const maxBytes = attachmentMaxBytes(limits);
  if (upload.length !== undefined && upload.length > maxBytes) {
    throw new AttachmentRefused(
      'too_large',
      `The file is larger than ${limits.maxMb} MB, the largest allowed.`,
    );
  }
  const spooled = await spool(upload.body, maxBytes);
  try {
    const { type, image } = await detectType(spooled.path, upload.name, limits);
    const id = newId();
    await deps.files.put(id, createReadStream(spooled.path));
    return { id, attachment: { name: upload.name, type, size: spooled.size, image } };
  } finally {
    await spooled.discard();
  }
}
