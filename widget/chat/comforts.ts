import { chime, wake, wantsChime } from './chime.ts';
import type { ChatClient } from './client.ts';
import href from './comforts.css?url';
import { COMFORT_TEXTS } from './comforts-texts.ts';
import { looksStyled } from './looks.ts';
import { stylesheet } from './lazy.ts';
import { siteSound } from './Menu.tsx';
import { readMark } from './read-mark.ts';

/**
 * Fetched when first needed (App.tsx, main.tsx): the new-message sound, 已读 and the header's
 * menu (声音 on/off, 下载聊天记录).
 */
export const styled = Promise.all([stylesheet(href), looksStyled]);

// Browsers allow audio only after a gesture in the chat: each one may start the sound.
for (const type of ['pointerdown', 'keydown']) addEventListener(type, wake);

/** A new bot or agent message: a chime if the visitor may not see it and wants sound. */
export function notify(client: ChatClient): void {
  const { hidden } = document;
  if (wantsChime({ site: siteSound, muted: client.state.muted, hidden, open: client.open })) {
    chime();
  }
}

/** Which message carries 已读, and the word. */
export function read(client: ChatClient): { id: string | null; text: string } {
  const { messages, conversation } = client.state;
  return { id: readMark(messages, conversation), text: COMFORT_TEXTS[client.lang].read };
}

export { Avatar, EmojiPicker } from './looks.ts';
export { Menu } from './Menu.tsx';
