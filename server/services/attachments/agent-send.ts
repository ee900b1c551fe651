import type { ChatMessage } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import { currentAgent, held } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { receiveFile, type Upload } from './receive.ts';

/**
 * The holding agent sends a file to the visitor: only the holder writes, as with replies, and
 * the first one sets the first-reply time. Idempotent by clientId.
 */
export async function agentSendAttachment(
  deps: ServiceDeps,
  agentId: string,
  conversationId: string,
  upload: Upload,
): Promise<ChatMessage> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await held(deps, agent, conversationId);
  const { id, attachment } = await receiveFile(deps, upload);
  const createdAt = deps.clock.now().toISOString();
  const { messages, duplicate } = await deps.store.messages
    .append(
      conversation.id,
      [
        {
          id,
          author: 'agent',
          kind: 'attachment',
          body: attachment.name,
          faqId: null,
          payload: { agent: { id: agent.id, name: agent.name }, attachment },
          createdAt,
        },
      ],
      { clientId: upload.clientId, conversation: { firstReplyAt: createdAt } },
    )
    .catch(async (err: unknown) => {
      await deps.files.delete([id]);
      throw err;
    });
  const [stored] = messages;
  if (duplicate || stored?.id !== id) await deps.files.delete([id]);
  if (!stored || stored.kind !== 'attachment' || stored.payload.agent?.id !== agent.id) {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  // Also for a resend: the node that stored it may have died before broadcasting it.
  deps.events.emit('message.created', stored);
  if (!duplicate) {
    const moved = await deps.store.conversations.setAgentReadSeq(conversation.id, stored.seq);
    if (moved) deps.events.emit('conversation.read', { conversationId: conversation.id });
  }
  return presentForVisitor(stored);
}
