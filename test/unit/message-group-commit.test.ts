import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../server/clock.ts';
import { newId } from '../../server/ids.ts';
import { DATABASE_FILE, openSqliteStore } from '../../server/store/sqlite/open.ts';
import type { MessageDraft, Store } from '../../server/store/types.ts';
import { makeTempDir } from '../helpers/server.ts';
import { addVisitor, openConversationOf } from '../helpers/store-rows.ts';

const NOW = '2025-03-03T02:00:00.000Z';
const clock: Clock = { now: () => new Date(NOW) };

let dataDir: string;
let store: Store;
beforeEach(async () => {
  dataDir = await makeTempDir('kefu-group-');
  store = openSqliteStore(dataDir, clock);
});
afterEach(async () => {
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function newConversation(): Promise<string> {
  return openConversationOf(store, await addVisitor(store, NOW, 'en'), NOW, 'en');
}

function draft(body: string, id = newId()): MessageDraft {
  return { id, author: 'visitor', kind: 'text', body, faqId: null, payload: {}, createdAt: NOW };
}

/** What another connection to the same file sees: only what was committed. */
function committed(): { conversation_id: string; seq: number; body: string }[] {
  const reader = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
  try {
    return reader
      .prepare<[], { conversation_id: string; seq: number; body: string }>(
        'SELECT conversation_id, seq, body FROM messages ORDER BY conversation_id, seq',
      )
      .all();
  } finally {
    reader.close();
  }
}

describe('appends made in the same tick', () => {
  it('all commit, each conversation numbered in the order they were sent', async () => {
    const conversations = await Promise.all(Array.from({ length: 20 }, () => newConversation()));
    const sends = conversations.flatMap((id) =>
      [1, 2, 3, 4, 5].map((n) =>
        store.messages.append(id, [draft(`${id} #${n}`)], { clientId: newId() }),
      ),
    );
    const results = await Promise.all(sends);

    expect(results.map((r) => [r.duplicate, r.messages[0]?.seq])).toEqual(
      conversations.flatMap(() => [1, 2, 3, 4, 5].map((seq) => [false, seq])),
    );
    const rows = committed();
    expect(rows).toHaveLength(100);
    for (const id of conversations) {
      expect(rows.filter((r) => r.conversation_id === id).map((r) => [r.seq, r.body])).toEqual(
        [1, 2, 3, 4, 5].map((n) => [n, `${id} #${n}`]),
      );
      expect((await store.conversations.get(id))?.lastSeq).toBe(5);
    }
  });

  it('reject only the append that fails; the others commit without a gap in seq', async () => {
    const id = await newConversation();
    const taken = (await store.messages.append(id, [draft('first')], { clientId: newId() }))
      .messages[0]?.id;
    if (!taken) throw new Error('expected a stored message');

    const before = store.messages.append(id, [draft('before')], { clientId: newId() });
    // Its first draft is written before the second one's id clashes: both must go.
    const clash = store.messages.append(id, [draft('half'), draft('same id', taken)], {
      clientId: newId(),
    });
    const after = store.messages.append(id, [draft('after')], { clientId: newId() });

    await expect(clash).rejects.toThrow(/UNIQUE constraint failed/);
    expect((await before).messages[0]?.seq).toBe(2);
    expect((await after).messages[0]?.seq).toBe(3);
    expect(committed().map((r) => r.body)).toEqual(['first', 'before', 'after']);
    expect((await store.conversations.get(id))?.lastSeq).toBe(3);
  });

  it('return the first message for a clientId sent twice, stored once', async () => {
    const id = await newConversation();
    const clientId = newId();
    const [first, again] = await Promise.all([
      store.messages.append(id, [draft('hello')], { clientId }),
      store.messages.append(id, [draft('hello')], { clientId }),
    ]);
    expect(first.duplicate).toBe(false);
    expect(again.duplicate).toBe(true);
    expect(again.messages).toEqual(first.messages);
    expect(committed().map((r) => r.body)).toEqual(['hello']);
  });

  it('keep a conversation change made meanwhile and number after it', async () => {
    const id = await newConversation();
    const waiting = store.messages.append(id, [draft('still there?')], { clientId: newId() });
    const closed = await store.conversations.transition(
      id,
      { status: 'bot' },
      { status: 'closed', closedAt: NOW },
      null,
    );
    const notice = store.messages.append(id, [{ ...draft('closed'), author: 'system' }], {
      clientId: newId(),
    });

    expect(closed?.status).toBe('closed');
    expect([(await waiting).messages[0]?.seq, (await notice).messages[0]?.seq]).toEqual([1, 2]);
    expect(await store.conversations.get(id)).toMatchObject({ status: 'closed', lastSeq: 2 });
  });

  it('commit a handoff at once, so the next request already sees the queue', async () => {
    const id = await newConversation();
    const handoff = store.messages.append(id, [{ ...draft('queued'), author: 'system' }], {
      clientId: newId(),
      conversation: { status: 'queued', queuedAt: NOW },
      event: {
        conversationId: id,
        kind: 'queued',
        actorAgentId: null,
        agentId: null,
        departmentId: null,
        note: 'asked',
        at: NOW,
      },
    });
    expect((await store.conversations.get(id))?.status).toBe('queued');
    expect((await handoff).duplicate).toBe(false);
    expect(await store.conversations.listEvents(id)).toHaveLength(1);
  });
});
