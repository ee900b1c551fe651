import type { ChatMessage } from '../../../protocol/index.ts';
import { presentForVisitor } from '../../presenters/visitor.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { openConversation } from '../visitor/open-conversation.ts';
import { receiveFile, type Upload } from './receive.ts';

/**
 * A visitor sends a file: checked and stored, then a message of kind `attachment` in their open
 * conversation, idempotent by clientId like their text (a resend stores nothing new). The bot
 * does not answer files; an agent sees it like any other message.
 */
export async function visitorSendAttachment(
  deps: ServiceDeps,
  actor: VisitorActor,
  upload: Upload,
): Promise<ChatMessage> {
  const { id, attachment } = await receiveFile(deps, upload);
  const conversation = await openConversation(deps, actor);
  const { messages, duplicate } = await deps.store.messages
    .append(
      conversation.id,
      [
        {
          id,
          author: 'visitor',
          kind: 'attachment',
          body: attachment.name,
          faqId: null,
          payload: { attachment },
          createdAt: deps.clock.now().toISOString(),
        },
      ],
      { clientId: upload.clientId },
    )
    .catch(async (err: unknown) => {
      await deps.files.delete([id]);
      throw err;
    });
  const [stored] = messages;
  // A resend of a file already stored: the copy just received goes.
  if (duplicate || stored?.id !== id) await deps.files.delete([id]);
  if (!stored || stored.author !== 'visitor' || stored.kind !== 'attachment') {
    throw new ServiceError('conflict', 'this clientId was already used for something else');
  }
  // Also for a resend: the node that stored it may have died before broadcasting it.
  deps.events.emit('message.created', stored);
  return presentForVisitor(stored);
}
