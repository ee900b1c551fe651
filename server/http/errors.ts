import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../../protocol/index.ts';
import type { Logger } from '../logger.ts';

/** REST errors share the ack's shape: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'not_found', `Nothing at ${req.method} ${req.path}`);
};

interface HttpError {
  status?: unknown;
  type?: unknown;
}

/** Body-parser failures become clear 4xx JSON; anything else is logged and hidden behind a 500. */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const { status, type } = (typeof err === 'object' && err !== null ? err : {}) as HttpError;
    if (type === 'entity.parse.failed') {
      return sendError(res, 400, 'invalid_input', 'The request body is not valid JSON.');
    }
    if (type === 'entity.too.large') {
      return sendError(res, 413, 'invalid_input', 'The request body is too large.');
    }
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return sendError(res, status, 'invalid_input', 'The request could not be read.');
    }
    logger.error({ err }, 'request failed');
    sendError(res, 500, 'internal', 'Something went wrong on our side. Please try again.');
  };
}
