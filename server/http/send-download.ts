import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { ListDownload } from '../services/transcripts/list-export.ts';

/**
 * Streams an export as a download. Express writes a non-ASCII name (a Chinese title) as
 * `filename*`, with an ASCII stand-in. Once rows have gone out no error page can follow: the
 * download just breaks off; before that the error answers as usual.
 */
export async function sendDownload(res: Response, file: ListDownload): Promise<void> {
  res.attachment(file.filename);
  res.type(file.contentType);
  try {
    await pipeline(file.body, res);
  } catch (err) {
    if (res.headersSent) return void res.destroy();
    res.removeHeader('Content-Disposition');
    throw err;
  }
}
