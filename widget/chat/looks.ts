import href from './looks.css?url';
import { stylesheet } from './lazy.ts';

/**
 * The agent's photo and the emoji picker, part of the comforts chunk (comforts.ts), which
 * awaits this stylesheet with its own.
 */
export const looksStyled = stylesheet(href);

export { Avatar } from './Avatar.tsx';
export { EmojiPicker } from './EmojiPicker.tsx';
