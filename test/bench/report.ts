/**
 * `npm run bench:report`: the monthly report and the transcript search over a busy desk's two
 * months, 100,000 conversations and about a million messages of generated traffic in a
 * file-backed database (scripts/traffic). Measures writing it (bulk loader), catching up the
 * search index, building the month's report (median of several runs) and ~200 transcript
 * searches as an admin (p50/p99), calling the services directly. Bars: reportMs ≤ 2000,
 * searchP99Ms ≤ 100. Prints figures, then one JSON line.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoFaqEntries } from '../../knowledge/demo/index.ts';
import { transcriptQuerySchema } from '../../protocol/schemas/transcripts.ts';
import { planStaff, planTraffic } from '../../scripts/traffic/plan.ts';
import { seededRandom } from '../../scripts/traffic/random.ts';
import { writeStaff, writeTraffic } from '../../scripts/traffic/write.ts';
import type { Clock } from '../../server/clock.ts';
import { getDeskSettings } from '../../server/services/desk/settings.ts';
import { loadFaqIndex } from '../../server/services/faq/bootstrap.ts';
import { buildReport } from '../../server/services/reports/build-report.ts';
import { searchTranscripts } from '../../server/services/transcripts/search.ts';
import { catchUpSearchIndex } from '../../server/services/transcripts/search-index.ts';
import { openSqliteStore } from '../../server/store/sqlite/open.ts';

const CONVERSATIONS = 100_000;
const MONTH = '2026-03';
const REPORT_RUNS = 5;
const SEARCHES = 200;
const ADMIN_ID = 'bench-admin';

const clock: Clock = { now: () => new Date('2026-04-15T02:00:00.000Z') };
const ms = (since: number) => performance.now() - since;
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
/** Nearest rank, as the report counts. */
const pct = (xs: number[], p: number) => {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil(p * s.length) - 1)] ?? NaN;
};

/** What people look for: 2–4 character words from the knowledge base and the chats, English words. */
function searchWords(): string[] {
  const zh = demoFaqEntries()
    .filter((e) => e.lang === 'zh-CN')
    .flatMap((e) => e.keywords ?? [])
    .filter((k) => k.length >= 2 && k.length <= 4);
  const chat = ['退款', '快递', '发票', '换货', '优惠券', '积分', '验证码', '保修', '破损', '地址'];
  const en = [
    'refund',
    'invoice',
    'courier',
    'coupon',
    'warranty',
    'password',
    'order',
    'exchange',
  ];
  return [...new Set([...zh, ...chat, ...en])];
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'kefu-bench-report-'));
  const store = openSqliteStore(dir, clock);
  try {
    const entries = demoFaqEntries();
    const faq = await loadFaqIndex({ store, clock }, entries);
    const general = await store.departments.getDefault();
    if (!general) throw new Error('no default department');
    const staff = planStaff(1, entries, general, '2026-01-01T00:00:00.000Z');
    await writeStaff(store, staff, '2026-01-01T00:00:00.000Z');
    await store.agents.create({
      id: ADMIN_ID,
      email: 'admin@kefu.local',
      name: 'Admin',
      role: 'admin',
      passwordHash: 'scrypt$unused',
      maxChats: 5,
      lang: 'zh-CN',
      disabled: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      departments: [],
    });
    const desk = await getDeskSettings({ store });

    let started = performance.now();
    const counts = await writeTraffic(
      { databaseUrl: null, dataDir: dir },
      planTraffic({
        seed: 1,
        from: '2026-02-01',
        to: '2026-03-31',
        timeZone: desk.businessHours.timeZone,
        total: CONVERSATIONS,
        entries,
        hours: desk.businessHours,
        staff,
      }),
      // Nobody else writes to the benchmark's database: one transaction, the fastest load.
      Number.POSITIVE_INFINITY,
    );
    const writeMs = ms(started);
    console.log(
      `Generated and wrote ${counts.conversations} conversations, ${counts.messages} messages ` +
        `(${counts.handoffs} handoffs, ${counts.gaps} gaps, ${counts.votes} votes) in ${(writeMs / 1000).toFixed(1)} s`,
    );

    started = performance.now();
    const indexed = await catchUpSearchIndex({ store });
    const indexMs = ms(started);
    console.log(`Search index caught up: ${indexed} messages in ${(indexMs / 1000).toFixed(1)} s`);

    const runs: number[] = [];
    let conversations = 0;
    for (let i = 0; i < REPORT_RUNS; i++) {
      started = performance.now();
      const report = await buildReport({ store, faq, clock }, { month: MONTH });
      runs.push(ms(started));
      conversations = report.headline.conversations + report.previous.conversations;
    }
    const reportMs = pct(runs, 0.5);
    console.log(
      `Report ${MONTH} (and ${conversations} conversations with the month before): median ${reportMs.toFixed(0)} ms of ${REPORT_RUNS} (${runs.map((r) => r.toFixed(0)).join(', ')})`,
    );

    const random = seededRandom(7);
    const words = searchWords();
    const departments = staff.departments.map((d) => d.id);
    const searches: number[] = [];
    let found = 0;
    for (let i = 0; i < SEARCHES; i++) {
      const filters = random.weighted(
        [
          {},
          { departmentId: random.pick(departments) },
          { from: '2026-03-01', to: '2026-03-10' },
          { handledBy: 'person' },
          { type: 'complaint' },
          { rating: String(random.int(1, 2)) },
          { agentId: random.pick(staff.agents).id },
        ],
        [40, 15, 15, 10, 8, 6, 6],
      );
      const query = transcriptQuerySchema.parse({ q: random.pick(words), ...filters });
      started = performance.now();
      const list = await searchTranscripts({ store }, ADMIN_ID, query);
      searches.push(ms(started));
      found += list.rows.length > 0 ? 1 : 0;
    }
    const searchP50Ms = pct(searches, 0.5);
    const searchP99Ms = pct(searches, 0.99);
    console.log(
      `Transcript search, ${SEARCHES} queries (${found} with results): p50 ${searchP50Ms.toFixed(1)} ms, p99 ${searchP99Ms.toFixed(1)} ms, max ${Math.max(...searches).toFixed(1)} ms`,
    );
    console.log(
      `Bars: report ≤ 2000 ms ${reportMs <= 2000 ? 'met' : 'MISSED'}; search p99 ≤ 100 ms ${searchP99Ms <= 100 ? 'met' : 'MISSED'}`,
    );
    console.log(
      JSON.stringify({
        conversations: counts.conversations,
        messages: counts.messages,
        reportMs: Math.round(reportMs),
        searchP50Ms: Number(searchP50Ms.toFixed(1)),
        searchP99Ms: Number(searchP99Ms.toFixed(1)),
      }),
    );
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
