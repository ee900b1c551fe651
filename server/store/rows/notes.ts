/** A conversation_notes row as both engines hold it, and its mapper. */
import type { NoteRow } from '../types.ts';

export interface NoteRaw {
  id: string;
  conversation_id: string;
  agent_id: string;
  client_id: string;
  body: string;
  created_at: string;
}

export const toNoteRow = (r: NoteRaw): NoteRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  agentId: r.agent_id,
  clientId: r.client_id,
  body: r.body,
  createdAt: r.created_at,
});
