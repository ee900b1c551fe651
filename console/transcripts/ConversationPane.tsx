import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConversationView } from '../../protocol/agent.ts';
import type { Directory } from '../../protocol/conversation.ts';
import type { VisitorErased } from '../../protocol/data-care.ts';
import type { Language } from '../../protocol/language.ts';
import { ChatOutcome } from '../ChatOutcome.tsx';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { dateTime } from '../format.ts';
import { TEXTS } from '../i18n.ts';
import { Transcript } from '../Transcript.tsx';
import { departmentName } from '../useDirectory.ts';
import { VisitorPanel } from '../VisitorPanel.tsx';
import { fetchConversation, TRANSCRIPT_FORMATS, transcriptHref } from './api.ts';
import { EraseVisitor } from './EraseVisitor.tsx';
import type { TranscriptsTexts } from './i18n.ts';
import '../chat-view.css';

interface Props {
  tx: TranscriptsTexts;
  lang: Language;
  id: string;
  /** The result list this conversation was opened from. */
  backHref: string;
  directory: Directory | null;
  /** Admins only: offers deleting everything about the visitor, and is told when it was. */
  onErased?: (() => void) | undefined;
}

/** Past conversations are read, never written: Transcript has nothing pending to retry. */
const noRetry = () => undefined;

/**
 * One stored conversation, read-only: the facts, the whole transcript with notes, how it ended,
 * the visitor panel, and the transcript as a file. No composer, transfer or close here.
 */
export function ConversationPane({ tx, lang, id, backHref, directory, onErased }: Props) {
  const chat = TEXTS[lang];
  const conversation = useResource(() => fetchConversation(id), id);
  const heading = useRef<HTMLHeadingElement>(null);
  // After a deletion the conversation is gone; the view keeps its visitor's name and says so.
  const [erased, setErased] = useState<{ done: VisitorErased; name: string } | null>(null);
  const state = conversation.state;
  const view: ConversationView | null = state.kind === 'ready' && !erased ? state.data : null;

  // The list was replaced by this view: start reading at its heading.
  useEffect(() => heading.current?.focus(), []);

  const c = view?.conversation;
  const department = c?.departmentId
    ? directory?.departments.find((d) => d.id === c.departmentId)
    : undefined;
  return (
    <section
      class="tr-view"
      aria-labelledby="tr-view-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) location.hash = backHref;
      }}
    >
      <p class="tr-back">
        <a href={backHref}>{tx.backToResults}</a>
      </p>
      <div class="tr-view-head">
        <h2 id="tr-view-title" ref={heading} tabIndex={-1}>
          {c ? chat.visitor(c.visitorCode) : (erased?.name ?? tx.opening)}
        </h2>
        {c && (
          <p class="tr-exports" role="group" aria-label={tx.download}>
            {TRANSCRIPT_FORMATS.map((f) => (
              <a key={f} class="secondary" href={transcriptHref(c.id, f, lang)} download>
                {tx.downloadAs(f.toUpperCase())}
              </a>
            ))}
          </p>
        )}
      </div>
      {erased && (
        <p class="desk-notice" role="status">
          {tx.erased(erased.done.deleted)}
        </p>
      )}
      {state.kind === 'failed' && (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={conversation.reload} />
      )}
      {view && c && (
        <div class="tr-view-body">
          <div class="tr-view-main">
            <dl class="tr-facts">
              <div>
                <dt>{tx.started}</dt>
                <dd>
                  <time dateTime={c.createdAt}>{dateTime(c.createdAt, lang)}</time>
                </dd>
              </div>
              {c.closedAt && (
                <div>
                  <dt>{tx.ended}</dt>
                  <dd>
                    <time dateTime={c.closedAt}>{dateTime(c.closedAt, lang)}</time>
                  </dd>
                </div>
              )}
              <div>
                <dt>{tx.status}</dt>
                <dd>{tx.statuses[c.status]}</dd>
              </div>
              <div>
                <dt>{tx.department}</dt>
                <dd>
                  {department ? departmentName(department, lang) : (c.departmentId ?? tx.none)}
                </dd>
              </div>
              <div>
                <dt>{tx.agent}</dt>
                <dd>{c.agentName ?? tx.none}</dd>
              </div>
              <div>
                <dt>{tx.messages}</dt>
                <dd>{view.messages.length}</dd>
              </div>
            </dl>
            <div class="chat-view tr-chat">
              <Transcript
                lang={lang}
                tx={chat}
                messages={view.messages}
                notes={view.notes}
                pending={[]}
                onRetry={noRetry}
              />
              {c.status === 'closed' ? (
                <ChatOutcome tx={chat} conversation={c} />
              ) : (
                <p class="outcome muted">{tx.still}</p>
              )}
            </div>
          </div>
          <div class="tr-view-side">
            <VisitorPanel lang={lang} tx={chat} visitor={view.visitor} />
            {onErased && (
              <EraseVisitor
                tx={tx}
                visitorId={c.visitorId}
                visitorName={chat.visitor(c.visitorCode)}
                onErased={(done) => {
                  setErased({ done, name: chat.visitor(c.visitorCode) });
                  onErased();
                  heading.current?.focus();
                }}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
