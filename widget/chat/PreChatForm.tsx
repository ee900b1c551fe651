import { Component, createRef } from 'preact';
import type { PreChatField } from '../../protocol/pre-chat.ts';
import type { Availability } from '../../protocol/visitor.ts';
import type { ChatClient } from './client.ts';
import { FORM_TEXTS, type FormTexts } from './form-texts.ts';
import type { Texts } from './i18n.ts';
import { newClientId } from './pending.ts';
import {
  fieldName,
  firstProblem,
  preChatInput,
  refusedName,
  sendPreChat,
  type Answers,
} from './pre-chat-send.ts';
import { Radios } from './Radios.tsx';
import { ACK_MS } from './timeouts.ts';

interface Props {
  client: ChatClient;
  tx: Texts;
  /** What 转人工 was told (the form, the departments); null while queued another way. */
  ask: Availability | null;
}

interface State {
  ask: Availability | null;
  answers: Answers;
  error: { field: string | null; text: string } | null;
  sending: boolean;
  done: boolean;
}

const ERROR_ID = 'kefu-pre-error';
const DEPARTMENT = 'kefu-pre-department';
/** The built-in text fields: their label, keyboard, length (as the server's) and autofill. */
const INPUTS: Record<
  'name' | 'phone' | 'email',
  [keyof FormTexts, 'text' | 'tel' | 'email', number, string]
> = {
  name: ['leaveName', 'text', 60, 'name'],
  phone: ['prePhone', 'tel', 30, 'tel'],
  email: ['preEmail', 'email', 120, 'email'],
};

/**
 * 访客信息表: what the admin asks before a person takes the chat. From 转人工 it comes first and
 * ends in the handoff (to the department chosen); queued another way (a handoff phrase), it asks
 * the server whether this visitor still has it to fill in, and leaves the department out.
 */
export class PreChatForm extends Component<Props, State> {
  override state: State = {
    ask: this.props.ask,
    answers: {},
    error: null,
    sending: false,
    done: false,
  };
  private readonly clientId = newClientId();
  private readonly form = createRef<HTMLFormElement>();

  override componentDidMount(): void {
    if (this.props.ask) return this.focus(null);
    void this.props.client.socket
      .timeout(ACK_MS)
      .emitWithAck('availability.get', {})
      .then((ack) => ack.ok && this.setState({ ask: ack.data }))
      .catch(() => undefined);
  }

  private fields(): PreChatField[] {
    const fields = this.state.ask?.preChat ?? [];
    return this.props.ask ? fields : fields.filter((f) => f.key !== 'department');
  }

  private focus(field: string | null): void {
    const name = field === 'department' ? DEPARTMENT : field;
    const form = this.form.current;
    (name
      ? form?.querySelector<HTMLElement>(`[name="${name}"]`)
      : form?.querySelector('input')
    )?.focus();
  }

  private answer(name: string): string {
    const { answers, ask } = this.state;
    const department = ask?.departments?.find((d) => d.isDefault) ?? ask?.departments?.[0];
    return answers[name] ?? (name === 'department' ? (department?.id ?? '') : '');
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const { client, tx, ask } = this.props;
    const ft = FORM_TEXTS[client.lang];
    const fields = this.fields();
    const answers = Object.fromEntries(
      fields.map((f) => [fieldName(f), this.answer(fieldName(f))]),
    );
    const problem = firstProblem(fields, answers, ft);
    if (this.state.sending) return;
    if (problem) {
      this.setState({ error: problem });
      return this.focus(problem.field);
    }
    this.setState({ sending: true, error: null });
    const refused = await sendPreChat(client, preChatInput(this.clientId, fields, answers));
    if (!refused) {
      if (!ask) return this.setState({ done: true });
      // A form without the department leaves the choice to the picker, when the desk has it on.
      const picker = !fields.some((f) => f.key === 'department') && ask.departments?.length;
      client.update({ preChat: null, departments: picker ? ask.departments : null });
      if (!picker) client.desk.handoff(answers.department || undefined);
      return;
    }
    const field = refused.code === 'invalid_input' ? refusedName(refused.message) : null;
    const text =
      refused.code === 'rate_limited' ? tx.tooFast : field ? ft.preRefused : tx.unavailable;
    this.setState({ sending: false, error: { field, text } });
    this.focus(field);
  }

  private input(f: PreChatField) {
    const { client } = this.props;
    const ft = FORM_TEXTS[client.lang];
    const name = fieldName(f);
    const invalid = this.state.error?.field === name;
    // Drawn for every field but the department, which is a radiogroup.
    const custom = f.key === 'custom';
    const [text, type, max, autocomplete] = custom
      ? ([null, 'text', 200, 'off'] as const)
      : INPUTS[f.key as 'name' | 'phone' | 'email'];
    return (
      <label class="field" key={name}>
        {text ? ft[text] : custom && f.label[client.lang]}
        {!f.required && ft.optional}
        <input
          name={name}
          inputMode={type}
          maxLength={max}
          autocomplete={autocomplete}
          required={f.required}
          value={this.answer(name)}
          aria-invalid={invalid}
          aria-describedby={invalid ? ERROR_ID : undefined}
          onInput={(e) =>
            this.setState({ answers: { ...this.state.answers, [name]: e.currentTarget.value } })
          }
        />
      </label>
    );
  }

  override render({ client, tx, ask }: Props, { error, sending, done }: State) {
    const ft = FORM_TEXTS[client.lang];
    if (done) return <p class="notice">{ft.preThanks}</p>;
    const fields = this.fields();
    if (fields.length === 0) return null;
    const departments = (this.state.ask?.departments ?? []).map((d) => ({
      value: d.id,
      label: client.lang === 'en' ? d.nameEn : d.nameZh,
    }));
    return (
      <form
        class="card"
        aria-label={ft.preTitle}
        noValidate
        ref={this.form}
        onSubmit={(e) => void this.submit(e)}
      >
        <p class="card-title">{ft.preTitle}</p>
        <p class="why">{ft.preWhy}</p>
        {fields.map((f) =>
          f.key === 'department' ? (
            <Radios
              key="department"
              id={DEPARTMENT}
              label={ft.department}
              options={departments}
              value={this.answer('department') || null}
              onChange={(value) =>
                this.setState({ answers: { ...this.state.answers, department: value } })
              }
            />
          ) : (
            this.input(f)
          ),
        )}
        {error && (
          <p class="error" id={ERROR_ID} role="alert">
            {error.text}
          </p>
        )}
        <div class="buttons">
          <button type="submit" class="primary" disabled={sending}>
            {ask ? tx.handoff : ft.preSend}
          </button>
          <button
            type="button"
            onClick={() => (ask ? client.update({ preChat: null }) : this.setState({ ask: null }))}
          >
            {ft.cancel}
          </button>
        </div>
      </form>
    );
  }
}
