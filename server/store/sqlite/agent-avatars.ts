import type { Database } from 'better-sqlite3';
import type { AgentAvatar, AgentRepository } from '../types.ts';
import { toAvatar, type AvatarRaw } from '../rows/agent-avatars.ts';

type AvatarAccess = Pick<AgentRepository, 'setAvatar' | 'avatarByKey'>;

/** Agents' profile photos: which file is whose; the bytes are in the file store. */
export function agentAvatars(db: Database): AvatarAccess {
  const byId = db.prepare<[string], AvatarRaw>(
    'SELECT avatar, avatar_type, disabled FROM agents WHERE id = ?',
  );
  const byKey = db.prepare<[string], AvatarRaw>(
    'SELECT avatar, avatar_type, disabled FROM agents WHERE avatar = ?',
  );
  const write = db.prepare<[string | null, string | null, string]>(
    'UPDATE agents SET avatar = ?, avatar_type = ? WHERE id = ?',
  );
  const replace = db.transaction((id: string, avatar: AgentAvatar | null) => {
    const current = byId.get(id);
    if (!current) return false;
    write.run(avatar?.key ?? null, avatar?.type ?? null, id);
    return toAvatar(current);
  });

  return {
    async setAvatar(id, avatar) {
      return replace(id, avatar);
    },
    async avatarByKey(key) {
      const raw = byKey.get(key);
      const avatar = raw && toAvatar(raw);
      return raw && avatar ? { ...avatar, disabled: raw.disabled === 1 } : null;
    },
  };
}
