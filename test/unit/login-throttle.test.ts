import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/services/agents/password.ts';
import { login } from '../../server/services/auth/login.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { Store } from '../../server/store/types.ts';
import { FakeClock } from '../helpers/server.ts';

const EMAIL = 'mei@shop.example';
const PASSWORD = 'mei-password-1';

let clock: FakeClock;
let store: Store;
beforeEach(async () => {
  clock = new FakeClock();
  store = openSqliteStore(':memory:', clock);
  const at = clock.now().toISOString();
  await store.agents.create({
    id: 'mei',
    email: EMAIL,
    name: 'Mei',
    role: 'agent',
    passwordHash: await hashPassword(PASSWORD),
    maxChats: 5,
    lang: 'zh-CN',
    disabled: false,
    createdAt: at,
    updatedAt: at,
    departments: ['general'],
  });
});
afterEach(() => store.close());

const attempt = (password: string, ip: string) =>
  login({ store, clock }, { email: EMAIL, password }, ip).then((r) => r.kind);

describe('the sign-in lockout, per address', () => {
  it('locks the account only from the address that failed', async () => {
    for (let i = 0; i < 5; i += 1) await attempt('wrong', '203.0.113.7');
    expect(await attempt(PASSWORD, '203.0.113.7')).toBe('locked');
    expect(await attempt(PASSWORD, '198.51.100.2')).toBe('signed_in');
  });

  it('locks the account everywhere after 100 failures from many addresses', async () => {
    for (let i = 0; i < 100; i += 1) {
      expect(await attempt('wrong', `10.0.${Math.floor(i / 4)}.${i % 4}`)).toBe(
        i === 99 ? 'locked' : 'refused',
      );
    }
    expect(await attempt(PASSWORD, '198.51.100.2')).toBe('locked');
  });
});
