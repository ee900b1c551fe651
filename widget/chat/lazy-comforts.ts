import { lazy } from './lazy.ts';

/**
 * The new-message sound, 已读 and the header's menu (声音, 下载聊天记录): fetched when the panel
 * first opens, so they cost the chat's first download nothing.
 */
export const loadComforts = lazy(() => import('./comforts.ts').then((m) => m.styled.then(() => m)));
