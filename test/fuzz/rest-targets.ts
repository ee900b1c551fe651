import type { z } from 'zod';
import {
  agentCreateSchema,
  agentUpdateSchema,
  departmentCreateSchema,
  departmentRenameSchema,
  passwordResetSchema,
  widgetSettingsSchema,
} from '../../protocol/schemas/admin.ts';
import {
  attachmentUploadQuerySchema,
  avatarUploadQuerySchema,
} from '../../protocol/schemas/attachments.ts';
import { loginSchema } from '../../protocol/schemas/auth.ts';
import { identitySettingsSchema, secretRegenerateSchema } from '../../protocol/schemas/identity.ts';
import {
  deskSettingsSchema,
  leftMessageHandleSchema,
  leftMessageListSchema,
  quickReplySchema,
} from '../../protocol/schemas/desk.ts';
import {
  faqEntryInputSchema,
  faqEntryUpdateSchema,
  faqListQuerySchema,
  faqRestoreSchema,
  faqTestSchema,
} from '../../protocol/schemas/faq-admin.ts';
import {
  faqExportQuerySchema,
  faqImportQuerySchema,
  faqTemplateQuerySchema,
} from '../../protocol/schemas/faq-transfer.ts';
import { auditQuerySchema } from '../../protocol/schemas/data-care.ts';
import { gapListQuerySchema, gapResolveSchema } from '../../protocol/schemas/gaps.ts';
import { reportQuerySchema } from '../../protocol/schemas/report.ts';
import {
  transcriptExportQuerySchema,
  transcriptFileQuerySchema,
  transcriptQuerySchema,
  visitorTranscriptQuerySchema,
} from '../../protocol/schemas/transcripts.ts';
import {
  ticketAssignSchema,
  ticketContactsSchema,
  ticketCreateSchema,
  ticketFollowUpSchema,
  ticketFromLeftMessageSchema,
  ticketListQuerySchema,
  ticketNoteSchema,
  ticketReplySchema,
  ticketStatusSchema,
  ticketUpdateSchema,
} from '../../protocol/schemas/tickets.ts';
import {
  surveyExportQuerySchema,
  surveyResponseSchema,
  surveySaveSchema,
  surveyStatusSchema,
} from '../../protocol/schemas/surveys.ts';
import { helpRulesSaveSchema, noticesSaveSchema } from '../../protocol/schemas/page-help.ts';
import { sessionCreateSchema } from '../../protocol/schemas/visitor.ts';

const JSON_ONLY = ['application/json'] as const;
const UPLOAD_TYPES = [
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
  'application/json',
  'application/octet-stream',
] as const;

const ATTACHMENT_TYPES = ['application/octet-stream'] as const;

const KB = 1024;

/** One REST route as a fuzzer sees it: who may call it and what it reads. */
export interface RestTarget {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Express's pattern; `:id` is filled per case. */
  path: string;
  access: 'public' | 'agent' | 'admin';
  query?: z.ZodType;
  /** The JSON body's schema. */
  body?: z.ZodType;
  /** A request without a body counts as `{}`. */
  bodyOptional?: true;
  /** The body parser's limit, in bytes (the app's 16 kB unless the route parses its own). */
  bodyLimit?: number;
  /** The body types the CSRF guard lets through on a state-changing request. */
  guard?: readonly string[];
  /** The body is a file (a knowledge base, a chat attachment), not JSON. */
  upload?: true;
  /** Ends the caller's session: never sent with the campaign's own cookies. */
  endsSession?: true;
}

const admin = (t: Omit<RestTarget, 'access' | 'guard'>): RestTarget => ({
  access: 'admin',
  guard: JSON_ONLY,
  ...t,
});
const agent = (t: Omit<RestTarget, 'access' | 'guard'>): RestTarget => ({
  access: 'agent',
  guard: JSON_ONLY,
  ...t,
});
const entryLimit = 512 * KB;

/** Every route of server/http (docs/api.md), checked against the app's router by the test. */
export const REST_TARGETS: readonly RestTarget[] = [
  { method: 'GET', path: '/healthz', access: 'public' },
  { method: 'GET', path: '/api/widget/config', access: 'public' },
  { method: 'GET', path: '/widget.js', access: 'public' },
  { method: 'GET', path: '/widget-help.js', access: 'public' },
  { method: 'GET', path: '/chat', access: 'public' },
  { method: 'GET', path: '/console', access: 'public' },
  {
    method: 'POST',
    path: '/api/visitor/sessions',
    access: 'public',
    guard: JSON_ONLY,
    body: sessionCreateSchema,
    bodyOptional: true,
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    access: 'public',
    guard: JSON_ONLY,
    body: loginSchema,
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    access: 'public',
    guard: JSON_ONLY,
    endsSession: true,
  },
  agent({ method: 'POST', path: '/api/auth/logout-everywhere', endsSession: true }),
  agent({ method: 'GET', path: '/api/auth/me' }),
  agent({ method: 'GET', path: '/api/quick-replies' }),
  admin({ method: 'POST', path: '/api/quick-replies', body: quickReplySchema }),
  admin({ method: 'PUT', path: '/api/quick-replies/:id', body: quickReplySchema }),
  admin({ method: 'DELETE', path: '/api/quick-replies/:id' }),
  agent({ method: 'GET', path: '/api/left-messages', query: leftMessageListSchema }),
  agent({ method: 'POST', path: '/api/left-messages/:id/handle', body: leftMessageHandleSchema }),
  agent({ method: 'GET', path: '/api/settings' }),
  admin({ method: 'PUT', path: '/api/settings', body: deskSettingsSchema }),
  agent({ method: 'GET', path: '/api/transcripts', query: transcriptQuerySchema }),
  agent({ method: 'GET', path: '/api/transcripts/export.csv', query: transcriptExportQuerySchema }),
  agent({
    method: 'GET',
    path: '/api/transcripts/export.xlsx',
    query: transcriptExportQuerySchema,
  }),
  agent({ method: 'GET', path: '/api/transcripts/:id' }),
  agent({ method: 'GET', path: '/api/tickets', query: ticketListQuerySchema }),
  agent({ method: 'POST', path: '/api/tickets', body: ticketCreateSchema }),
  agent({
    method: 'POST',
    path: '/api/tickets/from-left-message',
    body: ticketFromLeftMessageSchema,
  }),
  agent({ method: 'GET', path: '/api/tickets/:id' }),
  agent({ method: 'PUT', path: '/api/tickets/:id', body: ticketUpdateSchema }),
  agent({ method: 'POST', path: '/api/tickets/:id/status', body: ticketStatusSchema }),
  agent({ method: 'POST', path: '/api/tickets/:id/assign', body: ticketAssignSchema }),
  agent({ method: 'POST', path: '/api/tickets/:id/notes', body: ticketNoteSchema }),
  agent({ method: 'POST', path: '/api/tickets/:id/replies', body: ticketReplySchema }),
  agent({ method: 'POST', path: '/api/tickets/:id/follow-up', body: ticketFollowUpSchema }),
  admin({ method: 'GET', path: '/api/admin/tickets/overdue' }),
  admin({ method: 'GET', path: '/api/admin/ticket-contacts' }),
  admin({ method: 'PUT', path: '/api/admin/ticket-contacts/:id', body: ticketContactsSchema }),
  agent({
    method: 'GET',
    path: '/api/transcripts/:id/transcript.html',
    query: transcriptFileQuerySchema,
  }),
  agent({
    method: 'GET',
    path: '/api/transcripts/:id/transcript.txt',
    query: transcriptFileQuerySchema,
  }),
  { method: 'GET', path: '/api/reports', access: 'admin', query: reportQuerySchema },
  { method: 'GET', path: '/api/reports/report.xlsx', access: 'admin', query: reportQuerySchema },
  { method: 'GET', path: '/api/reports/report.html', access: 'admin', query: reportQuerySchema },
  admin({ method: 'GET', path: '/api/admin/agents' }),
  admin({ method: 'POST', path: '/api/admin/agents', body: agentCreateSchema }),
  admin({ method: 'PUT', path: '/api/admin/agents/:id', body: agentUpdateSchema }),
  admin({
    method: 'POST',
    path: '/api/admin/agents/:id/password',
    body: passwordResetSchema,
    bodyOptional: true,
  }),
  admin({ method: 'POST', path: '/api/admin/agents/:id/deactivate' }),
  admin({ method: 'POST', path: '/api/admin/agents/:id/reactivate' }),
  admin({ method: 'GET', path: '/api/admin/departments' }),
  admin({ method: 'POST', path: '/api/admin/departments', body: departmentCreateSchema }),
  admin({ method: 'PUT', path: '/api/admin/departments/:id', body: departmentRenameSchema }),
  admin({ method: 'POST', path: '/api/admin/departments/:id/default' }),
  admin({ method: 'DELETE', path: '/api/admin/departments/:id' }),
  admin({ method: 'GET', path: '/api/admin/widget' }),
  admin({ method: 'DELETE', path: '/api/admin/visitors/:id' }),
  admin({ method: 'GET', path: '/api/admin/audit', query: auditQuerySchema }),
  admin({ method: 'PUT', path: '/api/admin/widget', body: widgetSettingsSchema }),
  admin({ method: 'GET', path: '/api/admin/widget/identity' }),
  admin({ method: 'PUT', path: '/api/admin/widget/identity', body: identitySettingsSchema }),
  admin({
    method: 'POST',
    path: '/api/admin/widget/identity/secret',
    body: secretRegenerateSchema,
    bodyOptional: true,
  }),
  admin({ method: 'GET', path: '/api/faq', query: faqListQuerySchema, bodyLimit: entryLimit }),
  admin({ method: 'POST', path: '/api/faq', body: faqEntryInputSchema, bodyLimit: entryLimit }),
  admin({ method: 'POST', path: '/api/faq/test', body: faqTestSchema, bodyLimit: entryLimit }),
  admin({ method: 'GET', path: '/api/faq/:id', bodyLimit: entryLimit }),
  admin({ method: 'PUT', path: '/api/faq/:id', body: faqEntryUpdateSchema, bodyLimit: entryLimit }),
  admin({ method: 'DELETE', path: '/api/faq/:id', bodyLimit: entryLimit }),
  admin({
    method: 'POST',
    path: '/api/faq/:id/restore',
    body: faqRestoreSchema,
    bodyLimit: entryLimit,
  }),
  admin({ method: 'GET', path: '/api/faq/gaps', query: gapListQuerySchema, bodyLimit: 1024 * KB }),
  admin({
    method: 'POST',
    path: '/api/faq/gaps/resolve',
    body: gapResolveSchema,
    bodyLimit: 1024 * KB,
  }),
  { method: 'GET', path: '/api/faq/export', access: 'admin', query: faqExportQuerySchema },
  { method: 'GET', path: '/api/faq/template', access: 'admin', query: faqTemplateQuerySchema },
  {
    method: 'POST',
    path: '/api/faq/import',
    access: 'admin',
    guard: UPLOAD_TYPES,
    query: faqImportQuerySchema,
    upload: true,
  },
  // The visitor's file routes want their token as a Bearer header, which no case carries.
  {
    method: 'POST',
    path: '/api/visitor/attachments',
    access: 'public',
    guard: ATTACHMENT_TYPES,
    query: attachmentUploadQuerySchema,
    upload: true,
  },
  { method: 'GET', path: '/api/visitor/attachments/:id', access: 'public' },
  {
    method: 'GET',
    path: '/api/visitor/transcript',
    access: 'public',
    query: visitorTranscriptQuerySchema,
  },
  {
    method: 'POST',
    path: '/api/conversations/:id/attachments',
    access: 'agent',
    guard: ATTACHMENT_TYPES,
    query: attachmentUploadQuerySchema,
    upload: true,
  },
  { method: 'GET', path: '/api/attachments/:id', access: 'agent' },
  {
    method: 'PUT',
    path: '/api/agents/:id/avatar',
    access: 'agent',
    guard: ATTACHMENT_TYPES,
    query: avatarUploadQuerySchema,
    upload: true,
  },
  agent({ method: 'DELETE', path: '/api/agents/:id/avatar' }),
  { method: 'GET', path: '/api/avatars/:id', access: 'public' },
  admin({ method: 'GET', path: '/api/admin/surveys' }),
  admin({ method: 'POST', path: '/api/admin/surveys', body: surveySaveSchema }),
  admin({ method: 'GET', path: '/api/admin/surveys/:id' }),
  admin({ method: 'PUT', path: '/api/admin/surveys/:id', body: surveySaveSchema }),
  admin({ method: 'POST', path: '/api/admin/surveys/:id/status', body: surveyStatusSchema }),
  admin({ method: 'GET', path: '/api/admin/surveys/:id/results' }),
  admin({ method: 'GET', path: '/api/admin/surveys/:id/export', query: surveyExportQuerySchema }),
  admin({ method: 'GET', path: '/api/admin/page-help' }),
  admin({ method: 'PUT', path: '/api/admin/page-help/rules', body: helpRulesSaveSchema }),
  admin({ method: 'PUT', path: '/api/admin/page-help/notices', body: noticesSaveSchema }),
  // The visitor's survey routes want their token as a Bearer header, which no case carries.
  { method: 'GET', path: '/api/surveys/:id', access: 'public' },
  {
    method: 'POST',
    path: '/api/surveys/:id/responses',
    access: 'public',
    guard: JSON_ONLY,
    body: surveyResponseSchema,
  },
];
