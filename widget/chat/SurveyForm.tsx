import { Component, createRef } from 'preact';
import type { SurveyForVisitor } from '../../protocol/surveys.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { newClientId } from './pending.ts';
import { sendAnswers } from './survey-api.ts';
import { firstMissing, responseBody, type SurveyPlace, type SurveyValues } from './survey-model.ts';
import { SurveyQuestion } from './SurveyQuestion.tsx';
import { SURVEY_TEXTS } from './survey-texts.ts';

/** How a survey form ended: answered now, answered before, or no longer open. */
export type SurveyEnd = 'thanks' | 'answered' | 'gone';

interface Props {
  client: ChatClient;
  tx: Texts;
  survey: SurveyForVisitor;
  place: SurveyPlace;
  /** The page of its own (a survey's link) has a heading; in the chat it is a card. */
  page: boolean;
  onEnd: (end: SurveyEnd) => void;
  /** 以后再说 / Not now; absent where there is nothing to go back to. */
  onLater: (() => void) | null;
}

interface State {
  values: SurveyValues;
  /** Why the last attempt was not sent; `questionId` when one question needs an answer. */
  error: { text: string; questionId: string | null } | null;
  sending: boolean;
}

/**
 * 专项调查: the questions of one survey, checked for the required ones before sending; what the
 * visitor chose stays until the server has stored it, a refusal is read out (role=alert).
 */
export class SurveyForm extends Component<Props, State> {
  override state: State = { values: {}, error: null, sending: false };
  /** One per form, kept across attempts: a resend after a lost answer stores nothing twice. */
  private readonly clientId = newClientId();
  private readonly form = createRef<HTMLFormElement>();

  override componentDidMount(): void {
    this.form.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }

  private name(questionId: string): string {
    return `kefu-${this.props.survey.id}-${questionId}`;
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const { client, tx, survey, place, onEnd } = this.props;
    const { values, sending } = this.state;
    const st = SURVEY_TEXTS[client.lang];
    if (sending) return;
    const missing = firstMissing(survey.questions, values);
    if (missing) {
      const questionId = missing.question.id;
      this.setState({ error: { text: st.missing(missing.number), questionId } });
      this.form.current?.querySelector<HTMLElement>(`[name="${this.name(questionId)}"]`)?.focus();
      return;
    }
    this.setState({ sending: true, error: null });
    const body = responseBody(survey.questions, values, place, this.clientId);
    const result = await sendAnswers(client.state.token ?? '', survey.id, body);
    if (result.kind === 'sent') return onEnd('thanks');
    if (result.kind === 'answered' || result.kind === 'gone') return onEnd(result.kind);
    const text =
      result.kind === 'invalid'
        ? result.message
        : result.kind === 'slow'
          ? tx.tooFast
          : tx.unavailable;
    this.setState({ sending: false, error: { text, questionId: null } });
  }

  override render({ client, survey, page, onLater }: Props, { values, error, sending }: State) {
    const st = SURVEY_TEXTS[client.lang];
    const titleId = `kefu-survey-${survey.id}`;
    const errorId = `${titleId}-error`;
    return (
      <form
        class="card survey"
        aria-labelledby={titleId}
        noValidate
        ref={this.form}
        onSubmit={(e) => void this.submit(e)}
      >
        {page ? (
          <h1 id={titleId}>{survey.title}</h1>
        ) : (
          <p class="card-title" id={titleId}>
            {survey.title}
          </p>
        )}
        {survey.intro && <p class="why">{survey.intro}</p>}
        {survey.questions.some((q) => q.required) && <p class="why">{st.requiredNote}</p>}
        {survey.questions.map((q, i) => (
          <SurveyQuestion
            key={q.id}
            q={q}
            name={this.name(q.id)}
            number={i + 1}
            value={values[q.id]}
            st={st}
            errorId={error?.questionId === q.id ? errorId : null}
            onChange={(value) =>
              this.setState({
                values: { ...this.state.values, [q.id]: value },
                // Answering the question the alert was about settles it.
                error: this.state.error?.questionId === q.id ? null : this.state.error,
              })
            }
          />
        ))}
        {error && (
          <p class="error" id={errorId} role="alert">
            {error.text}
          </p>
        )}
        <div class="buttons">
          <button type="submit" class="primary" disabled={sending}>
            {st.submit}
          </button>
          {onLater && (
            <button type="button" onClick={onLater}>
              {st.later}
            </button>
          )}
        </div>
      </form>
    );
  }
}
