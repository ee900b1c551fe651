import type { Readable } from 'node:stream';
import type { Attachment } from '../../../protocol/index.ts';
import type { MessageRow } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps, VisitorActor } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { readableTranscript } from '../transcripts/open.ts';

export interface OpenedAttachment {
  attachment: Attachment;
  size: number;
  body: Readable;
}

const missing = () => new ServiceError('not_found', 'No such file.');

async function attachmentMessage(
  deps: Pick<ServiceDeps, 'store'>,
  messageId: string,
): Promise<MessageRow & { payload: { attachment: Attachment } }> {
  const row = await deps.store.messages.get(messageId);
  const attachment = row?.kind === 'attachment' ? row.payload.attachment : undefined;
  if (!row || !attachment) throw missing();
  return { ...row, payload: { ...row.payload, attachment } };
}

async function bytesOf(
  deps: Pick<ServiceDeps, 'files'>,
  row: MessageRow & { payload: { attachment: Attachment } },
): Promise<OpenedAttachment> {
  const file = await deps.files.get(row.id);
  if (!file) throw missing();
  return { attachment: row.payload.attachment, ...file };
}

/** For the visitor: files of their own conversations only; any other reads as missing. */
export async function openAttachmentForVisitor(
  deps: Pick<ServiceDeps, 'store' | 'files'>,
  actor: VisitorActor,
  messageId: string,
): Promise<OpenedAttachment> {
  const row = await attachmentMessage(deps, messageId);
  const conversation = await deps.store.conversations.get(row.conversationId);
  if (conversation?.visitorId !== actor.visitorId) throw missing();
  return bytesOf(deps, row);
}

/** For an agent: whoever may read the conversation's transcript (会话记录) may read its files. */
export async function openAttachmentForAgent(
  deps: Pick<ServiceDeps, 'store' | 'files'>,
  agentId: string,
  messageId: string,
): Promise<OpenedAttachment> {
  const agent = await currentAgent(deps, agentId);
  const row = await attachmentMessage(deps, messageId);
  await readableTranscript(deps, agent, row.conversationId);
  return bytesOf(deps, row);
}
