import type { Request, RequestHandler, Response } from 'express';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { OpenedAttachment } from '../services/attachments/open.ts';
import { AttachmentRefused } from '../services/attachments/refused.ts';
import type { Upload } from '../services/attachments/receive.ts';
import { sendError } from './errors.ts';

/**
 * The request body as a stream the service may stop reading: refusing a file destroys this
 * copy, never the request, so the client still reads the answer.
 */
function bodyOf(req: Request): Readable {
  const body = new PassThrough();
  req.on('error', (err) => body.destroy(err));
  req.on('close', () => {
    if (!req.complete) body.destroy(new Error('the upload was cut off'));
  });
  return req.pipe(body);
}

export function uploadOf(req: Request, input: { clientId: string; name: string }): Upload {
  const length = Number(req.get('content-length'));
  return { ...input, body: bodyOf(req), length: Number.isFinite(length) ? length : undefined };
}

/**
 * An upload answered before its body was read (refused, or not signed in) reads the rest and
 * drops it: the browser gets to see the answer instead of a reset connection.
 */
export const settleUnreadBody: RequestHandler = (req, res, next) => {
  res.on('finish', () => {
    if (req.complete) return;
    req.unpipe();
    req.resume();
  });
  next();
};

/** 413 for a file over the size limit, 415 for a type not allowed; other errors pass on. */
export function sendRefusal(res: Response, err: unknown): boolean {
  if (!(err instanceof AttachmentRefused)) return false;
  sendError(res, err.reason === 'too_large' ? 413 : 415, err.code, err.message);
  return true;
}

/** `filename*` carries the real (UTF-8) name; `filename` an ASCII stand-in for old clients. */
function disposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Serves a stored file so that nothing in it can run on Kefu's origin: the type detected at
 * upload (never sniffed: nosniff), inline only for validated images, a download for anything
 * else, and a sandboxing CSP should a browser render it anyway.
 */
export async function sendAttachment(res: Response, file: OpenedAttachment): Promise<void> {
  const { attachment, size, body } = file;
  const type = attachment.type.startsWith('text/')
    ? `${attachment.type}; charset=utf-8`
    : attachment.type;
  res.set({
    'Content-Type': type,
    'Content-Length': String(size),
    'Content-Disposition': disposition(attachment.image ? 'inline' : 'attachment', attachment.name),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'private, no-store',
  });
  await pipeline(body, res);
}
