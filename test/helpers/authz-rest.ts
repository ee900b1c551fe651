/** The REST authorisation matrix's vocabulary: who may call, what each caller gets. */
import type { Cast, Expected, Who } from './authz.ts';

/** Reachable by anyone: the visitor side, sign-in and the pages. */
export const PUBLIC = (status: number): Expected => ({
  anon: status,
  expired: status,
  deactivated: status,
  otherDept: status,
  agent: status,
  admin: status,
});
/** Any live console session; expired and deactivated ones are as signed out. */
export const SIGNED_IN = (status: number): Expected => ({
  anon: 401,
  expired: 401,
  deactivated: 401,
  otherDept: status,
  agent: status,
  admin: status,
});
export const ADMIN = (status: number): Expected => ({ ...SIGNED_IN(403), admin: status });
/** A conversation only the agent who held it (and admins) may read; others find nothing. */
export const MEIS_CHAT: Expected = { ...SIGNED_IN(200), otherDept: 404 };

export const UNKNOWN = 'no-such-id-0000';

/**
 * What the test makes in beforeAll, for rows to name: Mei's work order in the default
 * department and a file in her chat (Sam of Sales finds neither).
 */
export const made = { ticket: '', file: '' };

export const MEIS_TICKET: Expected = { ...SIGNED_IN(200), otherDept: 404 };
/** A write to Mei's ticket that its status or version refuses: reached, but nothing changes. */
export const MEIS_TICKET_REFUSED: Expected = { ...SIGNED_IN(409), otherDept: 404 };
export const ticket = (path: string) => () => path.replace(':id', made.ticket);
export const DUE = '2025-03-09T08:00:00.000Z';

export interface Row {
  method: string;
  /** The route as Express has it. */
  route: string;
  /** The address called; default the route itself. */
  url?: (cast: Cast, who: Who) => string;
  /** Sent as JSON. Writes an authorised caller may make send something that changes nothing. */
  body?: (who: Who) => unknown;
  /** Sent as a file instead (uploads): the raw bytes, as application/octet-stream. */
  file?: Uint8Array<ArrayBuffer>;
  /** Tells rows of one route apart in the test's name. */
  note?: string;
  /** The call ends the caller's session: each caller signs in afresh for it. */
  fresh?: true;
  expected: Expected;
}

export const conversation = (path: string) => (cast: Cast) =>
  path.replace(':id', cast.conversationId);
export const unknown = (path: string) => () => path.replace(':id', UNKNOWN);
export const empty = () => ({});

/** A program: whoever gets as far as the type check has it refused, and nothing is stored. */
export const PROGRAM = new Uint8Array([0x4d, 0x5a, ...new Array<number>(200).fill(0)]);
export const upload = (path: string) => `${path}?clientId=authz-matrix-file&name=setup.pdf`;
