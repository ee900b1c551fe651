/**
 * Socket.IO room names, in one place: every socket of a visitor, every socket following a
 * conversation, and every console tab of an agent.
 */
export const rooms = {
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  agent: (agentId: string) => `agent:${agentId}`,
};
