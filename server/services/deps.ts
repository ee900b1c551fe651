import type { FaqIndex } from '../../knowledge/index.ts';
import type { Language } from '../../protocol/index.ts';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/types.ts';
import type { HandoffPhrases } from './bot/handoff-phrases.ts';
import type { DomainEvents } from './events.ts';

/** What every use case may touch: storage, the live FAQ index, time and the event bus. */
export interface ServiceDeps {
  store: Store;
  faq: FaqIndex;
  /** The configured messages that ask for a person. */
  handoffPhrases: HandoffPhrases;
  clock: Clock;
  events: DomainEvents;
}

/** An authenticated visitor, as the realtime layer hands it to services. */
export interface VisitorActor {
  visitorId: string;
  lang: Language;
}
