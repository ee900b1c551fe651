import { z } from 'zod';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_MAX_MB,
  ATTACHMENT_NAME_MAX,
  DEFAULT_ATTACHMENT_LIMITS,
} from '../attachments.ts';
import { cleanText, clientIdSchema } from './common.ts';

/**
 * The sender's file name, for display only (it never reaches a path on disk): the last part of
 * a path, without control characters, cut to ATTACHMENT_NAME_MAX keeping the extension.
 */
export const attachmentNameSchema = cleanText(1000)
  .transform((raw) => {
    const base = (raw.split(/[\\/]/).pop() ?? '').replace(/\s+/g, ' ').trim();
    if (base.length <= ATTACHMENT_NAME_MAX) return base;
    const dot = base.lastIndexOf('.');
    const ext = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : '';
    return base.slice(0, ATTACHMENT_NAME_MAX - ext.length) + ext;
  })
  .pipe(z.string().min(1, 'name: the file has no name'));

/** REST query of POST /api/visitor/attachments and POST /api/conversations/:id/attachments. */
export const attachmentUploadQuerySchema = z.strictObject({
  clientId: clientIdSchema,
  name: attachmentNameSchema,
});

/** The widget settings' `attachments` (挂件); a PUT without it keeps the saved one. */
export const attachmentLimitsSchema = z.strictObject({
  maxMb: z.number().int().min(1).max(ATTACHMENT_MAX_MB),
  kinds: z
    .array(z.enum(ATTACHMENT_KINDS))
    .max(ATTACHMENT_KINDS.length)
    .transform((kinds) => [...new Set(kinds)]),
});

export const defaultAttachmentLimits = () => ({
  maxMb: DEFAULT_ATTACHMENT_LIMITS.maxMb,
  kinds: [...DEFAULT_ATTACHMENT_LIMITS.kinds],
});

export type AttachmentUploadQuery = z.output<typeof attachmentUploadQuerySchema>;

/** REST query of PUT /api/agents/:id/avatar: the photo's file name, checked against its bytes. */
export const avatarUploadQuerySchema = z.strictObject({ name: attachmentNameSchema });
