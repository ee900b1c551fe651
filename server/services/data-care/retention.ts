import type { DeletedCounts } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { recordAudit } from './audit.ts';
import { monthsBefore } from './months.ts';

/**
 * Conversations per transaction. On a year of generated traffic (~10 messages a conversation)
 * a batch took ~45 ms median, commit included (a few hundred when SQLite checkpoints): what a
 * chat message arriving meanwhile waits.
 */
export const RETENTION_BATCH = 25;
const LEFT_MESSAGE_BATCH = 500;
/** Visitors read per transaction while looking for those with nothing left. */
const VISITOR_PAGE = 1000;

/** Between two batches: whether to go on (false once the server is closing), after a pause. */
export type BetweenBatches = () => Promise<boolean>;

const noneDeleted = (): DeletedCounts => ({
  visitors: 0,
  conversations: 0,
  messages: 0,
  notes: 0,
  events: 0,
  feedback: 0,
  gaps: 0,
  leftMessages: 0,
  tickets: 0,
});

function add(total: DeletedCounts, more: DeletedCounts): void {
  for (const key of Object.keys(total) as (keyof DeletedCounts)[]) total[key] += more[key];
}

/**
 * One retention pass with the saved settings: deletes conversations closed before the cutoff
 * (N months ago) with everything hanging off them (attachment files too), left messages written before it, and
 * visitors last seen before it who have nothing left, in batches with `between` in between,
 * then writes the counts to the audit log. Null when retention is off.
 */
export async function applyRetention(
  deps: Pick<ServiceDeps, 'store' | 'clock' | 'files'>,
  between: BetweenBatches,
): Promise<DeletedCounts | null> {
  const { retention } = await getDeskSettings(deps);
  if (!retention.enabled) return null;
  const cutoff = monthsBefore(deps.clock.now(), retention.months).toISOString();
  const total = noneDeleted();
  let afterId: string | null = '';
  // Each step deletes one batch and says whether there is more of its kind.
  const steps: (() => Promise<boolean>)[] = [
    async () => {
      const batch = await deps.store.dataCare.deleteEndedBefore(cutoff, RETENTION_BATCH);
      await deps.files.delete(batch.files);
      add(total, batch.counts);
      return batch.counts.conversations === RETENTION_BATCH;
    },
    async () => {
      const n = await deps.store.dataCare.deleteLeftMessagesBefore(cutoff, LEFT_MESSAGE_BATCH);
      total.leftMessages += n;
      return n === LEFT_MESSAGE_BATCH;
    },
    async () => {
      const page = await deps.store.dataCare.deleteForgottenVisitors(cutoff, {
        afterId: afterId ?? '',
        limit: VISITOR_PAGE,
      });
      total.visitors += page.deleted;
      afterId = page.lastId;
      return afterId !== null;
    },
  ];
  let complete = true;
  let first = true;
  passes: for (const step of steps) {
    let more = true;
    while (more) {
      if (!first && !(await between())) {
        complete = false;
        break passes;
      }
      first = false;
      more = await step();
    }
  }
  await recordAudit(deps, {
    agentId: null,
    action: 'retention.run',
    target: null,
    details: { months: retention.months, cutoff, complete, ...total },
  });
  return total;
}
