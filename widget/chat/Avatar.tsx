import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';

interface Props {
  client: ChatClient;
  /** The message whose run it starts (agents' only); without one, the agent holding the chat. */
  m?: ChatMessage;
}

/**
 * The agent's photo, else their initial, in a circle. The name is beside it, so it says
 * nothing to screen readers. Only the holder's photo is known: others show their initial.
 */
export function Avatar({ client, m }: Props) {
  const c = client.state.conversation;
  const name = (m ? m.author === 'agent' && (m.authorName ?? '') : c?.agentName) || '';
  const photo = c?.agentName === name ? c.agentAvatar : null;
  if (!name) return null;
  // The initial is drawn by the stylesheet, so the label's text stays the name alone; the
  // photo covers it, and a photo that no longer loads (replaced, removed) uncovers it.
  return (
    <i class="av" data-initial={[...name][0]} aria-hidden="true">
      {photo && <img src={photo} alt="" onError={(e) => (e.currentTarget.hidden = true)} />}
    </i>
  );
}
