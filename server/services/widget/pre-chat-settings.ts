import type { z } from 'zod';
import type { PreChatField, PreChatSettings } from '../../../protocol/index.ts';
import type { preChatSettingsSchema } from '../../../protocol/schemas/pre-chat.ts';
import { newId } from '../../ids.ts';

/** Off, with nothing to ask: a fresh install answers at once and queues without a form. */
export const NO_PRE_CHAT: PreChatSettings = { enabled: false, fields: [] };

/** A new custom question gets its id here; answers are stored by it, so it never changes. */
export function withIds(input: z.output<typeof preChatSettingsSchema>): PreChatSettings {
  const fields = input.fields.map((f): PreChatField =>
    f.key === 'custom' ? { ...f, id: f.id ?? newId() } : f,
  );
  return { enabled: input.enabled, fields };
}
