import { FaqIndex } from '../../knowledge/index.ts';
import type { FaqEntryDetail, GapGroup, GapList } from '../../protocol/index.ts';
import type { GapResolveInput } from '../../protocol/schemas/gaps.ts';
import { assembleKefu } from '../../server/assemble.ts';
import { systemClock } from '../../server/clock.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { signIn } from '../helpers/agent-client.ts';
import { consoleRequest } from '../helpers/console-api.ts';
import { majorityLabel, share, type GapScenario } from './gaps-data.ts';
import { answeredShare, replay, rightShare } from './gaps-replay.ts';
import { FLEET_LIMITS } from '../helpers/server-process.ts';

const ADMIN = { email: 'admin@kefu.local', password: 'bench-admin-password' };
/** What an entry may hold (`faqEntryInputSchema`). */
const LINE_MAX = 300;
const SIMILAR_MAX = 200;

export interface MonthResult {
  set: string;
  questions: number;
  /** Share of the month's questions answered with their label's answer, before and after. */
  rightBefore: number;
  rightAfter: number;
  /** Share answered at all (right or wrong). */
  answeredBefore: number;
  answeredAfter: number;
  /** The logged questions (distinct wordings the admin saw): share answered right after. */
  gapQuestions: number;
  gapRightAfter: number;
  groups: number;
  created: number;
  attached: number;
  /** Groups whose label is an existing entry: how often the one-click suggestion named it. */
  nearestRight: number;
  nearestOf: number;
  /** The other month's questions (fold 0), never logged: share answered right, before and after. */
  nextRightBefore: number;
  nextRightAfter: number;
}

/**
 * The admin's month: every open group settled in one click each, the labels standing in for
 * the admin's knowledge. A group about an entry the shop has becomes its similar questions;
 * any other becomes a new entry (representative as the question, the rest as similar
 * questions, the label's answer). Nothing is reviewed or edited: mixed groups stay mixed.
 */
async function settleAll(url: string, cookie: string, s: GapScenario, label: Map<string, string>) {
  const groups: GapGroup[] = [];
  for (let page = 1; ; page++) {
    const res = await consoleRequest(url, 'GET', `/api/faq/gaps?page=${page}&pageSize=100`, cookie);
    const list = (await res.json()) as GapList;
    groups.push(...list.groups);
    if (groups.length >= list.total) break;
  }
  const tally = { created: 0, attached: 0, nearestRight: 0, nearestOf: 0 };
  const shop = new Set(s.kb.map((e) => e.id));
  for (const group of groups) {
    const ids = group.questions.flatMap((q) => q.ids);
    const gold = majorityLabel(group.questions.map((q) => label.get(q.text) ?? ''));
    let body: GapResolveInput;
    if (shop.has(gold)) {
      tally.nearestOf++;
      if (group.nearest?.id === gold) tally.nearestRight++;
      const path = `/api/faq/${encodeURIComponent(gold)}`;
      const { entry } = (await (
        await consoleRequest(url, 'GET', path, cookie)
      ).json()) as FaqEntryDetail;
      body = { action: 'attach', ids, entryId: gold, version: entry.version };
      tally.attached++;
    } else {
      const similar = group.questions
        .map((q) => q.text.trim())
        .filter((t) => t !== group.representative.trim() && t.length <= LINE_MAX)
        .slice(0, SIMILAR_MAX);
      const answer = s.all.get(gold)?.answer ?? '';
      body = {
        action: 'create',
        ids,
        entry: {
          question: group.representative.slice(0, LINE_MAX),
          similar,
          answer,
          status: 'published',
        },
      };
      tally.created++;
    }
    const res = await consoleRequest(url, 'POST', '/api/faq/gaps/resolve', cookie, body);
    if (res.status !== 200) throw new Error(`resolve: ${res.status} ${await res.text()}`);
  }
  return { groups, ...tally };
}

/** Replays the month on a real server, settles its gaps, replays it again. */
export async function benchMonth(s: GapScenario): Promise<MonthResult> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    KEFU_LOG_LEVEL: 'warn',
    KEFU_DEMO: 'false',
    KEFU_ADMIN_EMAIL: ADMIN.email,
    KEFU_ADMIN_PASSWORD: ADMIN.password,
    // A month of visitors replayed in minutes from one address: more new visitors a minute
    // than the per-address limit lets one office make.
    ...FLEET_LIMITS,
  });
  const kefu = await assembleKefu({
    config,
    clock: systemClock,
    logger: createLogger(config.logLevel),
    seed: s.kb,
    database: ':memory:',
  });
  try {
    const { url } = await kefu.app.listen(0);
    const cookie = await signIn(url, ADMIN);
    const label = new Map(s.month.map((q) => [q.query, q.gold]));
    const before = await replay(url, s, s.month);
    const logged = before.filter((o) => o === 'wrong' || o === 'unsure' || o === 'unanswered');
    // The log is written just after each visitor's message; wait until all of it is in.
    for (let waited = 0; (await kefu.store.questionGaps.countOpen()) < logged.length; waited++) {
      if (waited > 200) throw new Error('the gap log never caught up');
      await new Promise((r) => setTimeout(r, 50));
    }
    const settled = await settleAll(url, cookie, s, label);
    const after = await replay(url, s, s.month);
    const gapTexts = new Set(settled.groups.flatMap((g) => g.questions.map((q) => q.text)));
    const gapAfter = after.filter((_, i) => gapTexts.has(s.month[i]!.query));
    const shop = new FaqIndex(s.kb);
    const nextRight = (index: FaqIndex) =>
      share(
        s.tuning.filter((q) => {
          const r = index.match(q.query);
          const id = r.candidates[0]?.id;
          return (
            r.decision === 'answer' && id && index.get(id)?.answer === s.all.get(q.gold)?.answer
          );
        }).length,
        s.tuning.length,
      );
    return {
      set: s.set,
      questions: s.month.length,
      rightBefore: rightShare(before),
      rightAfter: rightShare(after),
      answeredBefore: answeredShare(before),
      answeredAfter: answeredShare(after),
      gapQuestions: gapTexts.size,
      gapRightAfter: rightShare(gapAfter),
      groups: settled.groups.length,
      created: settled.created,
      attached: settled.attached,
      nearestRight: settled.nearestRight,
      nearestOf: settled.nearestOf,
      nextRightBefore: nextRight(shop),
      nextRightAfter: nextRight(kefu.faq),
    };
  } finally {
    await kefu.app.close();
    await kefu.store.close();
  }
}
