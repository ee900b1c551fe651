import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { LeftMessage } from '../../protocol/desk.ts';
import type { Language } from '../../protocol/language.ts';
import type { Failure } from '../rest.ts';
import { MakeTicketForm } from '../tickets/MakeTicketForm.tsx';
import { fetchLeftMessages, handleLeftMessage, type LeftMessageStatus } from './api.ts';
import { HandleForm } from './HandleForm.tsx';
import { DESK_TEXTS } from './i18n.ts';
import { handleButtonId, LeftMessageTable, type LeftMessageForm } from './LeftMessageTable.tsx';
import { LoadState } from './LoadState.tsx';
import { PANEL_ID, StatusTabs, tabId } from './StatusTabs.tsx';
import { useResource } from './useResource.ts';
import './desk.css';

/**
 * Every agent's list of messages visitors left, open or handled, and the ways to close them:
 * a note on how it was followed up, or a 工单 made of it.
 */
export function LeftMessagesPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = DESK_TEXTS[lang];
  const [status, setStatus] = useState<LeftMessageStatus>('open');
  const list = useResource(() => fetchLeftMessages(status), status);
  /** The message whose form is open; notes stay per message until it is handled. */
  const [handling, setHandling] = useState<{ id: string; form: LeftMessageForm } | null>(null);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [warning, setWarning] = useState('');
  const panelRef = useRef<HTMLDivElement>(null);
  /** Where focus goes once the next render is on screen. */
  const focusNext = useRef<(() => void) | null>(null);

  useEffect(() => {
    focusNext.current?.();
    focusNext.current = null;
  });

  function choose(next: LeftMessageStatus): void {
    setNotice('');
    setWarning('');
    setStatus(next);
  }

  function cancel(id: string, form: LeftMessageForm = 'handle'): void {
    setHandling(null);
    focusNext.current = () => document.getElementById(handleButtonId(id, form))?.focus();
  }

  async function submit(message: LeftMessage, note: string): Promise<Failure | null> {
    setNotice('');
    setWarning('');
    const res = await handleLeftMessage(message.id, note);
    if (!res.ok && res.problem !== 'conflict' && res.problem !== 'not_found') return res;
    setHandling(null);
    focusNext.current = () => panelRef.current?.focus();
    setNotes(({ [message.id]: _done, ...rest }) => rest);
    if (res.ok) {
      list.update((messages) => messages.filter((m) => m.id !== message.id));
      setNotice(tx.handledDone);
    } else {
      // Someone else was quicker (or it is gone): their version of the list is the true one.
      setWarning(res.problem === 'conflict' ? tx.alreadyHandled : tx.problems.not_found);
      list.reload();
    }
    return null;
  }

  const state = list.state;
  return (
    <section class="desk" aria-labelledby="left-title">
      <h1 id="left-title">{tx.leftTitle}</h1>
      <p class="desk-intro">{tx.leftIntro}</p>
      <StatusTabs tx={tx} status={status} onChoose={choose} />
      <p class="desk-notice" role="status">
        {notice}
      </p>
      <p class="alert" role="alert">
        {warning}
      </p>
      <div
        id={PANEL_ID}
        ref={panelRef}
        class="desk-panel"
        role="tabpanel"
        aria-labelledby={tabId(status)}
        tabIndex={0}
      >
        {state.kind !== 'ready' ? (
          <LoadState tx={tx} state={state} onRetry={list.reload} />
        ) : state.data.length === 0 ? (
          <p class="desk-muted">{status === 'open' ? tx.noOpen : tx.noHandled}</p>
        ) : (
          <LeftMessageTable
            tx={tx}
            lang={lang}
            status={status}
            messages={state.data}
            handling={handling}
            onHandle={(m, form) =>
              handling?.id === m.id && handling.form === form
                ? cancel(m.id, form)
                : setHandling({ id: m.id, form })
            }
            form={(m, form) =>
              form === 'ticket' ? (
                <MakeTicketForm lang={lang} message={m} onCancel={() => cancel(m.id, 'ticket')} />
              ) : (
                <HandleForm
                  tx={tx}
                  message={m}
                  note={notes[m.id] ?? ''}
                  onNote={(note) => setNotes((all) => ({ ...all, [m.id]: note }))}
                  onSubmit={(note) => submit(m, note)}
                  onCancel={() => cancel(m.id)}
                />
              )
            }
          />
        )}
      </div>
    </section>
  );
}
