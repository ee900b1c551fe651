import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { loadComforts } from './lazy-comforts.ts';
import { loadFiles } from './lazy-files.ts';
import { loadMarkdown } from './lazy-markdown.ts';
import type { Pending } from './pending.ts';

interface Props {
  m: ChatMessage;
  client: ChatClient;
  tx: Texts;
  /** Name the sender when the author changes, as chat apps do. */
  label: boolean;
  /** Set while the server has not acknowledged it: the bubble shows sending / retry. */
  pending?: Pending;
  /** 已读 under the visitor's last message the agent has seen. */
  read?: string | false;
}

function Feedback({ m, client, tx }: Pick<Props, 'm' | 'client' | 'tx'>) {
  const vote = (helpful: boolean) => client.feedback(m, helpful);
  return (
    <div class="fb" role="group" aria-label={tx.helpful}>
      <span aria-hidden="true">{tx.helpful}</span>
      <button
        type="button"
        aria-label={tx.yes}
        aria-pressed={m.feedback === 'up'}
        onClick={() => vote(true)}
      >
        👍
      </button>
      <button
        type="button"
        aria-label={tx.no}
        aria-pressed={m.feedback === 'down'}
        onClick={() => vote(false)}
      >
        👎
      </button>
      {m.feedback && <span>{tx.thanks}</span>}
    </div>
  );
}

/** A notice from Kefu itself; when nobody can answer it offers the leave-a-message form. */
function Notice({ m, client, tx }: Pick<Props, 'm' | 'client' | 'tx'>) {
  if (!m.actions?.includes('leave_message')) return <p class="notice">{m.body}</p>;
  return (
    <div class="notice-box">
      <p class="notice">{m.body}</p>
      <button type="button" class="act" onClick={() => client.desk.openLeaveForm()}>
        {tx.leave}
      </button>
    </div>
  );
}

/** Who wrote it, as the label above a run of their bubbles shows. */
export function authorLabel(m: ChatMessage, tx: Texts): string {
  return m.author === 'agent' ? (m.authorName ?? tx.agent) : tx.bot;
}

export function Message({ m, client, tx, label, pending, read }: Props) {
  if (m.kind === 'notice') return <Notice m={m} client={client} tx={tx} />;
  // A bot answer waits for its renderer rather than showing its Markdown as raw text.
  const md = m.author === 'bot' ? loadMarkdown(() => client.onChange()) : null;
  if (m.author === 'bot' && !md) return null;
  const mine = m.author === 'visitor';
  // A file shows as its name until the file code has arrived.
  const files = m.kind === 'attachment' ? loadFiles(() => client.onChange()) : null;
  // The agent's photo comes with the comforts chunk, fetched when the panel opens.
  const looks = loadComforts();
  return (
    <div class={mine ? 'msg me' : 'msg'}>
      {label && (
        <span class="who">
          {looks && <looks.Avatar client={client} m={m} />}
          {authorLabel(m, tx)}
        </span>
      )}
      {files ? (
        <files.AttachmentView m={m} client={client} />
      ) : (
        <div class={pending ? 'bubble pending' : 'bubble'}>
          {mine ? <span class="sr">{tx.you}: </span> : null}
          {md ? <md.Markdown src={m.body} /> : m.body}
        </div>
      )}
      {m.ticketRef && (
        <span class="state">
          {tx.ticket} {m.ticketRef}
        </span>
      )}
      {read && <span class="state">{read}</span>}
      {pending && (
        <span class="state">
          {pending.failed ? tx.failed : pending.slow ? tx.slow : tx.sending}
          {pending.failed && (
            <button type="button" onClick={() => client.retry(pending.clientId)}>
              {tx.retry}
            </button>
          )}
        </span>
      )}
      {m.kind === 'answer' && <Feedback m={m} client={client} tx={tx} />}
      {m.suggestions?.length ? (
        <ul class="chips" aria-label={tx.suggested}>
          {m.suggestions.map((s) => (
            <li key={s.faqId}>
              <button type="button" onClick={() => client.send(s.question, s.faqId)}>
                {s.question}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {m.actions?.includes('handoff') && (
        <button type="button" class="act" onClick={() => void client.desk.askForPerson()}>
          {tx.handoff}
        </button>
      )}
    </div>
  );
}
