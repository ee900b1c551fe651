import {
  ADMIN,
  MEIS_CHAT,
  PUBLIC,
  UNKNOWN,
  DUE,
  made,
  MEIS_TICKET,
  MEIS_TICKET_REFUSED,
  PROGRAM,
  SIGNED_IN,
  empty,
  ticket,
  unknown,
  upload,
  type Row,
} from './authz-rest.ts';

/** The work-order (工单) routes in the REST authorisation matrix. */
export const TICKET_ROWS: Row[] = [
  { method: 'GET', route: '/api/tickets', expected: SIGNED_IN(200) },
  { method: 'POST', route: '/api/tickets', body: empty, expected: SIGNED_IN(400) },
  {
    method: 'POST',
    route: '/api/tickets/from-left-message',
    body: () => ({ leftMessageId: UNKNOWN, type: 'complaint' }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'GET',
    route: '/api/tickets/:id',
    url: ticket('/api/tickets/:id'),
    note: ' (Mei’s ticket)',
    expected: MEIS_TICKET,
  },
  {
    method: 'GET',
    route: '/api/tickets/:id',
    url: unknown('/api/tickets/:id'),
    note: ' (unknown id)',
    expected: SIGNED_IN(404),
  },
  {
    method: 'PUT',
    route: '/api/tickets/:id',
    url: ticket('/api/tickets/:id'),
    body: () => ({ version: 99, priority: 'urgent', dueAt: DUE }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/status',
    url: ticket('/api/tickets/:id/status'),
    // A new ticket cannot be closed, whoever asks.
    body: () => ({ action: 'close', version: 1 }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/assign',
    url: ticket('/api/tickets/:id/assign'),
    body: () => ({ version: 99, ownerId: 'sam' }),
    expected: MEIS_TICKET_REFUSED,
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/notes',
    url: unknown('/api/tickets/:id/notes'),
    body: () => ({ body: 'hello' }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/replies',
    url: unknown('/api/tickets/:id/replies'),
    body: () => ({ body: 'hello', public: false }),
    expected: SIGNED_IN(404),
  },
  {
    method: 'POST',
    route: '/api/tickets/:id/follow-up',
    url: ticket('/api/tickets/:id/follow-up'),
    body: () => ({ version: 1, method: 'phone', result: 'ok', satisfaction: 5 }),
    expected: MEIS_TICKET_REFUSED,
  },
  { method: 'GET', route: '/api/admin/tickets/overdue', expected: ADMIN(200) },
  { method: 'GET', route: '/api/admin/ticket-contacts', expected: ADMIN(200) },
  {
    method: 'PUT',
    route: '/api/admin/ticket-contacts/:id',
    url: unknown('/api/admin/ticket-contacts/:id'),
    body: () => ({ agentIds: [] }),
    expected: ADMIN(404),
  },
];

/** The attachment routes in the REST authorisation matrix. */
export const FILE_ROWS: Row[] = [
  // The visitor's file routes want the visitor's token: a console cookie is nothing to them.
  {
    method: 'POST',
    route: '/api/visitor/attachments',
    url: () => upload('/api/visitor/attachments'),
    file: PROGRAM,
    expected: PUBLIC(401),
  },
  {
    method: 'GET',
    route: '/api/visitor/attachments/:id',
    url: () => `/api/visitor/attachments/${made.file}`,
    expected: PUBLIC(401),
  },
  {
    method: 'GET',
    route: '/api/visitor/transcript',
    url: () => '/api/visitor/transcript?format=txt',
    expected: PUBLIC(401),
  },
  {
    method: 'POST',
    route: '/api/conversations/:id/attachments',
    url: (cast) => upload(`/api/conversations/${cast.conversationId}/attachments`),
    file: PROGRAM,
    // Only the holder writes into a chat (the admin too is told it is not theirs).
    expected: { ...SIGNED_IN(415), otherDept: 404, admin: 403 },
  },
  {
    method: 'GET',
    route: '/api/attachments/:id',
    url: () => `/api/attachments/${made.file}`,
    note: ' (a file in Mei’s chat)',
    expected: MEIS_CHAT,
  },
  {
    method: 'GET',
    route: '/api/attachments/:id',
    url: unknown('/api/attachments/:id'),
    note: ' (unknown id)',
    expected: SIGNED_IN(404),
  },
  // Profile photos: Mei sets her own, the admin anyone's, Sam of Sales not Mei's.
  {
    method: 'PUT',
    route: '/api/agents/:id/avatar',
    url: () => '/api/agents/mei/avatar?name=me.png',
    file: PROGRAM,
    expected: { ...SIGNED_IN(415), otherDept: 403 },
  },
  {
    method: 'DELETE',
    route: '/api/agents/:id/avatar',
    url: () => '/api/agents/mei/avatar',
    expected: { ...SIGNED_IN(204), otherDept: 403 },
  },
  {
    method: 'GET',
    route: '/api/avatars/:id',
    url: unknown('/api/avatars/:id'),
    expected: PUBLIC(404),
  },
];

/** The survey (专项调查) routes: admins build them, visitors (by token) answer them. */
export const SURVEY_ROWS: Row[] = [
  { method: 'GET', route: '/api/admin/surveys', expected: ADMIN(200) },
  { method: 'POST', route: '/api/admin/surveys', body: empty, expected: ADMIN(400) },
  {
    method: 'GET',
    route: '/api/admin/surveys/:id',
    url: unknown('/api/admin/surveys/:id'),
    expected: ADMIN(404),
  },
  {
    method: 'PUT',
    route: '/api/admin/surveys/:id',
    url: unknown('/api/admin/surveys/:id'),
    body: empty,
    expected: ADMIN(400),
  },
  {
    method: 'POST',
    route: '/api/admin/surveys/:id/status',
    url: unknown('/api/admin/surveys/:id/status'),
    body: () => ({ status: 'open', version: 1 }),
    expected: ADMIN(404),
  },
  {
    method: 'GET',
    route: '/api/admin/surveys/:id/results',
    url: unknown('/api/admin/surveys/:id/results'),
    expected: ADMIN(404),
  },
  {
    method: 'GET',
    route: '/api/admin/surveys/:id/export',
    url: () => `/api/admin/surveys/${UNKNOWN}/export?format=csv`,
    expected: ADMIN(404),
  },
  // The visitor's survey routes want the visitor's token: a console cookie is nothing to them.
  {
    method: 'GET',
    route: '/api/surveys/:id',
    url: unknown('/api/surveys/:id'),
    expected: PUBLIC(401),
  },
  {
    method: 'POST',
    route: '/api/surveys/:id/responses',
    url: unknown('/api/surveys/:id/responses'),
    body: () => ({ clientId: 'authz-matrix-survey', channel: 'link', answers: [] }),
    expected: PUBLIC(401),
  },
];

/** 页面帮助 and 公告: admins only; a save naming a version nobody has is refused. */
export const PAGE_HELP_ROWS: Row[] = [
  { method: 'GET', route: '/api/admin/page-help', expected: ADMIN(200) },
  { method: 'PUT', route: '/api/admin/page-help/rules', body: empty, expected: ADMIN(400) },
  {
    method: 'PUT',
    route: '/api/admin/page-help/notices',
    body: () => ({ version: 99, notices: [] }),
    expected: ADMIN(409),
  },
];
