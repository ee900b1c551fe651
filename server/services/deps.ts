import type { FaqIndex } from '../../knowledge/index.ts';
import type { Language } from '../../protocol/index.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/types.ts';
import type { AttachmentFiles } from '../store/types/attachment-files.ts';
import type { HandoffPhrases } from './bot/handoff-phrases.ts';
import type { DomainEvents } from './events.ts';
import type { LiveWidgetSettings } from './widget/live.ts';

/** What every use case may touch: storage, the live FAQ index, time and the event bus. */
export interface ServiceDeps {
  store: Store;
  faq: FaqIndex;
  /** The messages that ask for a person: the admin's list, else the configured one. */
  handoffPhrases: HandoffPhrases;
  /** The widget settings in force (look, handoff phrases, allowed sites). */
  widget: LiveWidgetSettings;
  clock: Clock;
  events: DomainEvents;
  /** The bytes of chat attachments (DATA_DIR/attachments). */
  files: AttachmentFiles;
}

/** An authenticated visitor, as the realtime layer hands it to services. */
export interface VisitorActor {
  visitorId: string;
  lang: Language;
}
