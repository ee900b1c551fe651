import type { ChatMessage } from '../../protocol/message.ts';
import type { ReadMarks } from './messages.ts';
import type { Pending } from './pending.ts';

/** What survives a reload and is shared by tabs: the token and a cache of the conversation. */
export interface Saved {
  token: string | null;
  messages: ChatMessage[];
  pending: Pending[];
  /** Per conversation, the highest seq the visitor has seen with the panel open. */
  read: ReadMarks;
  /** A message was left for the team: their reply will come into the chat, so keep watching. */
  left: boolean;
  /** Online surveys (专项调查) this visitor answered or put off: never offered again. */
  surveysDone: string[];
  /** 公告 the visitor dismissed: not shown again. */
  noticesDone: string[];
  /** The visitor turned the new-message sound off (声音). */
  muted: boolean;
}

const KEY = 'kefu.chat.v1';
/** Enough for scrolling back; sync fills in anything newer. */
const KEEP = 200;

const EMPTY: Saved = {
  token: null,
  messages: [],
  pending: [],
  read: {},
  left: false,
  surveysDone: [],
  noticesDone: [],
  muted: false,
};

/** localStorage when the browser allows it (third-party iframes may be blocked), memory otherwise. */
function pickStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  try {
    localStorage.setItem(KEY + '.probe', '1');
    localStorage.removeItem(KEY + '.probe');
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) };
  }
}

const storage = pickStorage();

/** Earlier versions kept one `readSeq` for their one conversation: it becomes that one's mark. */
export function upgrade(saved: Partial<Saved> & { readSeq?: number }): Partial<Saved> {
  const { readSeq, ...rest } = saved;
  const conversationId = saved.messages?.[0]?.conversationId;
  if (saved.read || readSeq === undefined || !conversationId) return rest;
  return { ...rest, read: { [conversationId]: readSeq } };
}

export function load(): Saved {
  try {
    const saved = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Saved> | null;
    return { ...EMPTY, ...(saved && upgrade(saved)) };
  } catch {
    return EMPTY;
  }
}

export function save(state: Saved): void {
  const { token, messages, pending, read, left, surveysDone, noticesDone, muted } = state;
  try {
    const kept = messages.slice(-KEEP);
    const saved = { token, messages: kept, pending, read, left, surveysDone, noticesDone, muted };
    storage.setItem(KEY, JSON.stringify(saved));
  } catch {
    // Quota exceeded: the server still has everything, sync restores it.
  }
}
