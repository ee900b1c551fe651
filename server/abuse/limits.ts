/**
 * Every limit that keeps one client from flooding Kefu, with its default. The rates are
 * overridable through the environment (server/config.ts, KEFU_LIMIT_*); the payload sizes are not.
 */

/** At most `points` actions per `seconds`, counted per key in a window from its first action. */
export interface Rate {
  points: number;
  seconds: number;
}

export interface AbuseLimits {
  /**
   * What one visitor writes (messages, left messages, ratings, 👍/👎, handoff requests), over
   * all their tabs: a short burst, and a sustained rate over a minute. Both must allow it.
   */
  visitorBurst: Rate;
  visitorSustained: Rate;
  /**
   * What all visitors behind one address write together. Only what their own limits let
   * through counts, so one visitor over theirs never uses up their neighbours' share.
   */
  addressWrites: Rate;
  /** Any event on one socket, reads and typing signals included. */
  socketEvents: Rate;
  /** New visitor sessions (POST /api/visitor/sessions) from one address. */
  addressSessions: Rate;
  /** Open Socket.IO connections from one address at once (each tab holds one). */
  addressConnections: number;
}

/**
 * People, not scripts, set these numbers:
 * - A visitor who types "hi", "are you there?", "order 1234", "it never came" in a few seconds
 *   sends four; pasting a list line by line, maybe ten. Twenty a minute is one every three
 *   seconds for a whole minute, faster than anyone types a question. A script sending one a
 *   second is stopped after twenty and waits for the minute to end.
 * - An office or a mobile carrier's CGNAT puts hundreds of people behind one address. 3,000
 *   a minute is 150 visitors all at their own limit at once, or over a thousand chatting at a
 *   human pace: only a whole address far beyond a large office is stopped.
 * - The widget sends `typing.set` at most every 2 s and `faq.suggest` after a 150 ms pause, the
 *   console about as often: a person stays under 6 events a second. 120 in 10 s is for scripts.
 * - A visitor session is made once per browser (again only when its storage is wiped), and the
 *   widget retries a refused one after a few seconds: 120 a minute lets a whole office arrive
 *   at nine o'clock, while one address cannot mint identities to dodge the visitor limits.
 * - 1,000 connections: more tabs than a large office has open on one shop's chat.
 */
export const DEFAULT_LIMITS: AbuseLimits = {
  visitorBurst: { points: 10, seconds: 10 },
  visitorSustained: { points: 20, seconds: 60 },
  addressWrites: { points: 3_000, seconds: 60 },
  socketEvents: { points: 120, seconds: 10 },
  addressSessions: { points: 120, seconds: 60 },
  addressConnections: 1_000,
};

/**
 * The largest Socket.IO frame the server reads (Socket.IO's `maxHttpBufferSize`); a larger one
 * closes the connection. Messages are at most MESSAGE_MAX_CHARS (2,000) characters: nothing
 * legitimate needs Socket.IO's 1 MB default.
 */
export const MAX_SOCKET_FRAME_BYTES = 64_000;

/**
 * JSON bodies under /api/ (Express's `json({ limit })`); a larger one is 413. Routes that take
 * more (FAQ entries, imports) parse their own bodies with their own limits.
 */
export const JSON_BODY_LIMIT = '16kb';
