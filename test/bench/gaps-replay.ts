import type { EvalQuery } from '../../knowledge/eval/load.ts';
import { newVisitor } from '../helpers/visitor-client.ts';
import { share, type GapScenario } from './gaps-data.ts';

/** Visitors chatting at once during a replay. */
const CONCURRENT = 8;

/** What the bot did with one question, as the visitor saw it. */
export type Outcome = 'right' | 'wrong' | 'unsure' | 'unanswered' | 'other';

async function inPool<T, R>(items: readonly T[], run: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await run(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT }, worker));
  return out;
}

/**
 * A month of real visitors, each asking one question over the widget's socket; a wrong
 * answer gets the 👎 the visitor would give it (the labels stand in for the visitor).
 */
export async function replay(
  url: string,
  s: GapScenario,
  queries: EvalQuery[],
): Promise<Outcome[]> {
  return inPool(queries, async (q) => {
    const { tab } = await newVisitor(url, s.lang);
    try {
      await tab.send(q.query);
      const [, reply] = await tab.sync(0);
      if (reply?.kind === 'suggestions') return 'unsure';
      if (reply?.kind === 'fallback') return 'unanswered';
      if (reply?.kind !== 'answer') return 'other';
      if (reply.body === s.all.get(q.gold)?.answer) return 'right';
      await tab.rate(reply.id, false);
      return 'wrong';
    } finally {
      tab.close();
    }
  });
}

export const rightShare = (o: Outcome[]) => share(o.filter((x) => x === 'right').length, o.length);
export const answeredShare = (o: Outcome[]) =>
  share(o.filter((x) => x === 'right' || x === 'wrong').length, o.length);
