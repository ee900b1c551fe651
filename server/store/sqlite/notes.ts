import type { Database } from 'better-sqlite3';
import type { NoteRepository } from '../types.ts';
import { toNoteRow, type NoteRaw } from '../rows/notes.ts';

export function noteRepository(db: Database): NoteRepository {
  const insert = db.prepare<[NoteRaw]>(
    `INSERT INTO conversation_notes (id, conversation_id, agent_id, client_id, body, created_at)
     VALUES (@id, @conversation_id, @agent_id, @client_id, @body, @created_at)
     ON CONFLICT (conversation_id, client_id) DO NOTHING`,
  );
  const byClientId = db.prepare<[string, string], NoteRaw>(
    'SELECT * FROM conversation_notes WHERE conversation_id = ? AND client_id = ?',
  );
  const list = db.prepare<[string], NoteRaw>(
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
      return { note: toNoteRow(stored), duplicate: changes === 0 };
    },
    async list(conversationId) {
      return list.all(conversationId).map(toNoteRow);
    },
  };
}
