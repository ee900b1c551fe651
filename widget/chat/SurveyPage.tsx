import { Component } from 'preact';
import type { SurveyForVisitor } from '../../protocol/surveys.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { fetchSurvey } from './survey-api.ts';
import type { SurveyPlace } from './survey-model.ts';
import { SURVEY_TEXTS } from './survey-texts.ts';
import { SurveyForm, type SurveyEnd } from './SurveyForm.tsx';

interface Props {
  client: ChatClient;
  tx: Texts;
  /** From the link, `/chat?survey=<id>`. */
  id: string;
}

interface State {
  survey: SurveyForVisitor | null;
  /** Why there is nothing to fill in: answered (now or before), not open, not reachable. */
  end: SurveyEnd | 'failed' | null;
}

/** A survey opened by its link: the whole window, no chat around it. */
export class SurveyPage extends Component<Props, State> {
  override state: State = { survey: null, end: null };
  private asked = false;

  override componentDidMount(): void {
    this.ask();
  }

  override componentDidUpdate(): void {
    this.ask();
  }

  /** Once the chat has its visitor token (a new visitor gets one first). */
  private ask(): void {
    const { token } = this.props.client.state;
    if (this.asked || !token) return;
    this.asked = true;
    void fetchSurvey(token, this.props.id).then((fetched) => {
      const { survey } = fetched;
      if (survey) this.setState({ survey, end: survey.answered ? 'answered' : null });
      else this.setState({ end: fetched.gone ? 'gone' : 'failed' });
    });
  }

  override render({ client, tx }: Props, { survey, end }: State) {
    const st = SURVEY_TEXTS[client.lang];
    const place: SurveyPlace = {
      id: this.props.id,
      channel: 'link',
      pageUrl: null,
      conversationId: null,
    };
    return (
      <main class="survey-page">
        {end ? (
          <p class="notice" role="status">
            {end === 'failed' ? tx.unavailable : st[end]}
          </p>
        ) : survey ? (
          <SurveyForm
            client={client}
            tx={tx}
            survey={survey}
            place={place}
            page
            onEnd={(how) => this.setState({ end: how })}
            onLater={null}
          />
        ) : (
          <p class="notice" role="status">
            {st.loading}
          </p>
        )}
      </main>
    );
  }
}
