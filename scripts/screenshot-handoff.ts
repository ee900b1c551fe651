import type { Browser, FrameLocator, Page } from 'playwright-core';
import type { ConversationSummary } from '../protocol/index.ts';
import { ConsoleTab } from '../test/helpers/agent-client.ts';
import { shopChat } from './screenshot-session.ts';

export interface HandedOff {
  desk: ConsoleTab;
  page: Page;
  chat: FrameLocator;
  conversationId: string;
  /** The agent answers in the chat. */
  say(body: string): Promise<unknown>;
  /** Closes the chat and the browser, so later scenes start as before. */
  end(): Promise<void>;
}

/**
 * For the scenes with a person in the chat: the admin's console (a socket, as the console's
 * own) is online, and a visitor on the demo shop asks for a person and is given to them.
 */
export async function visitorWithAdmin(
  browser: Browser,
  url: string,
  cookie: string,
): Promise<HandedOff> {
  const desk = await ConsoleTab.open(url, cookie);
  const assigned = new Promise<ConversationSummary>((done) =>
    desk.socket.once('conversation.assigned', done),
  );
  await desk.setStatus('online');
  const { page, chat } = await shopChat(browser, url);
  await chat.getByRole('banner').getByRole('button', { name: '转人工' }).click();
  const { id: conversationId } = await assigned;
  return {
    desk,
    page,
    chat,
    conversationId,
    say: (body) =>
      desk.call('message.send', { conversationId, clientId: crypto.randomUUID(), body }),
    async end() {
      await desk.call('conversation.close', {
        conversationId,
        type: 'consultation',
        departmentId: 'general',
        tags: [],
        summary: '',
      });
      desk.close();
      await page.context().close();
    },
  };
}
