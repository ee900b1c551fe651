import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/clock.ts';
import { availability } from '../../server/services/desk/availability.ts';
import { defaultDeskSettings, saveDeskSettings } from '../../server/services/desk/settings.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { Store } from '../../server/store/types.ts';

/** Monday 3 March 2025, 10:00 in Shanghai, and the Sunday before at the same hour. */
const MONDAY = new Date('2025-03-03T02:00:00Z');
const SUNDAY = new Date('2025-03-02T02:00:00Z');
const clock: Clock = { now: () => MONDAY };

let store: Store;
beforeEach(() => {
  store = openSqliteStore(':memory:', clock);
});
afterEach(() => store.close());

async function agentOnline(): Promise<void> {
  const now = MONDAY.toISOString();
  await store.agents.create({
    id: 'agent-mei',
    email: 'mei@shop.example',
    name: 'Mei Lin',
    role: 'agent',
    passwordHash: 'scrypt$1$1$1$x$y',
    maxChats: 5,
    lang: 'zh-CN',
    disabled: false,
    createdAt: now,
    updatedAt: now,
    departments: ['general'],
  });
  await store.agents.setStatus('agent-mei', { status: 'online', changedAt: now });
}

async function openOfficeHours(departmentPicker: boolean): Promise<void> {
  const settings = defaultDeskSettings();
  settings.businessHours.enabled = true;
  await saveDeskSettings({ store, clock }, { ...settings, departmentPicker });
}

describe('availability', () => {
  it('is open at any hour by default, but needs someone online', async () => {
    expect(await availability({ store }, SUNDAY)).toEqual({
      available: false,
      reason: 'no_agents',
      departments: null,
    });
    await agentOnline();
    expect(await availability({ store }, SUNDAY)).toEqual({
      available: true,
      reason: null,
      departments: null,
    });
  });

  it('is closed outside business hours even with an agent online', async () => {
    await agentOnline();
    await openOfficeHours(false);
    expect(await availability({ store }, SUNDAY)).toMatchObject({
      available: false,
      reason: 'closed',
    });
    expect(await availability({ store }, MONDAY)).toMatchObject({ available: true });
  });

  it('lists the departments when the picker is on', async () => {
    await openOfficeHours(true);
    expect(await availability({ store }, SUNDAY)).toEqual({
      available: false,
      reason: 'closed',
      departments: [
        { id: 'general', nameZh: '综合咨询', nameEn: 'General enquiries', isDefault: true },
      ],
    });
  });
});
