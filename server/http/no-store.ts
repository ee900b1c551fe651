import type { RequestHandler } from 'express';

/** Console and admin answers are personal and change: no browser or proxy may keep them. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
