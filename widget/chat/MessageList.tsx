import type { ComponentChildren, RefObject } from 'preact';
import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { loadComforts } from './lazy-comforts.ts';
import { loadForms } from './lazy-forms.ts';
import { help } from './lazy-help.tsx';
import { loadSurvey } from './lazy-survey.ts';
import { authorLabel, Message } from './Message.tsx';
import './messages.css';
import type { Pending } from './pending.ts';

interface Props {
  client: ChatClient;
  tx: Texts;
  /** Null while the admin's greeting is still on its way. */
  greeting: string | null;
  logRef: RefObject<HTMLDivElement | null>;
}

/** An unacknowledged message drawn as the visitor's bubble it will become. */
function draft(p: Pending): ChatMessage {
  const { clientId, body } = p;
  return {
    id: clientId,
    clientId,
    body,
    conversationId: '',
    seq: 0,
    author: 'visitor',
    kind: 'text',
    createdAt: '',
  };
}

/** The forms module once it has loaded; the chat redraws when it arrives. */
function formsOf(client: ChatClient) {
  return loadForms(() => client.onChange());
}

/** The rating form, or the thanks once rated: it belongs under the conversation it rates. */
function rating({ client, tx }: Props): ComponentChildren {
  const c = client.state.conversation;
  const loaded = c?.canRate ? formsOf(client) : null;
  if (c && loaded) {
    return (
      <loaded.RatingForm key="rate" client={client} tx={tx} conversationId={c.conversationId} />
    );
  }
  if (c?.status === 'closed' && c.rating !== null) {
    return (
      <p key="rated" class="notice">
        {tx.rateThanks}
      </p>
    );
  }
  return null;
}

/**
 * An online survey's invitation under the rating, where one may apply (after a chat an agent
 * closed, on a page a survey is placed on); the survey chunk picks it and asks the server.
 */
function survey({ client, tx }: Props): ComponentChildren {
  const closed = client.state.conversation?.status === 'closed';
  const placed = client.surveys.some(
    ({ placement: p }) => (closed && p.afterChat) || (client.page && p.pages.length > 0),
  );
  const loaded = placed ? loadSurvey(() => client.onChange()) : null;
  return loaded && <loaded.SurveyOffer key="survey" client={client} tx={tx} />;
}

/** The department picker, the leave-a-message or the pre-chat form, below everything else. */
function requests({ client, tx }: Props): ComponentChildren {
  const { departments, leave, preChat, conversation } = client.state;
  if (leave?.sent) {
    return (
      <p key="left" class="notice">
        {tx.leaveSent}
      </p>
    );
  }
  const queued = conversation?.status === 'queued';
  const loaded = departments || leave || preChat || queued ? formsOf(client) : null;
  if (!loaded) return null;
  if (departments) {
    return (
      <loaded.DepartmentPicker
        key="departments"
        client={client}
        tx={tx}
        departments={departments}
      />
    );
  }
  if (leave) {
    return <loaded.LeaveMessageForm key="leave" client={client} tx={tx} reason={leave.reason} />;
  }
  // Queued another way (a handoff phrase), the form asks the server whether it is still to fill.
  return (
    <loaded.PreChatForm key={preChat ? 'pre' : 'queued'} client={client} tx={tx} ask={preChat} />
  );
}

/**
 * The conversation: greeting, stored messages (older conversations above newer ones), then
 * what is still on its way. One keyed list (clientId, else id), so an acknowledged message
 * replaces its optimistic bubble in place.
 */
export function MessageList(props: Props) {
  const { client, tx, greeting, logRef } = props;
  const { messages, pending, conversation } = client.state;
  const items = [
    ...messages.map((m) => ({ m, p: undefined })),
    ...pending.map((p) => ({ m: draft(p), p })),
  ];
  // Fetched while a person has the chat, so the rating form is there the moment it closes.
  if (conversation?.status === 'queued' || conversation?.status === 'active') formsOf(client);
  // 已读 comes with the chunk the open panel fetched.
  const read = loadComforts()?.read(client);
  const helpChunk = help(client);
  const rated = conversation?.conversationId;
  const last = messages.reduce((at, m, i) => (m.conversationId === rated ? i : at), -1);
  // A new run of bubbles, or another agent, gets a name above it.
  const who = (m: ChatMessage | undefined) =>
    m ? `${m.author} ${authorLabel(m, tx)}` : `bot ${tx.bot}`;
  return (
    <div class="log" role="log" aria-live="polite" aria-label={tx.log} tabIndex={0} ref={logRef}>
      {greeting && (
        <div class="msg">
          <span class="who">{tx.bot}</span>
          <div class="bubble">{greeting}</div>
          {helpChunk && <helpChunk.HelpChips client={client} tx={tx} />}
        </div>
      )}
      {items.flatMap(({ m, p }, i) => [
        <Message
          key={m.clientId ?? m.id}
          m={m}
          client={client}
          tx={tx}
          pending={p}
          read={m.id === read?.id && read.text}
          label={m.author !== 'visitor' && who(items[i - 1]?.m) !== who(m)}
        />,
        i === last ? rating(props) : null,
        i === last ? survey(props) : null,
      ])}
      {last < 0 && rating(props)}
      {last < 0 && survey(props)}
      {requests(props)}
    </div>
  );
}
