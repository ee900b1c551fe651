import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VisitorIdentity } from '../../protocol/index.ts';
import type { Clock } from '../../server/clock.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { Store } from '../../server/store/types.ts';
import { addVisitor, openConversationOf } from '../helpers/store-rows.ts';

const NOW = '2025-03-03T02:00:00.000Z';
const clock: Clock = { now: () => new Date(NOW) };

let store: Store;
beforeEach(() => {
  store = openSqliteStore(':memory:', clock);
});
afterEach(async () => {
  await store.close();
});

const newVisitor = () => addVisitor(store, NOW);
const open = (visitorId: string) => openConversationOf(store, visitorId, NOW);

/**
 * A visitor's open conversation is read for every chat message and kept in memory between
 * reads: each of these writes must show at the next read, however the store was asked.
 */
describe("the visitor's open conversation, read again after each kind of change", () => {
  it('shows a conversation opened after the visitor was found to have none', async () => {
    const visitor = await newVisitor();
    expect(await store.conversations.openState(visitor)).toBeNull();
    const id = await open(visitor);
    expect(await store.conversations.openState(visitor)).toEqual({ id, status: 'bot' });
  });

  it('follows the status through the queue to its close', async () => {
    const visitor = await newVisitor();
    const id = await open(visitor);
    expect(await store.conversations.openState(visitor)).toEqual({ id, status: 'bot' });
    await store.conversations.transition(
      id,
      { status: 'bot' },
      { status: 'queued', queuedAt: NOW },
      null,
    );
    expect(await store.conversations.openState(visitor)).toEqual({ id, status: 'queued' });
    await store.conversations.transition(
      id,
      { status: 'queued' },
      { status: 'closed', closedAt: NOW },
      null,
    );
    expect(await store.conversations.openState(visitor)).toBeNull();
  });

  it('keeps what a change that did not apply left: a transition whose expectation failed', async () => {
    const visitor = await newVisitor();
    const id = await open(visitor);
    await store.conversations.openState(visitor);
    const refused = await store.conversations.transition(
      id,
      { status: 'active' },
      { status: 'closed', closedAt: NOW },
      null,
    );
    expect(refused).toBeNull();
    expect(await store.conversations.openState(visitor)).toEqual({ id, status: 'bot' });
  });

  it('forgets the conversation of a visitor who was erased', async () => {
    const visitor = await newVisitor();
    await open(visitor);
    await store.conversations.openState(visitor);
    await store.dataCare.eraseVisitor(visitor);
    expect(await store.conversations.openState(visitor)).toBeNull();
  });

  it('moves the open conversation to the customer a browser is merged into', async () => {
    const user42: VisitorIdentity = {
      verified: true,
      id: 'user-42',
      name: null,
      email: null,
      phone: null,
      tier: null,
      attributes: {},
    };
    const customer = await newVisitor();
    await store.visitorIdentity.linkVerified(customer, user42);
    const browser = await newVisitor();
    const id = await open(browser);
    expect(await store.conversations.openState(customer)).toBeNull();
    expect(await store.conversations.openState(browser)).toEqual({ id, status: 'bot' });

    expect(await store.visitorIdentity.linkVerified(browser, user42)).toBe(customer);
    expect(await store.conversations.openState(customer)).toEqual({ id, status: 'bot' });
    expect(await store.conversations.openState(browser)).toBeNull();
  });
});
