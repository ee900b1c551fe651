import { z } from 'zod';
import { PRE_CHAT_BUILT_INS, PRE_CHAT_CUSTOM_MAX } from '../pre-chat.ts';
import { cleanText, serverIdSchema } from './common.ts';

const label = cleanText(40)
  .transform((s) => s.trim())
  .pipe(z.string().min(1, 'word the question in both languages'));

const builtInField = z.strictObject({
  key: z.enum(PRE_CHAT_BUILT_INS),
  required: z.boolean(),
});

/** A new custom question comes without an id: the server makes one, kept across later saves. */
const customField = z.strictObject({
  key: z.literal('custom'),
  id: serverIdSchema.optional(),
  label: z.strictObject({ 'zh-CN': label, en: label }),
  required: z.boolean(),
});

/** Part of PUT /api/admin/widget: built-in fields at most once each, up to 5 custom ones. */
export const preChatSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    fields: z
      .array(z.discriminatedUnion('key', [builtInField, customField]))
      .max(PRE_CHAT_BUILT_INS.length + PRE_CHAT_CUSTOM_MAX)
      .superRefine((fields, ctx) => {
        const seen = new Set<string>();
        let custom = 0;
        fields.forEach((f, i) => {
          const name = f.key === 'custom' ? (f.id ?? null) : f.key;
          if (f.key === 'custom' && ++custom > PRE_CHAT_CUSTOM_MAX) {
            ctx.addIssue({
              code: 'custom',
              path: [i],
              message: `at most ${PRE_CHAT_CUSTOM_MAX} custom questions`,
            });
          }
          if (name === null) return;
          if (seen.has(name)) {
            ctx.addIssue({ code: 'custom', path: [i], message: `"${name}" is in the form twice` });
          }
          seen.add(name);
        });
      }),
  })
  .refine((s) => !s.enabled || s.fields.length > 0, {
    message: 'add at least one field, or switch the form off',
    path: ['fields'],
  });

export type PreChatSettingsInput = z.input<typeof preChatSettingsSchema>;
