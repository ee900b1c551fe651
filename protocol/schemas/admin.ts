import { z } from 'zod';
import { attachmentLimitsSchema } from './attachments.ts';
import { cleanText, languageSchema, serverIdSchema } from './common.ts';
import { preChatSettingsSchema } from './pre-chat.ts';

const trimmed = (max: number, empty: string) =>
  cleanText(max)
    .transform((s) => s.trim())
    .pipe(z.string().min(1, empty));

/** Same rule as KEFU_ADMIN_PASSWORD. */
const passwordSchema = z
  .string()
  .min(8, 'at least 8 characters')
  .max(200, 'at most 200 characters');

const agentFields = {
  email: z
    .email('enter an e-mail address')
    .max(254)
    .transform((s) => s.toLowerCase()),
  name: trimmed(60, 'enter a name'),
  role: z.enum(['agent', 'admin']),
  departments: z
    .array(serverIdSchema)
    .min(1, 'choose at least one department')
    .max(50)
    .transform((ids) => [...new Set(ids)].sort()),
  maxChats: z.number().int().min(1, 'at least 1').max(50, 'at most 50'),
  lang: languageSchema,
};

/** REST: POST /api/admin/agents. Without `password` the server makes one up and shows it once. */
export const agentCreateSchema = z.strictObject({
  ...agentFields,
  password: passwordSchema.optional(),
});

/** REST: PUT /api/admin/agents/:id. The password is reset on its own. */
export const agentUpdateSchema = z.strictObject(agentFields);

/** REST: POST /api/admin/agents/:id/password. Without `password` the server makes one up. */
export const passwordResetSchema = z.strictObject({ password: passwordSchema.optional() });

const departmentNames = {
  nameZh: trimmed(40, 'enter the Chinese name'),
  nameEn: trimmed(60, 'enter the English name'),
};

/** REST: POST /api/admin/departments. The id is what the knowledge base's `department` names. */
export const departmentCreateSchema = z.strictObject({
  id: z
    .string()
    .trim()
    .regex(
      /^[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?$/,
      'an id is 1–32 lower-case letters, digits or -, e.g. after-sales',
    ),
  ...departmentNames,
});

/** REST: PUT /api/admin/departments/:id */
export const departmentRenameSchema = z.strictObject(departmentNames);

const colorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')
  .transform((s) => s.toLowerCase());

/** Only http(s) origins with nothing after the host: `https://shop.example.com`. */
export const originSchema = z.string().refine(
  (s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === s;
    } catch {
      return false;
    }
  },
  {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not an origin like https://shop.example.com (no path)`,
  },
);

/** Normalised as the bot compares: case and punctuation do not matter, but a phrase needs a letter or digit. */
const phraseSchema = trimmed(50, 'a phrase is empty').refine(
  (p) => /[\p{L}\p{N}]/u.test(p),
  'a phrase needs a letter or digit',
);

const unique = <T>(items: T[]) => [...new Set(items)];

/** Empty: the chat's built-in greeting. */
const greetingText = cleanText(500).transform((s) => s.trim());

/** REST: PUT /api/admin/widget */
export const widgetSettingsSchema = z.strictObject({
  color: colorSchema,
  greeting: z.strictObject({ 'zh-CN': greetingText, en: greetingText }),
  handoffPhrases: z
    .array(phraseSchema)
    .min(1, 'list at least one phrase')
    .max(200)
    .transform(unique),
  embed: z
    .strictObject({
      anySite: z.boolean(),
      origins: z.array(originSchema).max(50).transform(unique),
    })
    .refine((e) => e.anySite || e.origins.length > 0, {
      message: 'list at least one site, or allow any site',
      path: ['origins'],
    }),
  /** Left out: the saved limits stay. */
  attachments: attachmentLimitsSchema.optional(),
  /** Left out: the saved pre-chat form stays. */
  preChat: preChatSettingsSchema.optional(),
});

export type AgentCreateInput = z.input<typeof agentCreateSchema>;
export type AgentUpdateInput = z.input<typeof agentUpdateSchema>;
export type PasswordResetInput = z.input<typeof passwordResetSchema>;
export type DepartmentCreateInput = z.input<typeof departmentCreateSchema>;
export type DepartmentRenameInput = z.input<typeof departmentRenameSchema>;
export type WidgetSettingsInput = z.input<typeof widgetSettingsSchema>;
