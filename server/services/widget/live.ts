import type { IdentitySettings, SurveyInvite, WidgetSettings } from '../../../protocol/index.ts';
import { defaultAttachmentLimits } from '../../../protocol/schemas/attachments.ts';
import { HandoffPhrases } from '../bot/handoff-phrases.ts';
import { NO_PRE_CHAT } from './pre-chat-settings.ts';
import { NO_PAGE_HELP, type PageHelp } from '../page-help/store.ts';

/** The built-in look: the launcher's blue, and the chat's own greeting in each language. */
export const DEFAULT_WIDGET_COLOR = '#1f6feb';

/** The server's environment (KEFU_HANDOFF_PHRASES, KEFU_EMBED_ORIGINS) as widget settings. */
export function widgetDefaults(env: {
  handoffPhrases: readonly string[];
  embedOrigins: '*' | readonly string[];
}): WidgetSettings {
  const anySite = env.embedOrigins === '*';
  return {
    color: DEFAULT_WIDGET_COLOR,
    greeting: { 'zh-CN': '', en: '' },
    handoffPhrases: [...env.handoffPhrases],
    embed: { anySite, origins: anySite ? [] : [...env.embedOrigins] },
    attachments: defaultAttachmentLimits(),
    preChat: NO_PRE_CHAT,
  };
}

/**
 * The widget settings in force, in memory: every bot turn reads the handoff phrases and every
 * /chat response the allowed sites, so they are not read from the database each time. Saving
 * replaces them here too, so a change applies to the next message and the next frame load.
 */
export class LiveWidgetSettings {
  readonly handoffPhrases: HandoffPhrases;
  /** The site secret and the tiers served first; replaced whole on save. */
  identity: IdentitySettings = { secret: '', priorityTiers: [] };
  /** The open surveys the widget may invite to; replaced whole after every survey change. */
  surveys: SurveyInvite[] = [];
  /** In-context help rules and 公告; replaced whole on save. */
  pageHelp: PageHelp = NO_PAGE_HELP;
  private settings: WidgetSettings;

  constructor(readonly defaults: WidgetSettings) {
    this.settings = defaults;
    this.handoffPhrases = new HandoffPhrases(defaults.handoffPhrases);
  }

  get current(): WidgetSettings {
    return this.settings;
  }

  replace(settings: WidgetSettings): void {
    this.settings = settings;
    this.handoffPhrases.replace(settings.handoffPhrases);
  }

  /** `*`, or the sites listed; the chat app is always framable by Kefu's own pages (the demo). */
  frameAncestors(): string {
    const { anySite, origins } = this.settings.embed;
    return anySite ? '*' : ["'self'", ...origins].join(' ');
  }
}
