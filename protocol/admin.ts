import type { AgentProfile, AgentStatus } from './agent.ts';
import type { Language } from './language.ts';
import type { AttachmentLimits } from './attachments.ts';
import type { HelpRuleConfig, NoticeConfig } from './page-help.ts';
import type { PreChatSettings } from './pre-chat.ts';
import type { SurveyInvite } from './surveys.ts';

/** REST: an account as the admin's 坐席 page lists it (GET /api/admin/agents → { agents }). */
export interface AgentAdmin extends AgentProfile {
  /** False once deactivated: cannot sign in, takes no chats. */
  active: boolean;
  status: AgentStatus;
  /** Chats the agent holds now. */
  activeChats: number;
  createdAt: string;
}

/**
 * REST: POST /api/admin/agents → 201 { agent, generatedPassword }. The password is only in
 * this answer when the server made it up (no `password` was sent): show it once, it is not
 * stored anywhere readable.
 */
export interface AgentCreated {
  agent: AgentAdmin;
  generatedPassword: string | null;
}

/** REST: POST /api/admin/agents/:id/password → the new password when the server made it up. */
export interface PasswordReset {
  generatedPassword: string | null;
}

/** REST: a department as the admin's 部门 page lists it (GET /api/admin/departments). */
export interface DepartmentAdmin {
  /** A slug such as `after-sales`; fixed once created. */
  id: string;
  nameZh: string;
  nameEn: string;
  /** Where chats go when nothing else chooses a department. */
  isDefault: boolean;
  /** Accounts that serve it, deactivated ones included. */
  agents: number;
  /** Conversations waiting in its queue or held by an agent now. */
  openChats: number;
  /** False when agents, chats or past records refer to it; `blockedBy` says which. */
  deletable: boolean;
  blockedBy: 'default' | 'agents' | 'open_chats' | 'records' | null;
}

/** The widget's look and behaviour, kept in the console's 挂件 page. */
export interface WidgetSettings {
  /** Launcher and chat header colour, `#rrggbb`. */
  color: string;
  /** The chat's first bubble per language; '' shows the built-in greeting. */
  greeting: Record<Language, string>;
  /** Whole messages that hand the visitor to a person instead of a bot answer. */
  handoffPhrases: string[];
  /** Sites that may show the widget: any, or only these origins (Kefu's own pages always may). */
  embed: { anySite: boolean; origins: string[] };
  /** Files visitors and agents may send: the largest size and the kinds allowed. */
  attachments: AttachmentLimits;
  /** The form a visitor fills in before a person takes the chat; off by default. */
  preChat: PreChatSettings;
}

/**
 * REST: GET and PUT /api/admin/widget. `defaults` is what a fresh install uses: the server's
 * environment (KEFU_HANDOFF_PHRASES, KEFU_EMBED_ORIGINS) and the built-in look.
 */
export interface WidgetSettingsView {
  settings: WidgetSettings;
  defaults: WidgetSettings;
}

/** REST, public: GET /api/widget/config, what the loader and the chat app need to draw. */
export interface WidgetConfig {
  color: string;
  greeting: Record<Language, string>;
  /** `*`, or the origins that may embed the widget besides Kefu's own. */
  origins: '*' | string[];
  /** What the chat may upload, so it can say so before sending. */
  attachments: AttachmentLimits;
  /** Open surveys that show after a chat or on some pages (link-only ones are not listed). */
  surveys: SurveyInvite[];
  /** In-context help by page pattern, in the admin's order: the first that matches applies. */
  help: HelpRuleConfig[];
  /** 公告 live now, newest first (at most three). */
  notices: NoticeConfig[];
}
