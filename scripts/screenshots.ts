/**
 * Screenshots of the widget on the demo shop, for the docs: starts Kefu with the demo
 * knowledge base on a free port, asks the returns question in Chinese, in English and on a
 * phone-sized screen, and saves docs/widget-zh.png, docs/widget-en.png, docs/widget-mobile.png;
 * then plays a handoff between a visitor and the first admin (see screenshot-chat.ts).
 * The transcripts page searches what those scenes left (see screenshot-transcripts.ts); the
 * 工单 pages get work orders of their own (see screenshot-tickets.ts), the 问卷 pages a survey
 * answered by twenty visitors (see screenshot-surveys.ts), the pre-chat form in the widget
 * (screenshot-widget-prechat.ts), a survey in the widget (screenshot-widget-survey.ts), 已读 and
 * the chat's menu (screenshot-widget-read.ts), the agent's photo and the emoji picker
 * (screenshot-widget-avatar.ts), in-context
 * help and a notice in the widget and the console (screenshot-page-help.ts); the
 * monthly report runs
 * on a Kefu of its own with generated traffic (see screenshot-report.ts).
 * Needs the built bundles (`npm run build`) and Chromium at /usr/bin/chromium.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoFaqEntries } from '../knowledge/demo/index.ts';
import { assembleKefu } from '../server/assemble.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { launchChromium } from '../test/e2e/browser.ts';
import { takeAdminScenes, takeChatScene } from './screenshot-chat.ts';
import { takePageHelpScene } from './screenshot-page-help.ts';
import { takeReportScene } from './screenshot-report.ts';
import { takeSurveysScene } from './screenshot-surveys.ts';
import { takeTicketsScene } from './screenshot-tickets.ts';
import { takeTranscriptsScene } from './screenshot-transcripts.ts';
import { takeWidgetAvatarScene } from './screenshot-widget-avatar.ts';
import { takeWidgetPreChatScene } from './screenshot-widget-prechat.ts';
import { takeWidgetReadScene } from './screenshot-widget-read.ts';
import { takeWidgetSurveyScene } from './screenshot-widget-survey.ts';

const OUT = resolve(import.meta.dirname, '../docs');
const ADMIN_EMAIL = 'admin@kefu.local';
const ADMIN_PASSWORD = 'screenshot-password';

interface Shot {
  file: string;
  lang: 'zh-CN' | 'en';
  question: string;
  viewport: { width: number; height: number };
  scale: number;
}

const SHOTS: Shot[] = [
  {
    file: 'widget-zh.png',
    lang: 'zh-CN',
    question: '怎么申请退货？',
    viewport: { width: 1280, height: 800 },
    scale: 1,
  },
  {
    file: 'widget-en.png',
    lang: 'en',
    question: 'How do I return an item?',
    viewport: { width: 1280, height: 800 },
    scale: 1,
  },
  {
    file: 'widget-mobile.png',
    lang: 'zh-CN',
    question: '怎么申请退货？',
    viewport: { width: 390, height: 844 },
    scale: 2,
  },
];

const NAMES = {
  'zh-CN': { launcher: '在线客服', frame: '在线客服', input: '输入消息', helpful: '有帮助吗？' },
  en: {
    launcher: 'Chat with us',
    frame: 'Chat',
    input: 'Type a message',
    helpful: 'Was this helpful?',
  },
};

async function take(browser: Browser, url: string, shot: Shot): Promise<void> {
  const names = NAMES[shot.lang];
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: shot.scale,
    locale: shot.lang,
    isMobile: shot.scale > 1,
    hasTouch: shot.scale > 1,
  });
  const page = await context.newPage();
  await page.goto(`${url}/?lang=${shot.lang}`);
  await page.getByRole('button', { name: names.launcher, exact: true }).click();
  const chat = page.getByTitle(names.frame, { exact: true }).contentFrame();
  const input = chat.getByLabel(names.input);
  await input.fill(shot.question);
  await input.press('Enter');
  await chat.getByRole('group', { name: names.helpful }).waitFor();
  await page.mouse.move(0, 0);
  // Let the bubbles' fade-in finish.
  await page.waitForTimeout(400);
  await page.screenshot({ path: resolve(OUT, shot.file) });
  await context.close();
  console.log(`docs/${shot.file}`);
}

const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  KEFU_LOG_LEVEL: 'warn',
  KEFU_DEMO: 'true',
  KEFU_ADMIN_EMAIL: ADMIN_EMAIL,
  KEFU_ADMIN_PASSWORD: ADMIN_PASSWORD,
});
const logger = createLogger(config.logLevel);
const { app, store } = await assembleKefu({
  config,
  clock: systemClock,
  logger,
  seed: demoFaqEntries(),
  database: ':memory:',
});
const { url } = await app.listen(0);
const browser = await launchChromium();
try {
  await mkdir(OUT, { recursive: true });
  for (const shot of SHOTS) await take(browser, url, shot);
  const admin = { email: ADMIN_EMAIL, password: ADMIN_PASSWORD };
  await takeChatScene(browser, url, admin, OUT);
  await takeAdminScenes(browser, url, admin, OUT);
  await takeTranscriptsScene(browser, url, admin, OUT);
  await takeTicketsScene(browser, url, admin, OUT);
  await takeSurveysScene(browser, url, admin, OUT);
  await takeWidgetPreChatScene(browser, url, admin, OUT);
  await takeWidgetSurveyScene(browser, url, admin, OUT);
  await takeWidgetReadScene(browser, url, admin, OUT);
  await takeWidgetAvatarScene(browser, url, admin, OUT);
  await takePageHelpScene(browser, url, admin, OUT);
  await takeReportScene(browser, OUT);
} finally {
  await browser.close();
  await app.close();
  await store.close();
}
