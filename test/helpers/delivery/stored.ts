import { readDatabase, type DatabaseLocation } from '../database-rows.ts';

export interface StoredMessage {
  id: string;
  conversationId: string;
  seq: number;
  clientId: string | null;
}

/** What the database holds: each conversation's messages in seq order, and who holds it. */
export interface Stored {
  transcripts: Map<string, StoredMessage[]>;
  /** The agent holding each active conversation. */
  holders: Map<string, string>;
}

/**
 * Reads the server's database directly, beside the running server: what is there is what
 * survived, whatever any client was told.
 */
export function readStored(server: DatabaseLocation): Promise<Stored> {
  return readDatabase(server, async (db) => {
    const rows = await db.all<{
      id: string;
      conversation_id: string;
      seq: number;
      client_id: string | null;
    }>('SELECT id, conversation_id, seq, client_id FROM messages ORDER BY conversation_id, seq');
    const transcripts = new Map<string, StoredMessage[]>();
    for (const r of rows) {
      const message = {
        id: r.id,
        conversationId: r.conversation_id,
        seq: r.seq,
        clientId: r.client_id,
      };
      const list = transcripts.get(r.conversation_id);
      if (list) list.push(message);
      else transcripts.set(r.conversation_id, [message]);
    }
    const holders = await db.all<{ id: string; agent_id: string }>(
      `SELECT id, agent_id FROM conversations WHERE status = 'active' AND agent_id IS NOT NULL`,
    );
    return { transcripts, holders: new Map(holders.map((h) => [h.id, h.agent_id])) };
  });
}
