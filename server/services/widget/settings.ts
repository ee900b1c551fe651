import type { z } from 'zod';
import type { WidgetConfig, WidgetSettings, WidgetSettingsView } from '../../../protocol/index.ts';
import { widgetSettingsSchema } from '../../../protocol/schemas/admin.ts';
import { attachmentLimitsSchema } from '../../../protocol/schemas/attachments.ts';
import { preChatSettingsSchema } from '../../../protocol/schemas/pre-chat.ts';
import type { ServiceDeps } from '../deps.ts';
import { helpConfig, liveNotices } from '../page-help/config.ts';
import { loadPageHelp } from '../page-help/store.ts';
import { loadSurveyInvites, surveyInvites } from '../surveys/invites.ts';
import { loadIdentitySettings } from './identity-settings.ts';
import { LiveWidgetSettings } from './live.ts';
import { withIds } from './pre-chat-settings.ts';

/** Each setting is its own key, so one that no longer parses falls back to its default alone. */
const KEYS = {
  color: 'widget.color',
  greeting: 'widget.greeting',
  handoffPhrases: 'widget.handoffPhrases',
  embed: 'widget.embed',
  attachments: 'widget.attachments',
  preChat: 'widget.preChat',
} as const satisfies Record<keyof WidgetSettings, string>;

/** The stored settings over the environment's defaults. */
export async function readWidgetSettings(
  deps: Pick<ServiceDeps, 'store'>,
  defaults: WidgetSettings,
): Promise<WidgetSettings> {
  const shape = widgetSettingsSchema.shape;
  const read = async <S extends z.ZodType>(key: string, schema: S, fallback: z.output<S>) => {
    const parsed = schema.safeParse(await deps.store.settings.get(key));
    return parsed.success ? parsed.data : fallback;
  };
  return {
    color: await read(KEYS.color, shape.color, defaults.color),
    greeting: await read(KEYS.greeting, shape.greeting, defaults.greeting),
    handoffPhrases: await read(KEYS.handoffPhrases, shape.handoffPhrases, defaults.handoffPhrases),
    embed: await read(KEYS.embed, shape.embed, defaults.embed),
    attachments: await read(KEYS.attachments, attachmentLimitsSchema, defaults.attachments),
    preChat: withIds(await read(KEYS.preChat, preChatSettingsSchema, defaults.preChat)),
  };
}

/** At start-up: every part of the widget settings, into memory. */
export async function loadWidgetSettings(
  deps: Pick<ServiceDeps, 'store'>,
  defaults: WidgetSettings,
): Promise<LiveWidgetSettings> {
  const live = new LiveWidgetSettings(defaults);
  live.replace(await readWidgetSettings(deps, defaults));
  // Start-up has no clock of its own here; the time only dates the stored secret.
  live.identity = await loadIdentitySettings(deps, new Date().toISOString());
  live.surveys = await loadSurveyInvites(deps);
  live.pageHelp = await loadPageHelp(deps);
  return live;
}

export function getWidgetSettings(deps: Pick<ServiceDeps, 'widget'>): WidgetSettingsView {
  return { settings: deps.widget.current, defaults: deps.widget.defaults };
}

/** Stored first, then in force: the next bot turn and the next /chat load use them. */
export async function saveWidgetSettings(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'events'>,
  input: z.output<typeof widgetSettingsSchema>,
): Promise<WidgetSettingsView> {
  const at = deps.clock.now().toISOString();
  const { current } = deps.widget;
  const settings = {
    ...input,
    attachments: input.attachments ?? current.attachments,
    preChat: input.preChat ? withIds(input.preChat) : current.preChat,
  };
  await deps.store.settings.set(
    {
      [KEYS.color]: settings.color,
      [KEYS.greeting]: settings.greeting,
      [KEYS.handoffPhrases]: settings.handoffPhrases,
      [KEYS.embed]: settings.embed,
      [KEYS.attachments]: settings.attachments,
      [KEYS.preChat]: settings.preChat,
    },
    at,
  );
  deps.widget.replace(settings);
  deps.events.emit('widget.changed', { part: 'settings' });
  return getWidgetSettings(deps);
}

/**
 * What any page may read: the look, which sites may embed (frame-ancestors says as much), the
 * surveys to invite to, the in-context help rules and the notices live now.
 */
export function widgetConfig(deps: Pick<ServiceDeps, 'widget' | 'clock' | 'faq'>): WidgetConfig {
  const { color, greeting, embed, attachments } = deps.widget.current;
  const origins = embed.anySite ? '*' : embed.origins;
  const { rules, notices } = deps.widget.pageHelp;
  return {
    color,
    greeting,
    origins,
    attachments,
    surveys: surveyInvites(deps),
    help: helpConfig(rules, deps.faq),
    notices: liveNotices(notices, deps.clock.now()),
  };
}
