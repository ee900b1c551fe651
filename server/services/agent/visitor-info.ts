import Bowser from 'bowser';
import type { VisitorInfo } from '../../../protocol/index.ts';
import { visitorCode } from '../../presenters/conversation.ts';
import { presentPreChat } from '../../presenters/pre-chat.ts';
import type { ConversationRow, VisitorRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';

/** How many earlier conversations the visitor panel lists. */
const PREVIOUS = 10;

/** The console's visitor panel: who, on which page, with what, and how earlier chats went. */
export async function visitorInfo(
  deps: Pick<ServiceDeps, 'store'>,
  visitor: VisitorRow,
  current: ConversationRow,
): Promise<VisitorInfo> {
  const latest = await deps.store.messages.latestBy(current.id, 'visitor');
  const conversations = await deps.store.conversations.listForVisitor(visitor.id, PREVIOUS + 1);
  const { browser, os } = describeClient(visitor.userAgent);
  const page = latest?.payload.page;
  const preChat = await deps.store.visitorIdentity.preChat(visitor.id);
  return {
    id: visitor.id,
    code: visitorCode(visitor.id),
    lang: visitor.lang,
    firstSeenAt: visitor.createdAt,
    lastSeenAt: visitor.lastSeenAt,
    userAgent: visitor.userAgent,
    browser,
    os,
    referrer: page?.referrer ?? visitor.referrer,
    page: page ? { url: page.url, ...(page.title && { title: page.title }) } : null,
    previousConversations: conversations
      .filter((c) => c.id !== current.id)
      .slice(0, PREVIOUS)
      .map((c) => ({
        id: c.id,
        createdAt: c.createdAt,
        closedAt: c.closedAt,
        closeType: c.closeType,
        closeSummary: c.closeSummary,
        rating: c.rating,
      })),
    identity: await deps.store.visitorIdentity.get(visitor.id),
    preChat: preChat && presentPreChat(preChat),
  };
}

/** "Chrome 131" and "Windows 10" from a User-Agent; null parts when the parser does not know. */
export function describeClient(userAgent: string | null): {
  browser: string | null;
  os: string | null;
} {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const join = (name?: string, version?: string) =>
    name ? [name, version].filter(Boolean).join(' ') : null;
  return {
    browser: join(parsed.browser.name, parsed.browser.version?.split('.')[0]),
    os: join(parsed.os.name, parsed.os.versionName ?? parsed.os.version),
  };
}
