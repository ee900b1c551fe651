import type { RefObject } from 'preact';
import type { ChatClient } from './client.ts';
import { Composer } from './Composer.tsx';
import { sendFiles } from './lazy-files.ts';
import type { Texts } from './i18n.ts';
import { notices } from './lazy-help.tsx';
import { MessageList } from './MessageList.tsx';
import { QueueBanner } from './QueueBanner.tsx';

interface Props {
  client: ChatClient;
  tx: Texts;
  /** Null while the admin's greeting is still on its way. */
  greeting: string | null;
  logRef: RefObject<HTMLDivElement | null>;
  /** Present inside the widget's iframe: the close button asks the host page to hide the panel. */
  onClose: (() => void) | null;
}

export function App({ client, tx, greeting, logRef, onClose }: Props) {
  const { status, conversation, agentTyping } = client.state;
  const agent = conversation?.status === 'active' ? conversation.agentName : null;
  // Asking again while queued or with an agent would change nothing.
  const withPerson = conversation?.status === 'queued' || agent !== null;
  return (
    <div
      class="app"
      onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => sendFiles(client, e.dataTransfer?.files) && e.preventDefault()}
    >
      <header class="top">
        <div class="id">
          <h1>{tx.title}</h1>
          <p class={`status ${status}`}>
            {status !== 'online' ? tx.connecting : agent ? tx.serving(agent) : tx.online}
          </p>
        </div>
        {!withPerson && (
          <button type="button" class="handoff" onClick={() => void client.desk.askForPerson()}>
            {tx.handoff}
          </button>
        )}
        {onClose && (
          <button type="button" class="close" aria-label={tx.close} onClick={onClose}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        )}
      </header>
      <p class="banner" role="status">
        {status === 'offline' ? tx.offline : ''}
      </p>
      {notices(client)}
      <QueueBanner client={client} tx={tx} />
      <main>
        <MessageList client={client} tx={tx} greeting={greeting} logRef={logRef} />
        <p class="typing" role="status">
          {agentTyping ? tx.typing : ''}
        </p>
        <Composer client={client} tx={tx} />
      </main>
    </div>
  );
}
