import { useState } from 'preact/hooks';
import type { AgentAdmin } from '../../protocol/admin.ts';
import type { AgentProfile } from '../../protocol/agent.ts';
import type { Language } from '../../protocol/language.ts';
import { DESK_TEXTS } from '../desk/i18n.ts';
import { LoadState } from '../desk/LoadState.tsx';
import { useResource } from '../desk/useResource.ts';
import {
  agentProblem,
  createInput,
  emptyAgentDraft,
  updateInput,
  type AgentDraft,
} from './agent-draft.ts';
import { AgentForm } from './AgentForm.tsx';
import { AgentRow, type RowMode } from './AgentRow.tsx';
import { createAgent, fetchTeam, resetPassword, setActive, updateAgent } from './api.ts';
import { ADMIN_TEXTS } from './i18n.ts';
import { Secret } from './Secret.tsx';
import '../desk/desk.css';
import './admin.css';

/** 坐席: the accounts, with adding, editing, password resets and deactivation. */
export function AgentsPage({ lang, agent: me }: { lang: Language; agent: AgentProfile }) {
  const tx = ADMIN_TEXTS[lang];
  const team = useResource(fetchTeam, 'team');
  const [open, setOpen] = useState<{ id: string; mode: RowMode } | null>(null);
  const [notice, setNotice] = useState('');
  /** A password the server made up: shown once, until the next action. */
  const [secret, setSecret] = useState<{ name: string; password: string } | null>(null);

  function done(message: string, password: string | null, name: string): null {
    setNotice(message);
    setSecret(password ? { name, password } : null);
    return null;
  }
  const replace = (agent: AgentAdmin) =>
    team.update((t) => ({ ...t, agents: t.agents.map((a) => (a.id === agent.id ? agent : a)) }));

  async function add(draft: AgentDraft) {
    const res = await createAgent(createInput(draft));
    if (!res.ok) return agentProblem(tx, res, false);
    const { agent, generatedPassword } = res.data;
    team.update((t) => ({ ...t, agents: [...t.agents, agent] }));
    return done(tx.agentAdded(agent.name), generatedPassword, agent.name);
  }

  async function save(before: AgentAdmin, draft: AgentDraft) {
    const res = await updateAgent(before.id, updateInput(draft));
    if (!res.ok) return agentProblem(tx, res, before.role === 'admin' && draft.role !== 'admin');
    replace(res.data);
    setOpen(null);
    return done(tx.agentSaved(res.data.name), null, '');
  }

  async function password(agent: AgentAdmin, value: string): Promise<string | null> {
    const res = await resetPassword(agent.id, value === '' ? {} : { password: value });
    if (!res.ok)
      return res.problem === 'invalid_input' ? tx.passwordShort : tx.problems[res.problem];
    setOpen(null);
    return done(tx.passwordSet(agent.name), res.data.generatedPassword, agent.name);
  }

  async function activate(agent: AgentAdmin, active: boolean): Promise<string | null> {
    const res = await setActive(agent.id, active);
    if (!res.ok) return res.problem === 'conflict' ? tx.lastAdmin : tx.problems[res.problem];
    replace(res.data);
    setOpen(null);
    return done((active ? tx.agentReactivated : tx.agentDeactivated)(agent.name), null, '');
  }

  const state = team.state;
  if (state.kind !== 'ready') {
    return (
      <section class="desk" aria-labelledby="agents-title">
        <h1 id="agents-title">{tx.agentsTitle}</h1>
        <LoadState tx={DESK_TEXTS[lang]} state={state} onRetry={team.reload} />
      </section>
    );
  }
  const { agents, departments } = state.data;
  const fallback = departments.find((d) => d.isDefault)?.id;
  return (
    <section class="desk" aria-labelledby="agents-title">
      <h1 id="agents-title">{tx.agentsTitle}</h1>
      <p class="desk-intro">{tx.agentsIntro}</p>
      <section class="desk-card" aria-labelledby="agents-add">
        <h2 id="agents-add">{tx.addAgent}</h2>
        <AgentForm
          tx={tx}
          lang={lang}
          departments={departments}
          initial={emptyAgentDraft(fallback, lang)}
          adding
          label={tx.addAgent}
          submitLabel={tx.add}
          onSubmit={add}
        />
      </section>
      <div role="status">
        <p class="desk-notice">{notice}</p>
        {secret && <Secret tx={tx} name={secret.name} password={secret.password} />}
      </div>
      <div class="desk-panel">
        <table class="desk-table" aria-labelledby="agents-title">
          <thead>
            <tr>
              <th scope="col">{tx.name}</th>
              <th scope="col">{tx.email}</th>
              <th scope="col">{tx.role}</th>
              <th scope="col">{tx.departments}</th>
              <th scope="col">{tx.colStatus}</th>
              <th scope="col">{tx.colChats}</th>
              <th scope="col">{tx.actions}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((a) => (
              <AgentRow
                key={a.id}
                tx={tx}
                lang={lang}
                agent={a}
                self={a.id === me.id}
                departments={departments}
                mode={open?.id === a.id ? open.mode : null}
                onMode={(mode) => {
                  setNotice('');
                  setOpen(mode ? { id: a.id, mode } : null);
                }}
                onSave={(draft) => save(a, draft)}
                onPassword={(value) => password(a, value)}
                onActive={(active) => activate(a, active)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
