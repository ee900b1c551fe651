import { useEffect, useRef, useState } from 'preact/hooks';
import type { AgentAdmin, DepartmentAdmin } from '../../protocol/admin.ts';
import type { Language } from '../../protocol/language.ts';
import { AvatarField } from '../AvatarField.tsx';
import { ConfirmRemove } from '../desk/ConfirmRemove.tsx';
import { draftOf, type AgentDraft, type AgentField } from './agent-draft.ts';
import { AgentForm } from './AgentForm.tsx';
import type { AdminTexts } from './i18n.ts';
import { PasswordForm } from './PasswordForm.tsx';
import type { FormProblem } from './refusal.ts';

export type RowMode = 'edit' | 'password' | 'deactivate';

interface Props {
  tx: AdminTexts;
  lang: Language;
  agent: AgentAdmin;
  /** The signed-in admin's own account. */
  self: boolean;
  departments: DepartmentAdmin[];
  mode: RowMode | null;
  onMode: (mode: RowMode | null) => void;
  onSave: (draft: AgentDraft) => Promise<FormProblem<AgentField> | null>;
  onPassword: (password: string) => Promise<string | null>;
  /** The refusal's message, or null when done. */
  onActive: (active: boolean) => Promise<string | null>;
}

const COLUMNS = 7;

/** One account in the table; its edit, password or deactivate step opens in a row below it. */
export function AgentRow(props: Props) {
  const { tx, lang, agent, mode } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const buttons = {
    edit: useRef<HTMLButtonElement>(null),
    password: useRef<HTMLButtonElement>(null),
    deactivate: useRef<HTMLButtonElement>(null),
  };
  const last = useRef<RowMode | null>(null);

  // Back from a step, focus returns to the button that opened it (after deactivating, to its
  // successor in the same place, 启用).
  useEffect(() => {
    if (mode === null && last.current) buttons[last.current].current?.focus();
    last.current = mode;
  }, [mode]);

  async function setActive(active: boolean): Promise<void> {
    setError('');
    setBusy(true);
    const refused = await props.onActive(active);
    setBusy(false);
    if (refused) setError(refused);
  }

  const names = new Map(props.departments.map((d) => [d.id, lang === 'en' ? d.nameEn : d.nameZh]));
  const open = (next: RowMode) => {
    setError('');
    props.onMode(next);
  };
  const close = () => props.onMode(null);
  return (
    <>
      <tr class={agent.active ? undefined : 'admin-inactive'}>
        <th scope="row">
          {agent.name}
          {props.self ? tx.you : ''}
        </th>
        <td>{agent.email}</td>
        <td>{tx.roles[agent.role]}</td>
        <td>{agent.departments.map((id) => names.get(id) ?? id).join(tx.listSeparator)}</td>
        <td>{agent.active ? tx.statuses[agent.status] : tx.deactivated}</td>
        <td>{tx.chats(agent.activeChats, agent.maxChats)}</td>
        <td>
          <div class="desk-actions">
            <button type="button" class="secondary" ref={buttons.edit} onClick={() => open('edit')}>
              {tx.edit}
              <span class="sr"> {agent.name}</span>
            </button>
            <button
              type="button"
              class="secondary"
              ref={buttons.password}
              onClick={() => open('password')}
            >
              {tx.resetPassword}
              <span class="sr"> {agent.name}</span>
            </button>
            {agent.active ? (
              <button
                type="button"
                class="secondary"
                ref={buttons.deactivate}
                onClick={() => open('deactivate')}
              >
                {tx.deactivate}
                <span class="sr"> {agent.name}</span>
              </button>
            ) : (
              <button
                type="button"
                class="secondary"
                ref={buttons.deactivate}
                disabled={busy}
                onClick={() => void setActive(true)}
              >
                {tx.reactivate}
                <span class="sr"> {agent.name}</span>
              </button>
            )}
          </div>
          <p class="alert" role="alert">
            {mode === null ? error : ''}
          </p>
        </td>
      </tr>
      {mode && (
        <tr class="desk-form-row">
          <td colSpan={COLUMNS}>
            {mode === 'edit' && (
              <AvatarField lang={lang} agentId={agent.id} name={agent.name} avatar={agent.avatar} />
            )}
            {mode === 'edit' && (
              <AgentForm
                tx={tx}
                lang={lang}
                departments={props.departments}
                initial={draftOf(agent)}
                adding={false}
                label={tx.editLabel(agent.name)}
                submitLabel={tx.save}
                onSubmit={props.onSave}
                onCancel={close}
              />
            )}
            {mode === 'password' && (
              <PasswordForm
                tx={tx}
                name={agent.name}
                onSubmit={props.onPassword}
                onCancel={close}
              />
            )}
            {mode === 'deactivate' && (
              <>
                <ConfirmRemove
                  question={tx.deactivateQuestion(agent.name)}
                  confirmLabel={busy ? tx.saving : tx.confirmDeactivate}
                  cancelLabel={tx.cancel}
                  busy={busy}
                  onConfirm={() => void setActive(false)}
                  onCancel={close}
                />
                <p class="alert" role="alert">
                  {error}
                </p>
              </>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
