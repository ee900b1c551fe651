import { lazy } from './lazy.ts';

/**
 * The renderer of bot answers (Markdown): fetched on the visitor's first click or keypress in
 * the chat, so it has arrived by the first answer, or when stored answers are shown.
 */
export const loadMarkdown = lazy(() => import('./Markdown.tsx'));
