import { Fragment, type ComponentChildren } from 'preact';
import type { LeftMessage } from '../../protocol/desk.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import type { LeftMessageStatus } from './api.ts';
import { contactHref, formatTime, webLink } from './format.ts';
import type { DeskTexts } from './i18n.ts';

interface Props {
  tx: DeskTexts;
  lang: Language;
  status: LeftMessageStatus;
  messages: LeftMessage[];
  /** The open form under a message: "mark handled" or "make a ticket". */
  handling: { id: string; form: LeftMessageForm } | null;
  onHandle: (message: LeftMessage, form: LeftMessageForm) => void;
  form: (message: LeftMessage, form: LeftMessageForm) => ComponentChildren;
}

export type LeftMessageForm = 'handle' | 'ticket';

export const handleButtonId = (id: string, form: LeftMessageForm = 'handle') =>
  `left-${id}-${form}`;
const formId = (id: string, form: LeftMessageForm) =>
  form === 'handle' ? `handle-${id}` : `make-ticket-${id}`;

function PageLink({ url }: { url: string | null }) {
  const link = webLink(url);
  if (!link) return <>{url ?? '—'}</>;
  return (
    <a href={link.href} target="_blank" rel="noopener noreferrer">
      {link.host + link.pathname}
    </a>
  );
}

/** One row per message; an open one gets a button, and its form in a full-width row below. */
export function LeftMessageTable({ tx, lang, status, messages, handling, onHandle, form }: Props) {
  const open = status === 'open';
  const columns = open ? 7 : 9;
  const words = TICKET_WORDS[lang];
  const button = (m: LeftMessage, form: LeftMessageForm, label: string) => {
    const expanded = handling?.id === m.id && handling.form === form;
    return (
      <button
        type="button"
        class="secondary desk-nowrap"
        id={handleButtonId(m.id, form)}
        aria-describedby={`left-${m.id}-name`}
        aria-expanded={expanded}
        aria-controls={expanded ? formId(m.id, form) : undefined}
        onClick={() => onHandle(m, form)}
      >
        {label}
      </button>
    );
  };
  return (
    <table class="desk-table">
      <thead>
        <tr>
          <th scope="col">{tx.colTime}</th>
          <th scope="col">{tx.colName}</th>
          <th scope="col">{tx.colContact}</th>
          <th scope="col">{tx.colMessage}</th>
          <th scope="col">{tx.colPage}</th>
          <th scope="col">{tx.colLang}</th>
          {open ? (
            <th scope="col">{tx.colActions}</th>
          ) : (
            <>
              <th scope="col">{tx.colHandledBy}</th>
              <th scope="col">{tx.colHandledAt}</th>
              <th scope="col">{tx.colNote}</th>
            </>
          )}
        </tr>
      </thead>
      <tbody>
        {messages.map((m) => (
          <Fragment key={m.id}>
            <tr>
              <td class="desk-nowrap">{formatTime(m.createdAt, lang)}</td>
              <th scope="row" id={`left-${m.id}-name`}>
                {m.name}
              </th>
              <td>
                <a href={contactHref(m.contact)}>{m.contact}</a>
              </td>
              <td class="desk-text">{m.body}</td>
              <td class="desk-url">
                <PageLink url={m.pageUrl} />
              </td>
              <td class="desk-nowrap">{tx.languages[m.lang]}</td>
              {open ? (
                <td>
                  <div class="desk-actions">
                    {button(m, 'handle', tx.markHandled)}
                    {button(m, 'ticket', words.makeTicket)}
                  </div>
                </td>
              ) : (
                <>
                  <td>{m.handledByName ?? tx.removedAccount}</td>
                  <td class="desk-nowrap">{m.handledAt ? formatTime(m.handledAt, lang) : '—'}</td>
                  <td class="desk-text">{m.handledNote}</td>
                </>
              )}
            </tr>
            {open && handling?.id === m.id && (
              <tr class="desk-form-row">
                <td colSpan={columns}>{form(m, handling.form)}</td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
