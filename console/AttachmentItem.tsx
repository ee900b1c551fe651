import { agentAttachmentPath, type Attachment } from '../protocol/attachments.ts';
import type { Language } from '../protocol/language.ts';
import { FILE_TEXTS, fileSize } from './attachment-texts.ts';

/**
 * A file in a chat or transcript: an image as a preview that opens full size, anything else as
 * a card that downloads it (the server sends those as downloads only, never as a page).
 */
export function AttachmentItem({
  lang,
  messageId,
  file,
}: {
  lang: Language;
  messageId: string;
  file: Attachment;
}) {
  const t = FILE_TEXTS[lang];
  const href = agentAttachmentPath(messageId);
  if (file.image) {
    return (
      <a
        class="attachment-thumb"
        href={href}
        target="_blank"
        rel="noopener"
        aria-label={t.open(file.name)}
      >
        <img src={href} alt={file.name} />
      </a>
    );
  }
  return (
    <a class="file-card" href={href} download={file.name} aria-label={t.download(file.name)}>
      <span class="file-name">{file.name}</span>
      <span class="file-size">{fileSize(file.size)}</span>
    </a>
  );
}
