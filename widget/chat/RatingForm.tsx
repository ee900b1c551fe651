import { Component } from 'preact';
import type { Rating } from '../../protocol/conversation.ts';
import type { ChatClient } from './client.ts';
import { sendRating, type Sent } from './form-actions.ts';
import { FORM_TEXTS } from './form-texts.ts';
import type { Texts } from './i18n.ts';
import { Radios } from './Radios.tsx';

interface Props {
  client: ChatClient;
  tx: Texts;
  conversationId: string;
}

interface State {
  score: Rating | null;
  comment: string;
  sending: boolean;
  /** Why the last attempt was not sent: too quick, or the server could not be reached. */
  failed: Exclude<Sent, 'sent'> | null;
}

const SCORES = [5, 4, 3, 2, 1] as const;

/** 满意度评价: offered in the transcript once an agent closed the chat, until it is rated. */
export class RatingForm extends Component<Props, State> {
  override state: State = { score: null, comment: '', sending: false, failed: null };

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const { score, comment, sending } = this.state;
    if (score === null || sending) return;
    this.setState({ sending: true, failed: null });
    const { client, conversationId } = this.props;
    const sent = await sendRating(client, conversationId, score, comment);
    // Once sent, the thank-you line takes this form's place.
    if (sent !== 'sent') this.setState({ sending: false, failed: sent });
  }

  override render({ client, tx }: Props, { score, comment, sending, failed }: State) {
    const ft = FORM_TEXTS[client.lang];
    const options = SCORES.map((n) => ({ value: n, label: ft[`rate${n}` as const] }));
    return (
      <form class="card" onSubmit={(e) => void this.submit(e)}>
        <Radios
          id="kefu-rating"
          label={ft.rate}
          options={options}
          value={score}
          onChange={(value) => this.setState({ score: value })}
        />
        <label class="field">
          {ft.rateComment}
          <textarea
            rows={2}
            maxLength={500}
            value={comment}
            onInput={(e) => this.setState({ comment: e.currentTarget.value })}
          />
        </label>
        {failed && (
          <p class="error" role="alert">
            {failed === 'slow' ? tx.tooFast : tx.unavailable}
          </p>
        )}
        <div class="buttons">
          <button type="submit" class="primary" disabled={score === null || sending}>
            {ft.rateSend}
          </button>
        </div>
      </form>
    );
  }
}
