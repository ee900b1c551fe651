import type { ChatMessage } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { ServiceError } from '../errors.ts';
import { handoffGap, noteGap } from '../faq/gaps/note.ts';
import { announceHandoff, handoff } from './handoff.ts';
import { openConversation } from './open-conversation.ts';

/**
 * The visitor presses 转人工: the conversation joins a department's queue (the one picked,
 * when the admin offers the picker or the pre-chat form asks for it) and a notice says so;
 * when nobody can answer, the notice offers the leave-a-message form instead. Idempotent by
 * clientId.
 */
export async function requestHandoff(
  deps: ServiceDeps,
  actor: VisitorActor,
  input: { clientId: string; departmentId?: string | undefined },
): Promise<ChatMessage> {
  const conversation = await openConversation(deps, actor);
  // Chosen in the picker, or in a pre-chat form that asks for the department.
  const { preChat } = deps.widget.current;
  const choosing =
    (await getDeskSettings(deps)).departmentPicker ||
    (preChat.enabled && preChat.fields.some((f) => f.key === 'department'));
  const picked = choosing ? input.departmentId : undefined;
  const at = deps.clock.now().toISOString();
  const gap = await handoffGap(deps, conversation);
  const change = await handoff(deps, conversation, actor.lang, 'asked', at, picked);
  const { messages, duplicate } = await deps.store.messages.append(
    conversation.id,
    [change.message],
    {
      clientId: input.clientId,
      ...(change.conversation && { conversation: change.conversation }),
      ...(change.event && { event: change.event }),
    },
  );
  const [notice] = messages;
  if (!notice || notice.kind !== 'notice') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  if (duplicate) return presentForVisitor(notice);
  deps.events.emit('message.created', notice);
  if (change.conversation) await announceHandoff(deps, notice);
  if (gap) noteGap(deps, gap, notice.id, at);
  return presentForVisitor(notice);
}
