import { useState } from 'preact/hooks';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { QuickReply } from '../../protocol/desk.ts';
import { LANGUAGES, type Language } from '../../protocol/language.ts';
import type { QuickReplyInput } from '../../protocol/schemas/desk.ts';
import type { Failure } from '../rest.ts';
import { createQuickReply, deleteQuickReply, fetchQuickReplies, updateQuickReply } from './api.ts';
import { DESK_TEXTS } from './i18n.ts';
import { LoadState } from './LoadState.tsx';
import { QuickReplyForm } from './QuickReplyForm.tsx';
import { QuickReplyItem } from './QuickReplyItem.tsx';
import { emptyDraft } from './reply-form.ts';
import { useResource } from './useResource.ts';
import './desk.css';
import './replies.css';

/** The order agents see them in the composer: by `sort`, then by shortcut. */
const byOrder = (a: QuickReply, b: QuickReply) =>
  a.sort - b.sort || a.shortcut.localeCompare(b.shortcut);

/** Admins keep the canned replies, grouped by the language they are written in. */
export function QuickRepliesPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = DESK_TEXTS[lang];
  const list = useResource(fetchQuickReplies, 'quick-replies');
  const [notice, setNotice] = useState('');
  const [warning, setWarning] = useState('');

  /** Another admin deleted it meanwhile: say so and show the list as it is now. */
  function gone(): null {
    setWarning(tx.qrGone);
    list.reload();
    return null;
  }

  async function add(input: QuickReplyInput): Promise<Failure | null> {
    setNotice('');
    setWarning('');
    const res = await createQuickReply(input);
    if (!res.ok) return res;
    list.update((all) => [...all, res.data]);
    setNotice(tx.qrAdded(res.data.shortcut));
    return null;
  }

  async function save(id: string, input: QuickReplyInput): Promise<Failure | null> {
    setNotice('');
    setWarning('');
    const res = await updateQuickReply(id, input);
    if (!res.ok) return res.problem === 'not_found' ? gone() : res;
    list.update((all) => all.map((q) => (q.id === id ? res.data : q)));
    setNotice(tx.qrSaved(res.data.shortcut));
    return null;
  }

  async function remove(reply: QuickReply): Promise<Failure | null> {
    setNotice('');
    setWarning('');
    const res = await deleteQuickReply(reply.id);
    // Already deleted by someone else is as deleted as can be.
    if (!res.ok && res.problem !== 'not_found') return res;
    list.update((all) => all.filter((q) => q.id !== reply.id));
    setNotice(tx.qrRemoved(reply.shortcut));
    return null;
  }

  const state = list.state;
  return (
    <section class="desk" aria-labelledby="replies-title">
      <h1 id="replies-title">{tx.qrTitle}</h1>
      <p class="desk-intro">{tx.qrIntro}</p>
      <section class="desk-card" aria-labelledby="replies-add">
        <h2 id="replies-add">{tx.qrAddTitle}</h2>
        <QuickReplyForm
          tx={tx}
          label={tx.qrAddTitle}
          initial={emptyDraft(lang)}
          submitLabel={tx.add}
          onSubmit={add}
        />
      </section>
      <p class="desk-notice" role="status">
        {notice}
      </p>
      <p class="alert" role="alert">
        {warning}
      </p>
      {state.kind !== 'ready' ? (
        <LoadState tx={tx} state={state} onRetry={list.reload} />
      ) : (
        LANGUAGES.map((l) => {
          const replies = state.data.filter((q) => q.lang === l).sort(byOrder);
          return (
            <section key={l} class="desk-group" aria-labelledby={`replies-${l}`}>
              <h2 id={`replies-${l}`}>{tx.languages[l]}</h2>
              {replies.length === 0 ? (
                <p class="desk-muted">{tx.qrNone}</p>
              ) : (
                <ul class="desk-replies">
                  {replies.map((q) => (
                    <QuickReplyItem
                      key={q.id}
                      tx={tx}
                      reply={q}
                      onSave={(input) => save(q.id, input)}
                      onRemove={() => remove(q)}
                    />
                  ))}
                </ul>
              )}
            </section>
          );
        })
      )}
    </section>
  );
}
