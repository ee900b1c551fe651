import type { PreChatAnswers } from '../../protocol/index.ts';
import type { StoredPreChat } from '../store/types.ts';

/** Pre-chat answers for the visitor's ack and the agent's panel: without the delivery id. */
export function presentPreChat({ clientId: _clientId, ...answers }: StoredPreChat): PreChatAnswers {
  return answers;
}
