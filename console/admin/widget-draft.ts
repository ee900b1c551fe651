import type { WidgetSettings } from '../../protocol/admin.ts';
import type { AttachmentKind } from '../../protocol/attachments.ts';
import type { Language } from '../../protocol/language.ts';
import type { WidgetSettingsInput } from '../../protocol/schemas/admin.ts';
import type { PreChatSettingsInput } from '../../protocol/schemas/pre-chat.ts';
import type { Failure } from '../rest.ts';
import type { AdminTexts } from './i18n.ts';
import { refusedPath, type FormProblem } from './refusal.ts';

/** The widget form as typed: lists are one entry per line. */
export interface WidgetDraft {
  color: string;
  greeting: Record<Language, string>;
  phrases: string;
  anySite: boolean;
  origins: string;
  /** As typed; the server checks it is a whole number in range. */
  maxMb: string;
  kinds: AttachmentKind[];
  /** New custom questions have no id until saved. */
  preChat: PreChatSettingsInput;
}

export type WidgetField =
  'color' | `greeting.${Language}` | 'phrases' | 'origins' | 'maxMb' | 'preChat';

export function widgetDraft(settings: WidgetSettings): WidgetDraft {
  return {
    color: settings.color,
    greeting: { ...settings.greeting },
    phrases: settings.handoffPhrases.join('\n'),
    anySite: settings.embed.anySite,
    origins: settings.embed.origins.join('\n'),
    maxMb: String(settings.attachments.maxMb),
    kinds: [...settings.attachments.kinds],
    preChat: { enabled: settings.preChat.enabled, fields: [...settings.preChat.fields] },
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function widgetInput(draft: WidgetDraft): WidgetSettingsInput {
  return {
    color: draft.color,
    greeting: draft.greeting,
    handoffPhrases: lines(draft.phrases),
    embed: { anySite: draft.anySite, origins: lines(draft.origins) },
    attachments: { maxMb: Number(draft.maxMb), kinds: draft.kinds },
    preChat: draft.preChat,
  };
}

/**
 * The field the server refused, in the admin's language. A refused list item is named by its
 * position in what was sent (`embed.origins.1`), so the message can quote it.
 */
export function widgetProblem(
  tx: AdminTexts,
  failure: Failure,
  sent: WidgetSettingsInput,
): FormProblem<WidgetField> {
  const [first, second, third] = refusedPath(failure) ?? [];
  if (first === 'color') return { field: 'color', message: tx.colorInvalid };
  if (first === 'greeting' && (second === 'zh-CN' || second === 'en')) {
    return { field: `greeting.${second}`, message: tx.greetingInvalid };
  }
  if (first === 'handoffPhrases') {
    const phrase = sent.handoffPhrases[Number(second)];
    const message = phrase === undefined ? tx.phrasesEmpty : tx.phraseInvalid(phrase);
    return { field: 'phrases', message };
  }
  if (first === 'embed' && second === 'origins') {
    const origin = sent.embed.origins[Number(third)];
    const message = origin === undefined ? tx.originsEmpty : tx.originInvalid(origin);
    return { field: 'origins', message };
  }
  if (first === 'attachments') return { field: 'maxMb', message: tx.maxMbInvalid };
  if (first === 'preChat') return { field: 'preChat', message: tx.preChat.invalid };
  return { field: null, message: tx.problems[failure.problem] };
}
