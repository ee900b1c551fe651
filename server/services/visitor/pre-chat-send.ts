import type { z } from 'zod';
import type { PreChatAnswers, PreChatField } from '../../../protocol/index.ts';
import type { preChatSendSchema } from '../../../protocol/schemas/visitor.ts';
import { presentPreChat } from '../../presenters/pre-chat.ts';
import type { StoredPreChat } from '../../store/types.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { preChatAsked } from './pre-chat.ts';

type Input = z.output<typeof preChatSendSchema>;

const refuse = (field: string, why: string) =>
  new ServiceError('invalid_input', `${field}: ${why}`);

/** The visitor's answer to one field ('' when left empty), or a refusal if it was not asked. */
function answerOf(fields: Input['fields'], f: PreChatField): string {
  if (f.key === 'custom') return fields.custom?.[f.id] ?? '';
  if (f.key === 'department') return fields.departmentId ?? '';
  return fields[f.key] ?? '';
}

/** Anything sent that the form in force does not ask this visitor. */
function unasked(fields: Input['fields'], asked: PreChatField[]): string | null {
  const has = (key: PreChatField['key']) => asked.some((f) => f.key === key);
  for (const key of ['name', 'phone', 'email'] as const) {
    if (fields[key] !== undefined && !has(key)) return key;
  }
  if (fields.departmentId !== undefined && !has('department')) return 'departmentId';
  const ids = new Set(asked.flatMap((f) => (f.key === 'custom' ? [f.id] : [])));
  const stray = Object.keys(fields.custom ?? {}).find((id) => !ids.has(id));
  return stray === undefined ? null : `custom.${stray}`;
}

/**
 * `preChat.send`: checks the answers against the form in force (what it asks, what is required),
 * then stores them on the visitor as their own, unverified words, once. A resend with the same
 * clientId gets the stored answers; another form sent after them is `conflict`. A department
 * already waited in (queued by a handoff phrase, say) needs no choosing. Verified contact
 * details are never asked, so never overwritten.
 */
export async function sendPreChat(
  deps: Pick<ServiceDeps, 'store' | 'widget' | 'clock'>,
  actor: VisitorActor,
  input: Input,
): Promise<PreChatAnswers> {
  const stored = await deps.store.visitorIdentity.preChat(actor.visitorId);
  if (stored?.clientId === input.clientId) return presentPreChat(stored);
  const asked = stored ? null : await preChatAsked(deps, actor.visitorId);
  if (!asked) throw new ServiceError('conflict', 'There is no pre-chat form to fill in.');
  const { fields } = input;
  const stray = unasked(fields, asked);
  if (stray) throw refuse(stray, 'this form does not ask for it');
  const latest = await deps.store.conversations.latestFor(actor.visitorId);
  const waiting = latest?.status === 'queued' || latest?.status === 'active';
  for (const f of asked) {
    const name = f.key === 'custom' ? `custom.${f.id}` : f.key;
    if (f.required && !answerOf(fields, f) && !(f.key === 'department' && waiting)) {
      throw refuse(name, 'this field is required');
    }
  }
  if (fields.departmentId && !(await deps.store.departments.get(fields.departmentId))) {
    throw refuse('departmentId', 'there is no such department');
  }
  const saved: StoredPreChat = {
    clientId: input.clientId,
    name: fields.name || null,
    phone: fields.phone || null,
    email: fields.email || null,
    custom: asked.flatMap((f) => {
      const value = f.key === 'custom' ? answerOf(fields, f) : '';
      return f.key === 'custom' && value ? [{ id: f.id, label: f.label, value }] : [];
    }),
    at: deps.clock.now().toISOString(),
  };
  if (await deps.store.visitorIdentity.setPreChat(actor.visitorId, saved))
    return presentPreChat(saved);
  // Filled in meanwhile in another tab: the first answers stand.
  const first = await deps.store.visitorIdentity.preChat(actor.visitorId);
  if (first?.clientId === input.clientId) return presentPreChat(first);
  throw new ServiceError('conflict', 'The pre-chat form was already filled in.');
}
