import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DepartmentAdmin } from '../../protocol/admin.ts';
import type { Language } from '../../protocol/language.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import { ConfirmRemove } from '../desk/ConfirmRemove.tsx';
import type { DepartmentDraft, DepartmentField } from './department-draft.ts';
import { DepartmentForm } from './DepartmentForm.tsx';
import type { AdminTexts } from './i18n.ts';
import type { FormProblem } from './refusal.ts';

export type DepartmentMode = 'rename' | 'remove' | 'contacts';

interface Props {
  tx: AdminTexts;
  lang: Language;
  department: DepartmentAdmin;
  mode: DepartmentMode | null;
  onMode: (mode: DepartmentMode | null) => void;
  onRename: (draft: DepartmentDraft) => Promise<FormProblem<DepartmentField> | null>;
  /** These answer with the refusal's message, or null when done. */
  onDefault: () => Promise<string | null>;
  onRemove: () => Promise<string | null>;
  /** Who receives its 工单, as a list of names ('' for nobody), and the form to change it. */
  contactNames: string;
  contactsForm: () => ComponentChildren;
}

const COLUMNS = 7;

/** One department; renaming and the delete question open in a row below it. */
export function DepartmentRow(props: Props) {
  const { tx, lang, department: d, mode } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const renameRef = useRef<HTMLButtonElement>(null);
  const removeRef = useRef<HTMLButtonElement>(null);
  const contactsRef = useRef<HTMLButtonElement>(null);
  const words = TICKET_WORDS[lang];
  const last = useRef<DepartmentMode | null>(null);
  const name = lang === 'en' ? d.nameEn : d.nameZh;

  useEffect(() => {
    if (mode === null && last.current === 'rename') renameRef.current?.focus();
    if (mode === null && last.current === 'remove') removeRef.current?.focus();
    if (mode === null && last.current === 'contacts') contactsRef.current?.focus();
    last.current = mode;
  }, [mode]);

  async function act(action: () => Promise<string | null>): Promise<void> {
    setError('');
    setBusy(true);
    const refused = await action();
    setBusy(false);
    if (refused) setError(refused);
  }

  return (
    <>
      <tr>
        <th scope="row">
          <code>{d.id}</code>
          {d.isDefault && <span class="admin-badge">{tx.isDefault}</span>}
        </th>
        <td>{d.nameZh}</td>
        <td>{d.nameEn}</td>
        <td>{d.agents}</td>
        <td>{d.openChats}</td>
        <td>{props.contactNames || <span class="desk-muted">{words.noContacts}</span>}</td>
        <td>
          <div class="desk-actions">
            <button
              type="button"
              class="secondary"
              ref={renameRef}
              onClick={() => props.onMode('rename')}
            >
              {tx.rename}
              <span class="sr"> {name}</span>
            </button>
            <button
              type="button"
              class="secondary"
              ref={contactsRef}
              aria-expanded={mode === 'contacts'}
              onClick={() => props.onMode(mode === 'contacts' ? null : 'contacts')}
            >
              {words.contactsEdit}
              <span class="sr"> {name}</span>
            </button>
            {!d.isDefault && (
              <button
                type="button"
                class="secondary"
                disabled={busy}
                onClick={() => void act(props.onDefault)}
              >
                {tx.makeDefault}
                <span class="sr"> {name}</span>
              </button>
            )}
            {d.deletable && (
              <button
                type="button"
                class="secondary"
                ref={removeRef}
                onClick={() => props.onMode('remove')}
              >
                {tx.remove}
                <span class="sr"> {name}</span>
              </button>
            )}
          </div>
          {d.blockedBy && d.blockedBy !== 'default' && (
            <small class="desk-muted">{tx.blockers[d.blockedBy]}</small>
          )}
          <p class="alert" role="alert">
            {mode === null ? error : ''}
          </p>
        </td>
      </tr>
      {mode && (
        <tr class="desk-form-row">
          <td colSpan={COLUMNS}>
            {mode === 'contacts' ? (
              props.contactsForm()
            ) : mode === 'rename' ? (
              <DepartmentForm
                tx={tx}
                initial={{ id: d.id, nameZh: d.nameZh, nameEn: d.nameEn }}
                adding={false}
                label={tx.renameLabel(d.id)}
                submitLabel={tx.save}
                onSubmit={props.onRename}
                onCancel={() => props.onMode(null)}
              />
            ) : (
              <>
                <ConfirmRemove
                  question={tx.removeQuestion(name)}
                  confirmLabel={busy ? tx.saving : tx.confirmRemove}
                  cancelLabel={tx.cancel}
                  busy={busy}
                  onConfirm={() => void act(props.onRemove)}
                  onCancel={() => props.onMode(null)}
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
