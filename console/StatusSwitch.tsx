import type { Texts } from './i18n.ts';
import type { AgentPresence } from './useAgentSocket.ts';

const CHOICES = ['online', 'away'] as const;

/**
 * The agent's status as native radio buttons in a fieldset: arrow keys move and choose, and
 * screen readers announce the group. While the socket is down nothing is checked and the
 * switch says so, since the server may already count the agent as gone.
 */
export function StatusSwitch({ tx, presence }: { tx: Texts; presence: AgentPresence }) {
  const { link, status, failed } = presence;
  const names = { online: tx.statusOnline, away: tx.statusAway };
  return (
    <fieldset class="status-switch" disabled={link !== 'up'}>
      <legend class="sr">{tx.statusLabel}</legend>
      {CHOICES.map((choice) => (
        <label key={choice} class={`status-choice ${choice}`}>
          <input
            type="radio"
            name="agent-status"
            value={choice}
            checked={status === choice}
            onChange={() => presence.choose(choice)}
          />
          {names[choice]}
        </label>
      ))}
      <span class="status-note" role="status">
        {link === 'down' ? tx.reconnecting : failed ? tx.statusFailed : ''}
      </span>
    </fieldset>
  );
}
