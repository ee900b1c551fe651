import { useRef } from 'preact/hooks';
import type { Language } from '../protocol/language.ts';
import { FILE_TEXTS } from './attachment-texts.ts';
import type { ConsoleUpload } from './useAttachmentUpload.ts';

interface Props {
  lang: Language;
  uploads: ConsoleUpload[];
  onFiles: (files: File[]) => void;
  onDismiss: (id: string) => void;
}

/** The composer's paperclip (a file picker), and the files on their way or refused. */
export function AttachControls({ lang, uploads, onFiles, onDismiss }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  const t = FILE_TEXTS[lang];
  return (
    <div class="attach-controls">
      <button type="button" class="secondary attach" onClick={() => picker.current?.click()}>
        📎 {t.attach}
      </button>
      <input
        ref={picker}
        type="file"
        multiple
        hidden
        onChange={(e) => {
          onFiles([...(e.currentTarget.files ?? [])]);
          e.currentTarget.value = '';
        }}
      />
      {uploads.length > 0 && (
        <ul class="uploads">
          {uploads.map((u) => (
            <li key={u.id} role={u.state === 'sending' ? 'status' : 'alert'} class={u.state}>
              {u.state === 'sending' ? t.uploading(u.name) : t[u.state](u.name)}
              {u.state !== 'sending' && (
                <button type="button" class="link" onClick={() => onDismiss(u.id)}>
                  {t.dismiss}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
