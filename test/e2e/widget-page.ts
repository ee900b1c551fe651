import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Accessible names, as a visitor's screen reader would announce them. */
export const NAMES = {
  'zh-CN': {
    launcher: '在线客服',
    you: '我',
    frame: '在线客服',
    input: '输入消息',
    send: '发送',
    handoff: '转人工',
    helpful: '有帮助吗？',
    yes: '有帮助',
    offline: '连接已断开，正在重连…',
    suggestions: '您可能想问',
  },
  en: {
    launcher: 'Chat with us',
    you: 'You',
    frame: 'Chat',
    input: 'Type a message',
    send: 'Send',
    handoff: 'Talk to a person',
    helpful: 'Was this helpful?',
    yes: 'Helpful',
    offline: 'Offline — reconnecting…',
    suggestions: 'You might be asking',
  },
} as const;

export type Lang = keyof typeof NAMES;

/** The demo shop with the widget, located the way a visitor finds things: by role and name. */
export class DemoShop {
  readonly names: (typeof NAMES)[Lang];
  readonly launcher: Locator;
  readonly chat: FrameLocator;

  constructor(
    readonly page: Page,
    readonly lang: Lang = 'zh-CN',
  ) {
    this.names = NAMES[lang];
    this.launcher = page.getByRole('button', { name: this.names.launcher, exact: true });
    this.chat = page.getByTitle(this.names.frame, { exact: true }).contentFrame();
  }

  static async open(context: BrowserContext, url: string, lang: Lang = 'zh-CN'): Promise<DemoShop> {
    const page = await context.newPage();
    await page.goto(lang === 'en' ? `${url}/?lang=en` : `${url}/`);
    return new DemoShop(page, lang);
  }

  get input(): Locator {
    return this.chat.getByLabel(this.names.input);
  }

  get log(): Locator {
    return this.chat.getByRole('log');
  }

  async openChat(): Promise<void> {
    await this.launcher.click();
    await expect.poll(() => this.launcher.getAttribute('aria-expanded')).toBe('true');
    await this.input.waitFor();
  }

  async ask(question: string): Promise<void> {
    await this.input.fill(question);
    await this.input.press('Enter');
  }

  /** Waits until the conversation shows `text`. */
  async sees(text: string): Promise<void> {
    await this.log.getByText(text).first().waitFor();
  }

  /** How many times the conversation shows the visitor saying `text`. */
  countMine(text: string): Promise<number> {
    return this.log.getByText(`${this.names.you}: ${text}`, { exact: true }).count();
  }
}

/** Whether `locator` has the keyboard focus in its own document (or shadow root). */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    return root.activeElement === el && el.ownerDocument.hasFocus();
  });
}
