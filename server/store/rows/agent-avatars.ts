/** An agent's photo columns as both engines select them (disabled as 0/1), and their mapper. */
import type { AgentAvatar } from '../types.ts';

export interface AvatarRaw {
  avatar: string | null;
  avatar_type: string | null;
  disabled: number;
}

export const toAvatar = (r: AvatarRaw): AgentAvatar | null =>
  r.avatar && r.avatar_type ? { key: r.avatar, type: r.avatar_type } : null;
