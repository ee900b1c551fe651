import type { NoteRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toNoteRow, type NoteRaw } from '../rows/notes.ts';

const COLUMNS = 'id, conversation_id, agent_id, client_id, body, created_at';

export function noteRepository(db: Sql): NoteRepository {
  return {
    async add(n) {
      // The conflict waits for a concurrent insert of the same clientId, so the read after it
      // finds whichever note was stored first.
      const changes = await db.run(
        `INSERT INTO conversation_notes (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (conversation_id, client_id) DO NOTHING`,
        [n.id, n.conversationId, n.agentId, n.clientId, n.body, n.createdAt],
      );
      const stored = await db.get<NoteRaw>(
        `SELECT ${COLUMNS} FROM conversation_notes WHERE conversation_id = $1 AND client_id = $2`,
        [n.conversationId, n.clientId],
      );
      if (!stored) throw new Error(`note ${n.id} vanished after insert`);
      return { note: toNoteRow(stored), duplicate: changes === 0 };
    },
    async list(conversationId) {
      const rows = await db.all<NoteRaw>(
        `SELECT ${COLUMNS} FROM conversation_notes WHERE conversation_id = $1
         ORDER BY created_at, rowid`,
        [conversationId],
      );
      return rows.map(toNoteRow);
    },
  };
}
