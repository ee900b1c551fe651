/**
 * Files in the chat, both ways. No zod here: the widget and the console import these limits
 * and paths. Every type is checked by the file's bytes on the server, never by its name.
 */

/** What an admin allows, in groups a person recognises (挂件 page). */
export const ATTACHMENT_KINDS = ['image', 'pdf', 'office', 'text'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** The content types each group stands for: what the server detects and serves. */
export const ATTACHMENT_TYPES: Record<AttachmentKind, readonly string[]> = {
  image: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'],
  pdf: ['application/pdf'],
  office: [
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/msword',
    'application/vnd.ms-excel',
    'application/vnd.ms-powerpoint',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
  ],
  text: ['text/plain', 'text/csv'],
};

/** What the file picker offers, per group (a hint only: the server decides by the bytes). */
export const ATTACHMENT_ACCEPT: Record<AttachmentKind, string> = {
  image: '.png,.jpg,.jpeg,.gif,.webp',
  pdf: '.pdf',
  office: '.docx,.xlsx,.pptx,.doc,.xls,.ppt,.odt,.ods,.odp',
  text: '.txt,.csv',
};

/** The per-site limits kept in the widget settings (挂件). */
export interface AttachmentLimits {
  /** Largest file, in MB (1,000,000 bytes), 1 to ATTACHMENT_MAX_MB. */
  maxMb: number;
  /** The groups allowed; none turns attachments off. */
  kinds: AttachmentKind[];
}

export const ATTACHMENT_MAX_MB = 50;
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxMb: 10,
  kinds: [...ATTACHMENT_KINDS],
};
/** Longest file name kept (characters); longer ones are cut, keeping the extension. */
export const ATTACHMENT_NAME_MAX = 200;

export const attachmentMaxBytes = (limits: AttachmentLimits): number => limits.maxMb * 1_000_000;

/** A file on a message of kind `attachment`; the bytes are at the message's download path. */
export interface Attachment {
  /** The sender's file name, for display and the download's name only. */
  name: string;
  /** The type detected from the bytes. */
  type: string;
  size: number;
  /** A validated image the clients may show inline. */
  image: boolean;
}

/**
 * Uploads are the raw file as the body (`application/octet-stream`), the file name and the
 * client-made id in the query: `?clientId=…&name=…`.
 */
export const VISITOR_ATTACHMENTS_PATH = '/api/visitor/attachments';
export const visitorAttachmentPath = (messageId: string): string =>
  `${VISITOR_ATTACHMENTS_PATH}/${encodeURIComponent(messageId)}`;
export const conversationAttachmentsPath = (conversationId: string): string =>
  `/api/conversations/${encodeURIComponent(conversationId)}/attachments`;
export const agentAttachmentPath = (messageId: string): string =>
  `/api/attachments/${encodeURIComponent(messageId)}`;

/** The body type of every upload: not one a form on another site can send without asking. */
export const ATTACHMENT_UPLOAD_TYPE = 'application/octet-stream';
