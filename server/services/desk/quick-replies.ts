import type { z } from 'zod';
import type { QuickReply } from '../../../protocol/index.ts';
import type { quickReplySchema } from '../../../protocol/schemas/desk.ts';
import { newId } from '../../ids.ts';
import { presentQuickReply } from '../../presenters/desk.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock'>;
type QuickReplyInput = z.output<typeof quickReplySchema>;

export async function listQuickReplies(deps: Pick<ServiceDeps, 'store'>): Promise<QuickReply[]> {
  return (await deps.store.quickReplies.list()).map(presentQuickReply);
}

export async function createQuickReply(deps: Deps, input: QuickReplyInput): Promise<QuickReply> {
  await refuseTakenShortcut(deps, input, null);
  const now = deps.clock.now().toISOString();
  const row = { id: newId(), ...input, createdAt: now, updatedAt: now };
  await deps.store.quickReplies.create(row);
  return presentQuickReply(row);
}

export async function updateQuickReply(
  deps: Deps,
  id: string,
  input: QuickReplyInput,
): Promise<QuickReply> {
  const current = await deps.store.quickReplies.get(id);
  if (!current) throw notFound();
  await refuseTakenShortcut(deps, input, id);
  const row = { ...current, ...input, updatedAt: deps.clock.now().toISOString() };
  if (!(await deps.store.quickReplies.update(row))) throw notFound();
  return presentQuickReply(row);
}

export async function deleteQuickReply(
  deps: Pick<ServiceDeps, 'store'>,
  id: string,
): Promise<void> {
  if (!(await deps.store.quickReplies.delete(id))) throw notFound();
}

/**
 * One reply per shortcut and language, so `/nihao` always inserts the same text. Letter case
 * does not make a new shortcut: agents type it either way.
 */
async function refuseTakenShortcut(
  deps: Pick<ServiceDeps, 'store'>,
  input: QuickReplyInput,
  ownId: string | null,
): Promise<void> {
  const shortcut = input.shortcut.toLowerCase();
  const taken = (await deps.store.quickReplies.list()).some(
    (q) => q.id !== ownId && q.lang === input.lang && q.shortcut.toLowerCase() === shortcut,
  );
  if (taken) {
    throw new ServiceError('conflict', `The shortcut "${input.shortcut}" is already used.`);
  }
}

function notFound(): ServiceError {
  return new ServiceError('not_found', 'There is no such quick reply.');
}
