import type { Language } from './language.ts';

/**
 * The pre-chat form (访客信息表): what the admin asks a visitor before a person takes the chat.
 * Off by default; keep it short.
 */
export const PRE_CHAT_BUILT_INS = ['name', 'phone', 'email', 'department'] as const;
export type PreChatBuiltIn = (typeof PRE_CHAT_BUILT_INS)[number];
/** The contact fields a verified customer's own record may already hold. */
export const PRE_CHAT_CONTACTS = ['name', 'phone', 'email'] as const;
export const PRE_CHAT_CUSTOM_MAX = 5;

/** One question of the form, in the admin's order. A custom one is a short text the admin words. */
export type PreChatField =
  | { key: PreChatBuiltIn; required: boolean }
  | { key: 'custom'; id: string; label: Record<Language, string>; required: boolean };

export interface PreChatSettings {
  enabled: boolean;
  fields: PreChatField[];
}

/**
 * What a visitor answered (ack of `preChat.send`, and the agent's visitor panel): their own
 * words, never verified. Custom answers keep the question's wording from when they were given.
 */
export interface PreChatAnswers {
  name: string | null;
  phone: string | null;
  email: string | null;
  custom: { id: string; label: Record<Language, string>; value: string }[];
  at: string;
}
