import { useRef, useState } from 'preact/hooks';
import { CLOSE_TYPES, type ConversationDetail } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import { TICKET_PRIORITIES } from '../protocol/tickets.ts';
import { DialogForm } from './DialogForm.tsx';
import type { Texts } from './i18n.ts';
import { ask, type AgentSocket } from './socket.ts';
import { TagInput } from './TagInput.tsx';
import { TICKET_WORDS } from './tickets/i18n-shared.ts';
import { departmentName, useDirectory } from './useDirectory.ts';

/** As many tags, and as long, as the close schema accepts. */
const MAX_TAGS = 10;
const TAG_MAX_CHARS = 40;

interface Props {
  lang: Language;
  tx: Texts;
  socket: AgentSocket;
  conversation: ConversationDetail;
  onDone: (closed: ConversationDetail) => void;
  onClose: () => void;
}

/**
 * 结束会话 with what the monthly analysis counts: the type (咨询/建议/意见/投诉), the
 * department (the chat's own by default), free tags and a one-line summary; and whether it
 * needs following up, which opens a 工单 (a complaint always gets one, server-side).
 */
export function CloseDialog({ lang, tx, socket, conversation, onDone, onClose }: Props) {
  const { directory, problem } = useDirectory(socket);
  const words = TICKET_WORDS[lang];
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const firstType = useRef<HTMLInputElement>(null);
  const initial =
    conversation.departmentId ?? directory?.departments.find((d) => d.isDefault)?.id ?? null;

  async function submit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const type = CLOSE_TYPES.find((t) => t === data.get('type'));
    if (!type) {
      setError(tx.pickType);
      firstType.current?.focus();
      return;
    }
    const draft = String(data.get('tagDraft') ?? '').trim();
    setError('');
    setBusy(true);
    const reply = await ask(socket, 'conversation.close', {
      conversationId: conversation.id,
      type,
      departmentId: String(data.get('department') ?? ''),
      tags: draft ? [...new Set([...tags, draft])] : tags,
      summary: String(data.get('summary') ?? '').trim(),
      ticket: {
        needsFollowUp: data.get('needsFollowUp') === 'on',
        priority: TICKET_PRIORITIES.find((p) => p === data.get('priority')) ?? 'normal',
      },
    });
    setBusy(false);
    if (reply.ok) return onDone(reply.data);
    setError(tx.failures[reply.problem]);
  }

  return (
    <DialogForm
      tx={tx}
      titleId="close-title"
      title={tx.closeTitle}
      submitLabel={tx.closeChat}
      busy={busy}
      ready={directory !== null}
      error={error}
      onSubmit={(form) => void submit(form)}
      onClose={onClose}
    >
      <fieldset class="choices">
        <legend>{tx.closeType}</legend>
        {CLOSE_TYPES.map((type, i) => (
          <label key={type}>
            <input ref={i === 0 ? firstType : undefined} type="radio" name="type" value={type} />
            {tx.closeTypes[type]}
          </label>
        ))}
      </fieldset>
      {directory ? (
        <label class="field">
          {tx.department}
          <select name="department">
            {directory.departments.map((d) => (
              <option key={d.id} value={d.id} selected={d.id === initial}>
                {departmentName(d, lang)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p class={problem ? 'alert' : 'muted'} role="status">
          {problem ? tx.failures[problem] : tx.loadingDirectory}
        </p>
      )}
      <div class="field">
        <TagInput
          id="close-tags"
          name="tagDraft"
          label={tx.tags}
          removeLabel={tx.removeTag}
          tags={tags}
          onChange={setTags}
          max={MAX_TAGS}
          maxChars={TAG_MAX_CHARS}
          separators={/[,，]/}
          listClass="tags"
          describedBy="close-tags-hint"
        />
        <p id="close-tags-hint" class="hint">
          {tx.tagsHint}
        </p>
      </div>
      <label class="field">
        {tx.summary}
        <input name="summary" maxLength={200} autocomplete="off" />
      </label>
      <fieldset class="choices close-ticket" aria-describedby="close-ticket-hint">
        <legend>{words.closeTicketTitle}</legend>
        <label>
          <input type="checkbox" name="needsFollowUp" />
          {words.needsFollowUp}
        </label>
        <label>
          {words.priority}
          <select name="priority">
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p} selected={p === 'normal'}>
                {words.priorities[p]}
              </option>
            ))}
          </select>
        </label>
        <p id="close-ticket-hint" class="hint">
          {words.complaintHint}
        </p>
      </fieldset>
    </DialogForm>
  );
}
