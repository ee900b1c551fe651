import { Component } from 'preact';
import { visitorAttachmentPath } from '../../protocol/attachments.ts';
import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';
import { FILE_TEXTS, fileSize } from './file-texts.ts';

/** Files come with the visitor's token as a header, so they are shown from blob: addresses. */
const loaded = new Map<string, Promise<string>>();

function blobUrl(client: ChatClient, messageId: string): Promise<string> {
  let url = loaded.get(messageId);
  if (!url) {
    url = fetch(visitorAttachmentPath(messageId), {
      headers: { authorization: `Bearer ${client.state.token ?? ''}` },
    }).then(async (res) => {
      if (!res.ok) throw new Error(`attachment: ${res.status}`);
      return URL.createObjectURL(await res.blob());
    });
    // A failure is not kept: the next look tries again.
    url.catch(() => loaded.delete(messageId));
    loaded.set(messageId, url);
  }
  return url;
}

interface Props {
  m: ChatMessage;
  client: ChatClient;
}

interface State {
  url: string | null;
  failed: boolean;
}

/**
 * A file in the conversation: an image as a small preview that opens full size, anything else
 * as a card with its name and size that downloads it. Never rendered as a page of its own: the
 * server sends non-images as downloads, and the bytes stay a blob here.
 */
export class AttachmentView extends Component<Props, State> {
  override state: State = { url: null, failed: false };

  override componentDidMount(): void {
    if (this.props.m.attachment?.image) this.fetch();
  }

  private fetch(): Promise<string | null> {
    return blobUrl(this.props.client, this.props.m.id).then(
      (url) => {
        this.setState({ url, failed: false });
        return url;
      },
      () => {
        this.setState({ failed: true });
        return null;
      },
    );
  }

  private async download(name: string): Promise<void> {
    const url = this.state.url ?? (await this.fetch());
    if (!url) return;
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
  }

  override render({ m, client }: Props, { url, failed }: State) {
    const file = m.attachment;
    if (!file) return null;
    const t = FILE_TEXTS[client.lang];
    if (file.image && url) {
      return (
        <a class="thumb" href={url} target="_blank" rel="noopener" aria-label={t.open(file.name)}>
          <img src={url} alt={file.name} />
        </a>
      );
    }
    return (
      <button
        type="button"
        class="file-card"
        aria-label={t.download(file.name)}
        onClick={() => void this.download(file.name)}
      >
        <span class="file-name">{file.name}</span>
        <span class="file-size">{failed ? t.loadFailed : fileSize(file.size)}</span>
      </button>
    );
  }
}
