import { io } from 'socket.io-client';
import { expect, vi } from 'vitest';
import {
  VISITOR_NAMESPACE,
  type Ack,
  type ChatMessage,
  type DeskSettings,
} from '../../protocol/index.ts';
import { visitorCode } from '../../server/presenters/conversation.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { expectJson } from '../helpers/admin-api.ts';
import { ConsoleTab, signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { heldBy } from '../helpers/desk.ts';
import type { TestServer } from '../helpers/server.ts';
import {
  connected,
  createSession,
  newClientId,
  socketOptions,
  unwrap,
  type VisitorSocket,
} from '../helpers/visitor-client.ts';
import { hostile, MARKDOWN_ANSWER, short } from './xss-trap.ts';

/** The hostile agent: a name the widget, the chat list, the report and the transcripts show. */
export const AGENT = {
  email: 'hostile@kefu.local',
  password: 'hostile-password',
  name: `坐席 ${short('agent')}`,
};

/** Everything planted, by where it went in: what each page must show as plain text. */
export const PLANTED = {
  departmentZh: short('dept-zh'),
  departmentEn: short('dept-en'),
  quickReply: hostile('quick'),
  faqQuestion: `XSS 退货演练 <svg onload=__xss('faq-q')>`,
  faqSimilar: hostile('sim'),
  faqCategory: short('category'),
  visitorMessage: hostile('visitor'),
  pageTitle: hostile('title'),
  agentMessage: hostile('agent'),
  note: hostile('note'),
  tag: short('tag'),
  summary: `${short('summary')} <svg onload=__xss('summary2')>`,
  ratingComment: hostile('rating'),
  gapQuestion: `快递丢了找谁 <b onclick=__xss('gap')>`,
  leftName: short('left-name'),
  leftBody: hostile('left'),
  handledNote: hostile('handled'),
  /**
   * Addresses a visitor's page could claim (javascript: and data: ones are refused at the door,
   * see visitor-boundaries.test.ts): markup inside a web address stays text.
   */
  pageUrl: `https://shop.example/orders/"><svg onload=__xss('page-url')>`,
  referrer: `https://ref.example/?<script>__xss('referrer')</script>`,
  userAgent: `Mozilla/5.0 ${short('ua')}`,
  /** What a host page's unsigned `Kefu('identify')` claims: the visitor panel shows it. */
  identityName: short('id-name'),
  identityAttribute: short('id-attr'),
};

export interface XssScene {
  agent: ConsoleTab;
  /** The closed conversation: handed to the agent, answered, noted, closed, rated. */
  closed: string;
  /** The same visitor's next conversation, still held by the agent. */
  open: string;
  /** How the console names that visitor (访客 7F3A). */
  visitor: string;
}

/** A visitor whose browser reports a hostile User-Agent, as the socket handshake carries it. */
async function hostileVisitor(url: string): Promise<{ socket: VisitorSocket; code: string }> {
  const session = await createSession(url, 'zh-CN');
  const socket: VisitorSocket = io(`${url}${VISITOR_NAMESPACE}`, {
    ...socketOptions({ token: session.token, lang: 'zh-CN' }),
    extraHeaders: { 'user-agent': PLANTED.userAgent },
  });
  return { socket: await connected(socket), code: visitorCode(session.visitorId) };
}

/** The page a message was sent from: a hostile address and title, or a plain address. */
const hostilePage = { url: PLANTED.pageUrl, title: PLANTED.pageTitle, referrer: PLANTED.referrer };
const webPage = { ...hostilePage, url: 'https://shop.example/orders/42' };

/**
 * Plants hostile text in every field a person sees, each through its real door: admin REST for
 * the department, the account, the quick reply and the FAQ entry; visitor sockets for messages,
 * page details, the rating, a missed question and a left message; the agent's socket for the
 * reply, the note and the close.
 */
export async function plantXss(server: TestServer): Promise<XssScene> {
  const admin = await signIn(server.url);
  const api = (method: string, path: string, body?: unknown, cookie = admin) =>
    consoleRequest(server.url, method, path, cookie, body);
  const p = PLANTED;

  await expectJson(
    await api('POST', '/api/admin/departments', {
      id: 'xss',
      nameZh: p.departmentZh,
      nameEn: p.departmentEn,
    }),
    201,
  );
  await expectJson(
    await api('POST', '/api/admin/agents', {
      ...AGENT,
      role: 'agent',
      departments: ['general', 'xss'],
      maxChats: 10,
      lang: 'zh-CN',
    }),
    201,
  );
  await expectJson(
    await api('POST', '/api/quick-replies', { lang: 'zh-CN', shortcut: 'xss', body: p.quickReply }),
    201,
  );
  await expectJson(
    await api('POST', '/api/faq', {
      lang: 'zh-CN',
      question: p.faqQuestion,
      similar: [p.faqSimilar],
      answer: MARKDOWN_ANSWER,
      category: p.faqCategory,
      status: 'published',
    }),
    201,
  );
  const settings = await expectJson<DeskSettings>(await api('GET', '/api/settings'), 200);
  await expectJson(await api('PUT', '/api/settings', { ...settings, departmentPicker: true }), 200);

  const agentCookie = await signIn(server.url, { email: AGENT.email, password: AGENT.password });
  const agent = await ConsoleTab.open(server.url, agentCookie);
  await vi.waitFor(() => expect(agent.status).toBe('online'));
  const agentId = (await server.store.agents.findByEmail(AGENT.email))?.id ?? '';

  const { socket: visitor, code } = await hostileVisitor(server.url);
  unwrap(
    await visitor.timeout(5_000).emitWithAck('visitor.identify', {
      id: 'xss<1>',
      name: p.identityName,
      attributes: { note: p.identityAttribute },
    }),
  );
  const say = async (body: string, page: typeof webPage): Promise<ChatMessage> => {
    const ack: Ack<ChatMessage> = await visitor
      .timeout(5_000)
      .emitWithAck('message.send', { clientId: newClientId(), body, page });
    return unwrap(ack);
  };
  const handoff = async () =>
    unwrap(
      await visitor.timeout(5_000).emitWithAck('handoff.request', { clientId: newClientId() }),
    );
  const agentSays = async (
    conversationId: string,
    event: 'message.send' | 'note.add',
    body: string,
  ) => unwrap(await agent.call(event, { conversationId, clientId: newClientId(), body }));

  const closed = (await say(p.visitorMessage, hostilePage)).conversationId;
  await handoff();
  await heldBy(server, closed, agentId);
  await agentSays(closed, 'message.send', p.agentMessage);
  await agentSays(closed, 'note.add', p.note);
  unwrap(
    await agent.call('conversation.close', {
      conversationId: closed,
      type: 'complaint',
      departmentId: 'xss',
      tags: [p.tag],
      summary: p.summary,
    }),
  );
  await vi.waitFor(async () =>
    unwrap(
      await visitor.timeout(5_000).emitWithAck('rating.send', {
        conversationId: closed,
        score: 1,
        comment: p.ratingComment,
      }),
    ),
  );

  const open = (await say(p.visitorMessage, webPage)).conversationId;
  await handoff();
  await heldBy(server, open, agentId);
  // After the request for a person: the visitor panel shows the page of the latest message.
  await say(p.visitorMessage, webPage);
  await agentSays(open, 'message.send', p.agentMessage);
  await agentSays(open, 'note.add', p.note);

  const { socket: asker } = await hostileVisitor(server.url);
  unwrap(
    await asker
      .timeout(5_000)
      .emitWithAck('message.send', { clientId: newClientId(), body: p.gapQuestion }),
  );
  for (const name of [p.leftName, `${p.leftName} 2`]) {
    unwrap(
      await asker.timeout(5_000).emitWithAck('leftMessage.send', {
        clientId: newClientId(),
        name,
        contact: 'visitor@example.com',
        body: p.leftBody,
        page: hostilePage,
      }),
    );
  }
  const [handled] = await server.store.leftMessages.list('open', 10);
  await expectJson(
    await api(
      'POST',
      `/api/left-messages/${handled?.id ?? ''}/handle`,
      { note: p.handledNote },
      agentCookie,
    ),
    200,
  );
  asker.close();
  visitor.close();
  // The server indexes new messages on a timer, and the test server's clock stands still.
  await catchUpSearchIndex({ store: server.store });
  return { agent, closed, open, visitor: `访客 ${code}` };
}
