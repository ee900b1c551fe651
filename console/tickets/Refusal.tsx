import type { Failure } from '../rest.ts';
import type { TicketsTexts } from './i18n.ts';

/**
 * The server said no: what that means, in the agent's language, then the server's own reason
 * (it names who may take the step, or the status that forbids it). A conflict usually means
 * the ticket on screen is out of date, so reloading is offered right there.
 */
export function Refusal({
  tx,
  failure,
  onReload,
}: {
  tx: Pick<TicketsTexts, 'problems' | 'serverSaid' | 'reload'>;
  failure: Failure | null;
  onReload: () => void;
}) {
  return (
    <div class="tk-refusal" role="alert">
      {failure && (
        <div class="alert">
          <p>{tx.problems[failure.problem]}</p>
          {failure.detail && <p>{tx.serverSaid(failure.detail)}</p>}
          {failure.problem === 'conflict' && (
            <button type="button" class="secondary small" onClick={onReload}>
              {tx.reload}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
