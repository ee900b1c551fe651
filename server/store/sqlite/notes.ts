import type { Database } from 'better-sqlite3';
import type { NoteRepository, NoteRow } from '../types.ts';

interface Raw {
  id: string;
  conversation_id: string;
  agent_id: string;
  client_id: string;
  body: string;
  created_at: string;
}

const toRow = (r: Raw): NoteRow => ({
  id: r.id,
  conversationId: r.conversation_id,
  agentId: r.agent_id,
  clientId: r.client_id,
  body: r.body,
  createdAt: r.created_at,
});

export function noteRepository(db: Database): NoteRepository {
  const insert = db.prepare<[Raw]>(
    `INSERT INTO conversation_notes (id, conversation_id, agent_id, client_id, body, created_at)
     VALUES (@id, @conversation_id, @agent_id, @client_id, @body, @created_at)
     ON CONFLICT (conversation_id, client_id) DO NOTHING`,
  );
  const byClientId = db.prepare<[string, string], Raw>(
    'SELECT * FROM conversation_notes WHERE conversation_id = ? AND client_id = ?',
  );
  const list = db.prepare<[string], Raw>(
    'SELECT * FROM conversation_notes WHERE conversation_id = ? ORDER BY created_at, rowid',
  );

  return {
    async add(n) {
      const { changes } = insert.run({
        id: n.id,
        conversation_id: n.conversationId,
        agent_id: n.agentId,
        client_id: n.clientId,
        body: n.body,
        created_at: n.createdAt,
      });
      const stored = byClientId.get(n.conversationId, n.clientId);
      if (!stored) throw new Error(`note ${n.id} vanished after insert`);
      return { note: toRow(stored), duplicate: changes === 0 };
    },
    async list(conversationId) {
      return list.all(conversationId).map(toRow);
    },
  };
}
