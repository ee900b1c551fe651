import type { AgentRepository } from '../types.ts';
import type { Sql } from './sql.ts';
import { toAvatar, type AvatarRaw } from '../rows/agent-avatars.ts';

type AvatarAccess = Pick<AgentRepository, 'setAvatar' | 'avatarByKey'>;

/** Agents' profile photos: which file is whose; the bytes are in the file store. */
export function agentAvatars(db: Sql): AvatarAccess {
  return {
    // Reads the photo being replaced in the same transaction, so its file is freed exactly once.
    setAvatar(id, avatar) {
      return db.tx(async (sql) => {
        const current = await sql.get<AvatarRaw>(
          'SELECT avatar, avatar_type, disabled FROM agents WHERE id = $1',
          [id],
        );
        if (!current) return false;
        await sql.run('UPDATE agents SET avatar = $1, avatar_type = $2 WHERE id = $3', [
          avatar?.key ?? null,
          avatar?.type ?? null,
          id,
        ]);
        return toAvatar(current);
      });
    },
    async avatarByKey(key) {
      const raw = await db.get<AvatarRaw>(
        'SELECT avatar, avatar_type, disabled FROM agents WHERE avatar = $1',
        [key],
      );
      const avatar = raw && toAvatar(raw);
      return raw && avatar ? { ...avatar, disabled: raw.disabled === 1 } : null;
    },
  };
}
