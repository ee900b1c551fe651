import { Component, createRef } from 'preact';
import type { DepartmentInfo } from '../../protocol/conversation.ts';
import type { ChatClient } from './client.ts';
import { FORM_TEXTS } from './form-texts.ts';
import type { Texts } from './i18n.ts';
import { Radios } from './Radios.tsx';

interface Props {
  client: ChatClient;
  tx: Texts;
  departments: DepartmentInfo[];
}

/** 请选择咨询部门: shown before the queue when the desk has the picker on; the default is preselected. */
export class DepartmentPicker extends Component<Props, { picked: string | null }> {
  override state = {
    picked:
      (this.props.departments.find((d) => d.isDefault) ?? this.props.departments[0])?.id ?? null,
  };
  private readonly form = createRef<HTMLFormElement>();

  override componentDidMount(): void {
    // Opened by the 转人工 button: the choice is the next thing to do.
    const form = this.form.current;
    (form?.querySelector<HTMLElement>('input:checked') ?? form?.querySelector('input'))?.focus();
  }

  override render({ client, tx, departments }: Props, { picked }: { picked: string | null }) {
    const ft = FORM_TEXTS[client.lang];
    const options = departments.map((d) => ({
      value: d.id,
      label: client.lang === 'en' ? d.nameEn : d.nameZh,
    }));
    return (
      <form
        class="card"
        ref={this.form}
        onSubmit={(e) => {
          e.preventDefault();
          if (picked) client.desk.handoff(picked);
        }}
      >
        <Radios
          id="kefu-department"
          label={ft.department}
          options={options}
          value={picked}
          onChange={(value) => this.setState({ picked: value })}
        />
        <div class="buttons">
          <button type="submit" class="primary" disabled={!picked}>
            {tx.handoff}
          </button>
          <button type="button" onClick={() => client.desk.closeForms()}>
            {ft.cancel}
          </button>
        </div>
      </form>
    );
  }
}
