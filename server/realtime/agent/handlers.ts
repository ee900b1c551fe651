import {
  agentMessageSendSchema,
  agentTypingSchema,
  closeSchema,
  conversationReadSchema,
  conversationRefSchema,
  emptySchema,
  noteAddSchema,
  statusSetSchema,
  transferSchema,
} from '../../../protocol/schemas/agent.ts';
import { addNote } from '../../services/agent/add-note.ts';
import { closeConversation } from '../../services/agent/close.ts';
import { directory } from '../../services/agent/directory.ts';
import { listChats, listQueue } from '../../services/agent/lists.ts';
import { openConversationView } from '../../services/agent/open-view.ts';
import { agentSendMessage } from '../../services/agent/send-message.ts';
import { takeConversation } from '../../services/agent/take.ts';
import { transferConversation } from '../../services/agent/transfer.ts';
import { agentTyping, markRead } from '../../services/agent/typing-read.ts';
import { setAgentStatus } from '../../services/agents/presence.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { acknowledge, type Acks } from '../acknowledge.ts';
import { inOrder } from '../in-order.ts';
import { rooms } from '../rooms.ts';
import type { AgentSocket } from './types.ts';

/** One line per event: validate, then one use case for the signed-in agent. */
export function registerAgentHandlers(socket: AgentSocket, deps: ServiceDeps, acks: Acks): void {
  const { agentId } = socket.data;
  socket.on(
    'status.set',
    acknowledge(acks, 'status.set', statusSetSchema, (input) =>
      setAgentStatus(deps, agentId, input),
    ),
  );
  socket.on(
    'queue.list',
    acknowledge(acks, 'queue.list', emptySchema, () => listQueue(deps, agentId)),
  );
  socket.on(
    'chat.list',
    acknowledge(acks, 'chat.list', emptySchema, () => listChats(deps, agentId)),
  );
  socket.on(
    'conversation.open',
    acknowledge(acks, 'conversation.open', conversationRefSchema, async (input) => {
      const view = await openConversationView(deps, agentId, input.conversationId);
      // Follows the conversation's live events from now on (messages, typing, notes).
      socket.join(rooms.conversation(input.conversationId));
      return view;
    }),
  );
  socket.on(
    'conversation.take',
    acknowledge(acks, 'conversation.take', conversationRefSchema, (input) =>
      takeConversation(deps, agentId, input.conversationId),
    ),
  );
  socket.on(
    'conversation.read',
    acknowledge(acks, 'conversation.read', conversationReadSchema, (input) =>
      markRead(deps, agentId, input),
    ),
  );
  socket.on(
    'conversation.transfer',
    acknowledge(acks, 'conversation.transfer', transferSchema, (input) =>
      transferConversation(deps, agentId, input),
    ),
  );
  socket.on(
    'conversation.close',
    acknowledge(acks, 'conversation.close', closeSchema, (input) =>
      closeConversation(deps, agentId, input),
    ),
  );
  const writes = inOrder();
  socket.on(
    'message.send',
    acknowledge(acks, 'message.send', agentMessageSendSchema, (input) =>
      writes(() => agentSendMessage(deps, agentId, input)),
    ),
  );
  socket.on(
    'note.add',
    acknowledge(acks, 'note.add', noteAddSchema, (input) => addNote(deps, agentId, input)),
  );
  socket.on(
    'typing.set',
    acknowledge(acks, 'typing.set', agentTypingSchema, (input) =>
      agentTyping(deps, agentId, input),
    ),
  );
  socket.on(
    'directory.get',
    acknowledge(acks, 'directory.get', emptySchema, () => directory(deps)),
  );
}
