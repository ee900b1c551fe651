import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_MB,
  type AttachmentKind,
} from '../../protocol/attachments.ts';
import type { AdminTextKey, AdminTexts } from './i18n.ts';
import type { WidgetDraft } from './widget-draft.ts';

const KIND_LABEL: Record<AttachmentKind, AdminTextKey> = {
  image: 'kindImage',
  pdf: 'kindPdf',
  office: 'kindOffice',
  text: 'kindText',
};

interface Props {
  tx: AdminTexts;
  draft: WidgetDraft;
  onChange: (edit: Partial<WidgetDraft>) => void;
  /** The id, invalid state and description the form gives each of its fields. */
  maxMbField: Record<string, unknown>;
}

/** The 挂件 page's files section: the largest file and the kinds of file a chat takes. */
export function WidgetFilesFields({ tx, draft, onChange, maxMbField }: Props) {
  const toggle = (kind: AttachmentKind, on: boolean) =>
    onChange({
      kinds: ATTACHMENT_KINDS.filter((k) => (k === kind ? on : draft.kinds.includes(k))),
    });
  return (
    <section class="desk-card" aria-labelledby="widget-files-title">
      <h2 id="widget-files-title">{tx.filesTitle}</h2>
      <p id="widget-files-intro" class="desk-intro">
        {tx.filesIntro}
      </p>
      <div class="desk-field">
        <label for="widget-maxMb">{tx.maxMb}</label>
        <input
          type="number"
          min={1}
          max={ATTACHMENT_MAX_MB}
          step={1}
          value={draft.maxMb}
          onInput={(e) => onChange({ maxMb: e.currentTarget.value })}
          {...maxMbField}
        />
      </div>
      <fieldset class="admin-choices">
        <legend>{tx.kinds}</legend>
        {ATTACHMENT_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="checkbox"
              checked={draft.kinds.includes(kind)}
              onChange={(e) => toggle(kind, e.currentTarget.checked)}
            />
            {tx[KIND_LABEL[kind]]}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
