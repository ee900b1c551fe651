import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_UPLOAD_TYPE,
  VISITOR_ATTACHMENTS_PATH,
  type AttachmentLimits,
} from '../../protocol/attachments.ts';
import type { ChatMessage } from '../../protocol/message.ts';
import type { ChatClient } from './client.ts';

export type UploadError = 'tooLarge' | 'badType' | 'failed' | 'tooFast';

export interface UploadItem {
  /** Made once per file: sending it again after a failure stores it once. */
  clientId: string;
  file: File;
  /** Bytes sent so far, for the progress bar. */
  sent: number;
  error: UploadError | null;
}

/** The files on their way or refused, oldest first; redrawn through the client. */
export const uploads: UploadItem[] = [];

function allowedByName(name: string, limits: AttachmentLimits): boolean {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return true; // no ending: the server judges by the bytes
  const ext = name.slice(dot).toLowerCase();
  return limits.kinds.some((kind) => ATTACHMENT_ACCEPT[kind].split(',').includes(ext));
}

function settle(client: ChatClient, item: UploadItem, error: UploadError | null): void {
  item.error = error;
  if (!error) uploads.splice(uploads.indexOf(item), 1);
  client.onChange();
}

/**
 * Sends one file as the raw body, with the visitor's token as a header: XMLHttpRequest, as
 * fetch cannot tell how far an upload has got. The stored message arrives in the answer (and
 * over the socket); a refusal stays on screen with the reason.
 */
function start(client: ChatClient, item: UploadItem): void {
  const query = new URLSearchParams({ clientId: item.clientId, name: item.file.name || 'file' });
  const xhr = new XMLHttpRequest();
  xhr.open('POST', `${VISITOR_ATTACHMENTS_PATH}?${query}`);
  xhr.setRequestHeader('content-type', ATTACHMENT_UPLOAD_TYPE);
  xhr.setRequestHeader('authorization', `Bearer ${client.state.token ?? ''}`);
  xhr.upload.onprogress = (e) => {
    item.sent = e.loaded;
    client.onChange();
  };
  xhr.onload = () => {
    if (xhr.status === 201) {
      client.merge([(JSON.parse(xhr.responseText) as { message: ChatMessage }).message]);
      return settle(client, item, null);
    }
    const byStatus: Record<number, UploadError> = {
      413: 'tooLarge',
      415: 'badType',
      429: 'tooFast',
    };
    settle(client, item, byStatus[xhr.status] ?? 'failed');
  };
  xhr.onerror = () => settle(client, item, 'failed');
  item.sent = 0;
  item.error = null;
  xhr.send(item.file);
  client.onChange();
}

/** Files picked, dropped or pasted: each checked against the site's limits, then sent in turn. */
export function uploadFiles(client: ChatClient, files: File[]): void {
  const limits = client.attachments;
  for (const file of files) {
    const item: UploadItem = { clientId: crypto.randomUUID(), file, sent: 0, error: null };
    uploads.push(item);
    if (limits && file.size > limits.maxMb * 1_000_000) settle(client, item, 'tooLarge');
    else if (limits && !allowedByName(file.name, limits)) settle(client, item, 'badType');
    else start(client, item);
  }
}

export function retry(client: ChatClient, item: UploadItem): void {
  start(client, item);
}

export function dismiss(client: ChatClient, item: UploadItem): void {
  settle(client, item, null);
}
