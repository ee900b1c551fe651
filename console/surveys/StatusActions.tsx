import { useState } from 'preact/hooks';
import type { Survey, SurveyStatus } from '../../protocol/surveys.ts';
import type { Failure } from '../rest.ts';
import { Refusal } from '../tickets/Refusal.tsx';
import { setSurveyStatus } from './api.ts';
import { statusTargets } from './draft.ts';
import type { SurveysTexts } from './i18n.ts';

interface Props {
  tx: SurveysTexts;
  survey: Survey;
  /** The form has changes not saved yet: a status change does not include them. */
  dirty: boolean;
  onChanged: (survey: Survey, done: string) => void;
  /** Reads the survey again (a refusal said it changed meanwhile). */
  onReload: () => void;
}

/** The survey's status and responses, and the steps its status allows (publish, close …). */
export function StatusActions({ tx, survey, dirty, onChanged, onReload }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  async function move(status: SurveyStatus): Promise<void> {
    setBusy(true);
    setFailure(null);
    const res = await setSurveyStatus(survey.id, status, survey.version);
    setBusy(false);
    if (res.ok) onChanged(res.data.survey, tx.done[status]);
    else setFailure(res);
  }

  const label = (status: SurveyStatus) =>
    status === 'open' && survey.status === 'closed' ? tx.reopen : tx.steps[status];
  return (
    <div class="sv-status">
      <p>
        <span>{tx.status}</span>
        <strong class={`sv-badge sv-badge-${survey.status}`}>{tx.statuses[survey.status]}</strong>
        <span>{tx.responses(survey.responses)}</span>
      </p>
      <div class="desk-actions" aria-busy={busy}>
        {statusTargets(survey).map((status) => (
          <button
            key={status}
            type="button"
            class={status === 'open' ? 'primary' : 'secondary'}
            onClick={() => {
              if (!busy) void move(status);
            }}
          >
            {label(status)}
          </button>
        ))}
      </div>
      {dirty && <p class="desk-muted">{tx.unsaved}</p>}
      <Refusal tx={tx} failure={failure} onReload={onReload} />
    </div>
  );
}
