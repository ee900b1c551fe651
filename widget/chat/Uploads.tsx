import type { ChatClient } from './client.ts';
import { FILE_TEXTS } from './file-texts.ts';
import { dismiss, retry, uploads, type UploadItem } from './upload.ts';

/** Files on their way, with a progress bar; refused ones with the reason, until dismissed. */
export function Uploads({ client }: { client: ChatClient }) {
  if (uploads.length === 0) return null;
  const t = FILE_TEXTS[client.lang];
  const maxMb = client.attachments?.maxMb ?? 0;
  const reason = (item: UploadItem) => {
    const { name } = item.file;
    if (item.error === 'tooLarge') return t.tooLarge(name, maxMb);
    if (item.error === 'badType') return t.badType(name);
    return item.error === 'tooFast' ? t.tooFast : t.failed(name);
  };
  return (
    <ul class="uploads">
      {uploads.map((item) =>
        item.error ? (
          <li key={item.clientId} class="upload-error" role="alert">
            <span>{reason(item)}</span>
            {(item.error === 'failed' || item.error === 'tooFast') && (
              <button type="button" onClick={() => retry(client, item)}>
                {t.retry}
              </button>
            )}
            <button type="button" aria-label={t.dismiss} onClick={() => dismiss(client, item)}>
              ×
            </button>
          </li>
        ) : (
          <li key={item.clientId}>
            <span>{t.uploading(item.file.name)}</span>
            <progress
              max={item.file.size || 1}
              value={item.sent}
              aria-label={t.uploading(item.file.name)}
            />
          </li>
        ),
      )}
    </ul>
  );
}
