import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { ErrorCode } from '../../protocol/index.ts';
import type { Logger } from '../logger.ts';
import { ServiceError } from '../services/errors.ts';

/** REST errors share the ack's shape: `{ error: { code, message } }`. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

const STATUS: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
};

/** A service's refusal (not found, conflict …) as its HTTP status, with the same code and message. */
export function sendServiceError(res: Response, err: ServiceError): void {
  sendError(res, STATUS[err.code], err.code, err.message);
}

export const notFound: RequestHandler = (req, res) => {
  sendError(res, 404, 'not_found', `Nothing at ${req.method} ${req.path}`);
};

interface HttpError {
  status?: unknown;
  type?: unknown;
}

/**
 * Body-parser failures and service refusals become clear 4xx JSON; anything else is logged
 * and hidden behind a 500. Routes just await their service: Express 5 passes a rejection here.
 */
export function jsonErrors(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof ServiceError) return sendServiceError(res, err);
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
