import { useState } from 'preact/hooks';
import type { ConversationDetail } from '../protocol/conversation.ts';
import type { Language } from '../protocol/language.ts';
import { DialogForm } from './DialogForm.tsx';
import type { Texts } from './i18n.ts';
import { ask, type AgentSocket } from './socket.ts';
import { departmentName, useDirectory } from './useDirectory.ts';

interface Props {
  lang: Language;
  tx: Texts;
  agentId: string;
  socket: AgentSocket;
  conversation: ConversationDetail;
  /** The chat is someone else's (or the queue's) now. */
  onDone: () => void;
  onClose: () => void;
}

/** 转接: to a colleague online now, or into a department's queue, with a note for agents. */
export function TransferDialog(props: Props) {
  const { lang, tx, agentId, socket, conversation, onDone, onClose } = props;
  const { directory, problem } = useDirectory(socket);
  const [chosen, setChosen] = useState<'agent' | 'department' | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const colleagues =
    directory?.agents.filter((a) => a.id !== agentId && a.status === 'online') ?? [];
  // Nobody to hand to: start on the departments.
  const target = chosen ?? (directory && colleagues.length === 0 ? 'department' : 'agent');

  async function submit(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const to =
      target === 'agent'
        ? { agentId: String(data.get('agent') ?? '') }
        : { departmentId: String(data.get('department') ?? '') };
    if (!(to.agentId || to.departmentId)) return setError(tx.noColleagues);
    const note = String(data.get('note') ?? '').trim();
    setError('');
    setBusy(true);
    const reply = await ask(socket, 'conversation.transfer', {
      conversationId: conversation.id,
      ...to,
      ...(note && { note }),
    });
    setBusy(false);
    if (reply.ok) return onDone();
    setError(reply.problem === 'conflict' ? tx.transferConflict : tx.failures[reply.problem]);
  }

  return (
    <DialogForm
      tx={tx}
      titleId="transfer-title"
      title={tx.transferTitle}
      submitLabel={tx.transfer}
      busy={busy}
      ready={directory !== null}
      error={error}
      onSubmit={(form) => void submit(form)}
      onClose={onClose}
    >
      <fieldset class="choices">
        <legend>{tx.transferTo}</legend>
        <label>
          <input
            type="radio"
            name="target"
            checked={target === 'agent'}
            onChange={() => setChosen('agent')}
          />
          {tx.toColleague}
        </label>
        <label>
          <input
            type="radio"
            name="target"
            checked={target === 'department'}
            onChange={() => setChosen('department')}
          />
          {tx.toDepartment}
        </label>
      </fieldset>
      {!directory ? (
        <p class={problem ? 'alert' : 'muted'} role="status">
          {problem ? tx.failures[problem] : tx.loadingDirectory}
        </p>
      ) : target === 'agent' ? (
        colleagues.length > 0 ? (
          <label class="field">
            {tx.colleague}
            <select name="agent">
              {colleagues.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} · {tx.load(a.activeChats, a.maxChats)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p class="muted">{tx.noColleagues}</p>
        )
      ) : (
        <label class="field">
          {tx.department}
          <select name="department">
            {directory.departments.map((d) => (
              <option key={d.id} value={d.id} selected={d.id === conversation.departmentId}>
                {departmentName(d, lang)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label class="field">
        {tx.transferNote}
        <textarea name="note" rows={3} maxLength={500} />
      </label>
    </DialogForm>
  );
}
