import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { demoFaqEntries } from '../knowledge/demo/index.ts';
import { assembleKefu } from '../server/assemble.ts';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/logger.ts';
import { getDeskSettings } from '../server/services/desk/settings.ts';
import { rowToFaqEntry } from '../server/services/faq/entries.ts';
import { addDays } from '../server/services/zoned-time.ts';
import { planStaff, planTraffic } from './traffic/plan.ts';
import { writeStaff, writeTraffic } from './traffic/write.ts';

const ADMIN = { email: 'admin@kefu.local', password: 'screenshot-password' };

/** `YYYY-MM-01` of the month `back` months before today's. */
function monthStart(now: Date, back: number): string {
  const d = new Date(Date.UTC(now.getFullYear(), now.getMonth() - back, 1));
  return d.toISOString().slice(0, 10);
}

/**
 * The monthly report for the docs (docs/console-report.png): a Kefu of its own, on a file
 * database filled with two months of generated traffic (the demo:traffic planner), so the
 * console's default month, the last complete one, has charts and a month to compare with.
 */
export async function takeReportScene(browser: Browser, out: string): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kefu-report-shot-'));
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    KEFU_LOG_LEVEL: 'warn',
    KEFU_ADMIN_EMAIL: ADMIN.email,
    KEFU_ADMIN_PASSWORD: ADMIN.password,
  });
  const { app, store } = await assembleKefu({
    config,
    clock: systemClock,
    logger: createLogger(config.logLevel),
    seed: demoFaqEntries(),
  });
  try {
    const now = systemClock.now();
    const at = now.toISOString();
    const entries = (await store.faqEntries.listPublished()).map(rowToFaqEntry);
    const general = await store.departments.getDefault();
    if (!general) throw new Error('the new database has no default department');
    const desk = await getDeskSettings({ store });
    const staff = planStaff(7, entries, general, at);
    await writeStaff(store, staff, at);
    await writeTraffic(
      config,
      planTraffic({
        seed: 7,
        from: monthStart(now, 2),
        to: addDays(monthStart(now, 0), -1),
        timeZone: desk.businessHours.timeZone,
        perDay: 80,
        entries,
        hours: desk.businessHours,
        staff,
        now,
      }),
    );
    const { url } = await app.listen(0);
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1300 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${url}/console`);
    await page.getByLabel('邮箱', { exact: true }).fill(ADMIN.email);
    await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByRole('link', { name: '月度分析', exact: true }).click();
    await page
      .getByRole('img', { name: /每日会话/ })
      .locator('svg')
      .waitFor();
    await page.mouse.move(0, 0);
    await page.screenshot({ path: resolve(out, 'console-report.png') });
    console.log('docs/console-report.png');
    await context.close();
  } finally {
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
