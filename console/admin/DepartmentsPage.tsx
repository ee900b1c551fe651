import { useState } from 'preact/hooks';
import type { AgentAdmin, DepartmentAdmin } from '../../protocol/admin.ts';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import { fetchTicketContacts, saveTicketContacts } from '../tickets/api.ts';
import { TICKET_WORDS } from '../tickets/i18n-shared.ts';
import type { Result } from '../rest.ts';
import {
  createDepartment,
  deleteDepartment,
  fetchDepartments,
  fetchAgents,
  makeDefault,
  renameDepartment,
} from './api.ts';
import { departmentProblem, EMPTY_DEPARTMENT, type DepartmentDraft } from './department-draft.ts';
import { DepartmentForm } from './DepartmentForm.tsx';
import { DepartmentRow, type DepartmentMode } from './DepartmentRow.tsx';
import { ADMIN_TEXTS } from './i18n.ts';
import { TicketContactsForm } from './TicketContactsForm.tsx';
import '../desk/desk.css';
import './admin.css';

/** Who receives each department's 工单, and the accounts that could. */
interface Contacts {
  byDepartment: Map<string, string[]>;
  agents: AgentAdmin[];
}

async function fetchContacts(): Promise<Result<Contacts>> {
  const [contacts, agents] = await Promise.all([fetchTicketContacts(), fetchAgents()]);
  if (!contacts.ok) return contacts;
  if (!agents.ok) return agents;
  const byDepartment = new Map(contacts.data.contacts.map((c) => [c.departmentId, c.agentIds]));
  return { ok: true, data: { byDepartment, agents: agents.data } };
}

/**
 * 部门: add, rename, choose the default, and name who receives its 工单. Only a department
 * nothing refers to can be deleted; the list says why the others cannot.
 */
export function DepartmentsPage({ lang }: { lang: Language; agent: AgentProfile }) {
  const tx = ADMIN_TEXTS[lang];
  const list = useResource(fetchDepartments, 'departments');
  const contacts = useResource(fetchContacts, 'ticket-contacts');
  const words = TICKET_WORDS[lang];
  const [open, setOpen] = useState<{ id: string; mode: DepartmentMode } | null>(null);
  const [notice, setNotice] = useState('');
  const nameOf = (d: Pick<DepartmentAdmin, 'nameZh' | 'nameEn'>) =>
    lang === 'en' ? d.nameEn : d.nameZh;

  /** Asks again without the loading state, so the open row keeps its place and its message. */
  async function refresh(): Promise<void> {
    const res = await fetchDepartments();
    if (res.ok) list.update(() => res.data);
  }

  async function add(draft: DepartmentDraft) {
    const res = await createDepartment(draft);
    if (!res.ok) return departmentProblem(tx, res);
    list.update((all) => [...all, res.data]);
    setNotice(tx.deptAdded(nameOf(res.data)));
    return null;
  }

  async function rename(id: string, draft: DepartmentDraft) {
    const res = await renameDepartment(id, { nameZh: draft.nameZh, nameEn: draft.nameEn });
    if (!res.ok) return departmentProblem(tx, res);
    list.update((all) => all.map((d) => (d.id === id ? res.data : d)));
    setOpen(null);
    setNotice(tx.deptRenamed(nameOf(res.data)));
    return null;
  }

  async function choose(department: DepartmentAdmin): Promise<string | null> {
    const res = await makeDefault(department.id);
    if (!res.ok) return tx.problems[res.problem];
    list.update(() => res.data);
    setNotice(tx.deptDefault(nameOf(department)));
    return null;
  }

  async function remove(department: DepartmentAdmin): Promise<string | null> {
    const res = await deleteDepartment(department.id);
    if (!res.ok) {
      // Someone gave it an agent or a chat meanwhile: the row learns why from a fresh list.
      if (res.problem === 'conflict') void refresh();
      return tx.problems[res.problem];
    }
    list.update((all) => all.filter((d) => d.id !== department.id));
    setOpen(null);
    setNotice(tx.deptRemoved(nameOf(department)));
    return null;
  }

  async function setContacts(department: DepartmentAdmin, agentIds: string[]) {
    const res = await saveTicketContacts(department.id, agentIds);
    if (!res.ok) return [tx.problems[res.problem], res.detail].filter(Boolean).join(' ');
    const byDepartment = new Map(res.data.contacts.map((c) => [c.departmentId, c.agentIds]));
    contacts.update((c) => ({ ...c, byDepartment }));
    setOpen(null);
    setNotice(words.contactsSaved(nameOf(department)));
    return null;
  }

  const known = contacts.state.kind === 'ready' ? contacts.state.data : null;
  const contactNames = (id: string) =>
    (known?.byDepartment.get(id) ?? [])
      .map((agentId) => known?.agents.find((a) => a.id === agentId)?.name ?? agentId)
      .join(tx.listSeparator);

  const state = list.state;
  return (
    <section class="desk" aria-labelledby="departments-title">
      <h1 id="departments-title">{tx.deptTitle}</h1>
      <p class="desk-intro">{tx.deptIntro}</p>
      <section class="desk-card" aria-labelledby="departments-add">
        <h2 id="departments-add">{tx.addDepartment}</h2>
        <DepartmentForm
          tx={tx}
          initial={EMPTY_DEPARTMENT}
          adding
          label={tx.addDepartment}
          submitLabel={tx.add}
          onSubmit={add}
        />
      </section>
      <p class="desk-notice" role="status">
        {notice}
      </p>
      {state.kind !== 'ready' ? (
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={list.reload} />
      ) : (
        <div class="desk-panel">
          <table class="desk-table" aria-labelledby="departments-title">
            <thead>
              <tr>
                <th scope="col">{tx.deptId}</th>
                <th scope="col">{tx.nameZh}</th>
                <th scope="col">{tx.nameEn}</th>
                <th scope="col">{tx.colAgents}</th>
                <th scope="col">{tx.colOpen}</th>
                <th scope="col">{words.contacts}</th>
                <th scope="col">{tx.actions}</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((d) => (
                <DepartmentRow
                  key={d.id}
                  tx={tx}
                  lang={lang}
                  department={d}
                  mode={open?.id === d.id ? open.mode : null}
                  onMode={(mode) => {
                    setNotice('');
                    setOpen(mode ? { id: d.id, mode } : null);
                  }}
                  onRename={(draft) => rename(d.id, draft)}
                  onDefault={() => choose(d)}
                  onRemove={() => remove(d)}
                  contactNames={contactNames(d.id)}
                  contactsForm={() =>
                    known ? (
                      <TicketContactsForm
                        tx={tx}
                        lang={lang}
                        departmentId={d.id}
                        departmentName={nameOf(d)}
                        agents={known.agents.filter((a) => a.active)}
                        chosen={known.byDepartment.get(d.id) ?? []}
                        onSave={(ids) => setContacts(d, ids)}
                        onCancel={() => setOpen(null)}
                      />
                    ) : (
                      contacts.state.kind !== 'ready' && (
                        <LoadState
                          tx={DESK_TEXTS[lang]}
                          state={contacts.state}
                          onRetry={contacts.reload}
                        />
                      )
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
