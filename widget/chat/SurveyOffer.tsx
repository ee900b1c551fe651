import { Component } from 'preact';
import type { SurveyForVisitor } from '../../protocol/surveys.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { fetchSurvey } from './survey-api.ts';
import { pickInvite, type SurveyPlace } from './survey-model.ts';
import { SURVEY_TEXTS } from './survey-texts.ts';
import { SurveyForm, type SurveyEnd } from './SurveyForm.tsx';

interface Props {
  client: ChatClient;
  tx: Texts;
}

interface State {
  /** The survey of the invite that applies, once the server said this visitor may answer it. */
  survey: SurveyForVisitor | null;
  /** The visitor chose to answer: the questions show in place of the invitation. */
  open: boolean;
  end: SurveyEnd | null;
}

/**
 * An invitation to an online survey in the transcript: after a chat an agent closed, or on a
 * host page the survey is placed on. The server is asked first, so a survey this visitor
 * answered (on any device) is never offered; one answered or put off here is remembered.
 */
export class SurveyOffer extends Component<Props, State> {
  override state: State = { survey: null, open: false, end: null };
  /** Not offered again in this tab: no longer open, or the server could not be asked. */
  private readonly skip: string[] = [];
  private asking: string | null = null;

  override componentDidMount(): void {
    this.ask();
  }

  override componentDidUpdate(): void {
    this.ask();
  }

  private place(): SurveyPlace | null {
    const { surveys, state, page } = this.props.client;
    const skip = [...state.surveysDone, ...this.skip];
    const { conversation } = state;
    return pickInvite({ invites: surveys, skip, conversation, pageUrl: page?.url ?? null });
  }

  /** Asks the server about the invite that applies now, once. */
  private ask(): void {
    const place = this.place();
    const { token } = this.props.client.state;
    const known = this.state.survey?.id;
    if (!place || !token || this.state.end || place.id === known || place.id === this.asking) {
      return;
    }
    const { id } = place;
    this.asking = id;
    void fetchSurvey(token, id).then((fetched) => {
      this.asking = null;
      if (fetched.survey?.answered) return this.remember(id);
      if (!fetched.survey) this.skip.push(id);
      this.setState({ survey: fetched.survey, open: false });
    });
  }

  /** Answered or put off: never offered again in this browser (stored with the chat). */
  private remember(id: string): void {
    const { client } = this.props;
    client.update({ surveysDone: [...client.state.surveysDone, id] });
  }

  private end(id: string, end: SurveyEnd): void {
    if (end === 'gone') this.skip.push(id);
    else this.remember(id);
    this.setState({ end });
  }

  private later(id: string): void {
    this.remember(id);
    // The card the focus was in is gone: back to the text box.
    document.querySelector<HTMLElement>('.composer textarea')?.focus();
  }

  override render({ client, tx }: Props, { survey, open, end }: State) {
    const st = SURVEY_TEXTS[client.lang];
    if (end) {
      return (
        <p class="notice" role="status">
          {st[end]}
        </p>
      );
    }
    const place = this.place();
    if (!place || !survey || survey.id !== place.id) return null;
    const later = () => this.later(survey.id);
    if (open) {
      return (
        <SurveyForm
          client={client}
          tx={tx}
          survey={survey}
          place={place}
          page={false}
          onEnd={(how) => this.end(survey.id, how)}
          onLater={later}
        />
      );
    }
    const titleId = `kefu-invite-${survey.id}`;
    return (
      <section class="card" aria-labelledby={titleId}>
        <p class="card-title" id={titleId}>
          {st.survey}
          {survey.title}
        </p>
        <p class="why">{place.channel === 'after_chat' ? st.afterChat : st.onPage}</p>
        <div class="buttons">
          <button type="button" class="primary" onClick={() => this.setState({ open: true })}>
            {st.start}
          </button>
          <button type="button" onClick={later}>
            {st.later}
          </button>
        </div>
      </section>
    );
  }
}
