/**
 * `npm run demo:traffic -- [--months 3] [--per-day 120] [--seed N] [--data-dir ./data]
 * [--end YYYY-MM-DD] [--append]`: fills the configured database (SQLite in the data directory,
 * or PostgreSQL when KEFU_DATABASE_URL is set) with realistic generated
 * traffic (visitors, bot answers, handoffs, chats, ratings, left messages …) so that the
 * monthly report and the transcript search have something to show. Refuses a database that
 * already has conversations unless --append. Exit code 1 when it refuses, 2 for bad usage.
 */
import { parseArgs } from 'node:util';
import { systemClock } from '../server/clock.ts';
import { loadConfig } from '../server/config.ts';
import { getDeskSettings } from '../server/services/desk/settings.ts';
import { rowToFaqEntry } from '../server/services/faq/entries.ts';
import { catchUpSearchIndex } from '../server/services/transcripts/search-index.ts';
import { addDays, wallClock } from '../server/services/zoned-time.ts';
import { openBulkLoader } from '../server/store/open-bulk-loader.ts';
import { openStore, type StoreLocation } from '../server/store/open.ts';
import type { Store } from '../server/store/types.ts';
import { planStaff, planTraffic } from './traffic/plan.ts';
import { adoptExistingStaff, writeStaff, writeTraffic } from './traffic/write.ts';

const USAGE =
  'Usage: npm run demo:traffic -- [--months N] [--per-day N] [--seed N] [--data-dir DIR] [--end YYYY-MM-DD] [--append]';

class UsageError extends Error {}
/** The database is not in a state to fill: said plainly, exit code 1. */
class Refusal extends Error {}

function positive(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new UsageError(`--${name} takes a whole number from 1 to ${max}, not "${text}".`);
  }
  return n;
}

function options() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        months: { type: 'string' },
        'per-day': { type: 'string' },
        seed: { type: 'string' },
        'data-dir': { type: 'string' },
        end: { type: 'string' },
        append: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.end !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(v.end)) {
    throw new UsageError(`--end is a day, YYYY-MM-DD, not "${v.end}".`);
  }
  return {
    months: positive('months', v.months, 3, 24),
    perDay: positive('per-day', v['per-day'], 120, 20_000),
    seed: positive('seed', v.seed, Math.floor(Math.random() * 1_000_000) + 1, 2 ** 31),
    dataDir: v['data-dir'],
    end: v.end,
    append: v.append,
  };
}

/** The same day `months` calendar months earlier (the last day of a shorter month), plus one day. */
function startFor(end: string, months: number): string {
  const [y, m, d] = end.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m - 1 - months + 1, 0)).getUTCDate();
  const start = new Date(Date.UTC(y, m - 1 - months, Math.min(d, lastDay)));
  return addDays(start.toISOString().slice(0, 10), 1);
}

async function run(store: Store, where: StoreLocation, args: ReturnType<typeof options>) {
  const loader = await openBulkLoader(where);
  const existing = await loader.countConversations().finally(() => loader.close());
  if (existing > 0 && !args.append) {
    throw new Refusal(
      `This database already has ${existing} conversations, so nothing was written.\n` +
        'Demo traffic belongs in a demo database; run again with --append to add to it anyway.',
    );
  }
  const entries = (await store.faqEntries.listPublished()).map(rowToFaqEntry);
  if (entries.length === 0) {
    throw new Refusal(
      'The knowledge base is empty: start Kefu once (npm start loads the demo knowledge base) or import one, then run this again.',
    );
  }
  const general = await store.departments.getDefault();
  if (!general) throw new Refusal('The database has no default department.');
  const desk = await getDeskSettings({ store });
  const { timeZone } = desk.businessHours;
  const now = systemClock.now();
  const to = args.end ?? wallClock(now, timeZone).date;
  const from = startFor(to, args.months);
  const at = now.toISOString();
  const staff = await adoptExistingStaff(store, planStaff(args.seed, entries, general, at));
  await writeStaff(store, staff, at);

  const started = performance.now();
  const counts = await writeTraffic(
    where,
    planTraffic({
      seed: args.seed,
      from,
      to,
      timeZone,
      perDay: args.perDay,
      entries,
      hours: desk.businessHours,
      staff,
      now,
    }),
  );
  const wrote = performance.now() - started;
  const indexed = await catchUpSearchIndex({ store });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const pct = (n: number) => `${((n / Math.max(1, counts.conversations)) * 100).toFixed(0)} %`;
  console.log(`Demo traffic from ${from} to ${to} (${timeZone}), seed ${args.seed}:
  ${counts.conversations} conversations, ${counts.messages} messages, ${counts.visitors} new visitors
  ${counts.handoffs} handed to a person (${pct(counts.handoffs)}), ${counts.ratings} ratings, ${counts.votes} votes on answers
  ${counts.gaps} questions the bot did not settle, ${counts.leftMessages} left messages
  ${staff.departments.length} departments and ${staff.agents.length} agents (e-mails @demo.kefu.local; reset a password under 坐席 to sign in as one)
Written in ${(wrote / 1000).toFixed(1)} s, ${indexed} messages indexed for search, ${seconds} s in all.
Open the console as an admin: 月度分析 / Monthly report and 会话记录 / Transcripts. A running server shows it at once.`);
}

async function main(): Promise<number> {
  const args = options();
  const config = loadConfig({
    ...process.env,
    ...(args.dataDir !== undefined && { DATA_DIR: args.dataDir }),
  });
  const store = await openStore(config, systemClock);
  try {
    await run(store, config, args);
    return 0;
  } finally {
    await store.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof Refusal) {
    console.error(error.message);
    process.exitCode = 1;
  } else throw error;
}
