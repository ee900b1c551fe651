import type { RefObject } from 'preact';
import type { ChatClient } from './client.ts';
import { Composer } from './Composer.tsx';
import { loadComforts } from './lazy-comforts.ts';
import { sendFiles } from './lazy-files.ts';
import type { Texts } from './i18n.ts';
import { help } from './lazy-help.tsx';
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

/** The header's 更多 menu is open; what is in it comes with the comforts chunk. */
let menu = false;

export function App({ client, tx, greeting, logRef, onClose }: Props) {
  const { status, conversation, agentTyping } = client.state;
  const agent = conversation?.status === 'active' ? conversation.agentName : null;
  // The comforts chunk comes when needed: a person has or had the chat, the menu opens, or the
  // visitor first touches the chat (main.tsx), never with the chat's first download.
  const comforts = loadComforts(
    agent || menu || conversation?.agentReadSeq ? () => client.onChange() : undefined,
  );
  const helpChunk = help(client);
  // Asking again while queued or with an agent would change nothing.
  const withPerson = conversation?.status === 'queued' || agent !== null;
  return (
    <div
      class="app"
      onDragOver={(e) => e.dataTransfer?.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => sendFiles(client, e.dataTransfer?.files) && e.preventDefault()}
    >
      <header class="top">
        {agent && comforts && <comforts.Avatar client={client} />}
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
        <button
          type="button"
          class="close"
          aria-label={tx.more}
          aria-expanded={menu}
          onClick={() => {
            menu = !menu;
            client.onChange();
          }}
        >
          ⋯
        </button>
        {menu && comforts && <comforts.Menu client={client} />}
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
      {helpChunk && <helpChunk.Notices client={client} />}
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
