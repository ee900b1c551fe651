/**
 * Socket.IO room names, in one place: every socket of a visitor, every socket following a
 * conversation, every console tab of an agent, every console tab of one sign-in, and the
 * consoles watching a department's queue (admins watch all of them).
 * Room names stay on the server, so the session room may carry the session id hash.
 */
export const rooms = {
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  agent: (agentId: string) => `agent:${agentId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  queue: (departmentId: string) => `queue:${departmentId}`,
  allQueues: 'queues',
};
