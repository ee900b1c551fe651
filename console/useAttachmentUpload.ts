import { useState } from 'preact/hooks';
import { ATTACHMENT_UPLOAD_TYPE, conversationAttachmentsPath } from '../protocol/attachments.ts';

export type UploadState = 'sending' | 'tooLarge' | 'badType' | 'failed';

export interface ConsoleUpload {
  id: string;
  name: string;
  state: UploadState;
}

const BY_STATUS: Record<number, UploadState> = { 413: 'tooLarge', 415: 'badType' };

/**
 * Sends files into the chat the agent holds, one request each, the raw file as the body. The
 * stored message reaches the transcript over the socket like a reply; a refusal stays listed
 * with its reason until dismissed.
 */
export function useAttachmentUpload(conversationId: string) {
  const [uploads, setUploads] = useState<ConsoleUpload[]>([]);
  const set = (id: string, state: UploadState | null) =>
    setUploads((list) =>
      state === null
        ? list.filter((u) => u.id !== id)
        : list.map((u) => (u.id === id ? { ...u, state } : u)),
    );

  async function one(file: File): Promise<void> {
    const id = crypto.randomUUID();
    setUploads((list) => [...list, { id, name: file.name, state: 'sending' }]);
    const query = new URLSearchParams({ clientId: id, name: file.name || 'file' });
    try {
      const res = await fetch(`${conversationAttachmentsPath(conversationId)}?${query}`, {
        method: 'POST',
        headers: { 'Content-Type': ATTACHMENT_UPLOAD_TYPE },
        body: file,
      });
      set(id, res.ok ? null : (BY_STATUS[res.status] ?? 'failed'));
    } catch {
      set(id, 'failed');
    }
  }

  return {
    uploads,
    send: (files: File[]) => files.forEach((f) => void one(f)),
    dismiss: (id: string) => set(id, null),
  };
}
