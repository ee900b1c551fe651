import { Component, createRef } from 'preact';
import { MESSAGE_MAX_CHARS } from '../../protocol/limits.ts';
import type { ChatClient } from './client.ts';
import type { LeaveForm } from './desk.ts';
import {
  refusedField,
  sendLeftMessage,
  type LeaveField,
  type LeftMessageFields,
} from './form-actions.ts';
import { FORM_TEXTS } from './form-texts.ts';
import type { Texts } from './i18n.ts';
import { newClientId } from './pending.ts';

interface Props {
  client: ChatClient;
  tx: Texts;
  reason: LeaveForm['reason'];
}

interface State extends LeftMessageFields {
  error: { field: LeaveField | null; text: string } | null;
  sending: boolean;
}

const HINT = { name: 'badName', contact: 'badContact', body: 'badBody' } as const;
const ERROR_ID = 'kefu-leave-error';

/**
 * 留言: when nobody can answer, the visitor leaves their name, a phone number or e-mail
 * address and the message. What they typed stays until the server has stored it; a refusal
 * is explained next to the field it is about, which gets the focus.
 */
export class LeaveMessageForm extends Component<Props, State> {
  override state: State = { name: '', contact: '', body: '', error: null, sending: false };
  private readonly clientId = newClientId();
  private readonly form = createRef<HTMLFormElement>();

  override componentDidMount(): void {
    this.focus('name');
  }

  private focus(field: LeaveField): void {
    this.form.current?.querySelector<HTMLElement>(`[name=${field}]`)?.focus();
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    if (this.state.sending) return;
    const { name, contact, body } = this.state;
    this.setState({ sending: true, error: null });
    const result = await sendLeftMessage(this.props.client, this.clientId, {
      name,
      contact,
      body,
    });
    // Sent: the confirmation takes this form's place.
    if (result.ok) return;
    const { client, tx } = this.props;
    const field = result.invalid === null ? null : refusedField(result.invalid);
    const text = field
      ? FORM_TEXTS[client.lang][HINT[field]]
      : result.slow
        ? tx.tooFast
        : (result.invalid ?? tx.unavailable);
    this.setState({ sending: false, error: { field, text } });
    if (field) this.focus(field);
  }

  private input(field: LeaveField, label: string, max: number, autocomplete: string) {
    const invalid = this.state.error?.field === field;
    const props = {
      name: field,
      required: true,
      maxLength: max,
      autocomplete,
      value: this.state[field],
      'aria-invalid': invalid,
      'aria-describedby': invalid ? ERROR_ID : undefined,
      onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) =>
        this.setState({ [field]: e.currentTarget.value } as Pick<State, LeaveField>),
    };
    return (
      <label class="field">
        {label}
        {field === 'body' ? <textarea rows={3} {...props} /> : <input {...props} />}
      </label>
    );
  }

  override render({ client, tx, reason }: Props, { error, sending }: State) {
    const ft = FORM_TEXTS[client.lang];
    const why =
      reason === 'closed' ? ft.leaveClosed : reason === 'no_agents' ? ft.leaveNoAgents : '';
    return (
      <form
        class="card"
        aria-label={tx.leave}
        noValidate
        ref={this.form}
        onSubmit={(e) => void this.submit(e)}
      >
        <p class="card-title">{tx.leave}</p>
        {why && <p class="why">{why}</p>}
        {this.input('name', ft.leaveName, 60, 'name')}
        {this.input('contact', ft.leaveContact, 120, 'email')}
        {this.input('body', ft.leaveBody, MESSAGE_MAX_CHARS, 'off')}
        {error && (
          <p class="error" id={ERROR_ID} role="alert">
            {error.text}
          </p>
        )}
        <div class="buttons">
          <button type="submit" class="primary" disabled={sending}>
            {ft.leaveSend}
          </button>
          <button type="button" onClick={() => client.desk.closeForms()}>
            {ft.cancel}
          </button>
        </div>
      </form>
    );
  }
}
