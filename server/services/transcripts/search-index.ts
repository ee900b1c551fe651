import { indexTerms } from '../../../knowledge/search-terms.ts';
import type { Logger } from '../../logger.ts';
import type { IndexableMessage } from '../../store/types.ts';
import type { Timers } from '../../timers.ts';
import type { ServiceDeps } from '../deps.ts';

/**
 * Messages per transaction. Making terms costs ~40 µs a message (traditional → simplified
 * conversion mostly), so a batch holds the event loop for ~20–30 ms at most.
 */
export const INDEX_BATCH = 500;
/** How long new messages wait, at most, before they can be found. */
export const INDEX_INTERVAL_MS = 500;
/** The pause between two full batches while catching up: chats and requests run in between. */
const CATCH_UP_PAUSE_MS = 10;

/**
 * What visitors and agents wrote is searched; the bot's canned answers and Kefu's notices are
 * the same text in thousands of conversations, and would be most of the index for nothing.
 */
function termsOf(message: IndexableMessage): string {
  return message.author === 'visitor' || message.author === 'agent' ? indexTerms(message.body) : '';
}

/** Indexes one batch; returns how many messages it read. */
export function indexSearchBatch(deps: Pick<ServiceDeps, 'store'>): Promise<number> {
  return deps.store.transcripts.indexNext(INDEX_BATCH, termsOf);
}

/** Indexes every message not indexed yet (tests, benchmarks, scripts); returns how many. */
export async function catchUpSearchIndex(deps: Pick<ServiceDeps, 'store'>): Promise<number> {
  let total = 0;
  for (let n = await indexSearchBatch(deps); n > 0; n = await indexSearchBatch(deps)) total += n;
  return total;
}

/**
 * Keeps the transcript search index up with new messages, off the message hot path: a batch
 * every `INDEX_INTERVAL_MS`, back to back (with a short pause) while there is a backlog, e.g.
 * after upgrading a desk with a long history.
 */
export class SearchIndexer {
  private cancel: (() => void) | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly deps: Pick<ServiceDeps, 'store'>,
    private readonly timers: Timers,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.schedule(0);
  }

  /** No batch starts after this; resolves once the one running (if any) has committed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.cancel?.();
    this.cancel = null;
    await this.running;
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.cancel = this.timers.set(() => {
      this.cancel = null;
      this.running = this.run();
    }, ms);
  }

  private async run(): Promise<void> {
    let next = INDEX_INTERVAL_MS;
    try {
      if ((await indexSearchBatch(this.deps)) === INDEX_BATCH) next = CATCH_UP_PAUSE_MS;
    } catch (err) {
      this.logger.error({ err }, 'indexing messages for transcript search failed');
    }
    this.running = null;
    this.schedule(next);
  }
}
