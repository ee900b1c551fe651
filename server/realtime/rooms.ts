/** Socket.IO room names, in one place: every socket of a visitor, and every socket following a conversation. */
export const rooms = {
  visitor: (visitorId: string) => `visitor:${visitorId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
};
