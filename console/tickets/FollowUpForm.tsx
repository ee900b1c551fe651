import type { Rating } from '../../protocol/conversation.ts';
import { FOLLOW_UP_METHODS } from '../../protocol/tickets.ts';
import type { Language } from '../../protocol/language.ts';
import { TEXTS } from '../i18n.ts';
import { StepForm, type StepProps } from './StepForm.tsx';

/** 5 very satisfied first, as the widget's rating asks. */
const SCORES: readonly Rating[] = [5, 4, 3, 2, 1];

/** 回访: how the customer was reached, what they said, and how satisfied they are (1–5). */
export function FollowUpForm(props: StepProps & { lang: Language }) {
  const { tx, ticket, lang } = props;
  const ratings = TEXTS[lang].ratings;
  return (
    <StepForm
      {...props}
      id="tk-follow-up"
      label={tx.stepForm(tx.steps.follow_up, ticket.ref)}
      submitLabel={tx.steps.follow_up}
      check={(data) => {
        const method = FOLLOW_UP_METHODS.find((m) => m === data.get('method'));
        const result = String(data.get('result') ?? '').trim();
        const satisfaction = SCORES.find((s) => String(s) === data.get('satisfaction'));
        if (!method) return { ok: false, field: 'method', message: tx.needText };
        if (!result) return { ok: false, field: 'result', message: tx.needText };
        if (!satisfaction) {
          return { ok: false, field: 'satisfaction', message: tx.needSatisfaction };
        }
        return {
          ok: true,
          change: {
            kind: 'follow_up',
            input: { version: ticket.version, method, result, satisfaction },
          },
        };
      }}
    >
      {(invalid, errorId) => (
        <>
          <fieldset
            class="admin-choices"
            role="radiogroup"
            aria-invalid={invalid === 'method'}
            aria-describedby={invalid === 'method' ? errorId : undefined}
          >
            <legend>{tx.method}</legend>
            {FOLLOW_UP_METHODS.map((m, i) => (
              <label key={m}>
                <input type="radio" name="method" value={m} defaultChecked={i === 0} />
                {tx.words.methods[m]}
              </label>
            ))}
          </fieldset>
          <div class="desk-field">
            <label for="tk-follow-up-result">{tx.result}</label>
            <textarea
              id="tk-follow-up-result"
              name="result"
              rows={3}
              maxLength={1000}
              aria-invalid={invalid === 'result'}
              aria-describedby={invalid === 'result' ? errorId : undefined}
            />
          </div>
          <fieldset
            class="admin-choices"
            role="radiogroup"
            aria-invalid={invalid === 'satisfaction'}
            aria-describedby={invalid === 'satisfaction' ? errorId : undefined}
          >
            <legend>{tx.satisfaction}</legend>
            {SCORES.map((s) => (
              <label key={s}>
                <input type="radio" name="satisfaction" value={String(s)} />
                {tx.satisfactionOf(s, ratings[s])}
              </label>
            ))}
          </fieldset>
        </>
      )}
    </StepForm>
  );
}
