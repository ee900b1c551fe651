import Database from 'better-sqlite3';

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
 * Reads the database file directly, read-only (SQLite's WAL lets it beside a running
 * server): what is there is what survived, whatever any client was told.
 */
export function readStored(databaseFile: string): Stored {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare<[], { id: string; conversation_id: string; seq: number; client_id: string | null }>(
        'SELECT id, conversation_id, seq, client_id FROM messages ORDER BY conversation_id, seq',
      )
      .all();
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
    const holders = db
      .prepare<[], { id: string; agent_id: string }>(
        `SELECT id, agent_id FROM conversations WHERE status = 'active' AND agent_id IS NOT NULL`,
      )
      .all();
    return { transcripts, holders: new Map(holders.map((h) => [h.id, h.agent_id])) };
  } finally {
    db.close();
  }
}
