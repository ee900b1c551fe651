import type { ReportAgent, ReportDepartment, ReportTypeKey } from '../../../protocol/index.ts';
import type { AgentRow, DepartmentRow } from '../../store/types.ts';
import { count, emptyTally, type ConversationFigures, type Tally } from './figures.ts';
import { ratingAverage } from './headline.ts';
import { percentile, percentiles, share } from './percentiles.ts';

/** The bot's own row: conversations never handed to a department. */
const BOT_NAMES = { nameZh: '机器人自助（未转人工）', nameEn: 'Bot self-service (no handoff)' };

export const typeKeyOf = (f: ConversationFigures): ReportTypeKey =>
  f.fact.closeType ?? 'unclassified';

export function emptyTypes(): Record<ReportTypeKey, number> {
  return { consultation: 0, suggestion: 0, opinion: 0, complaint: 0, unclassified: 0 };
}

/** Every conversation under exactly one key: its close type, else unclassified. */
export function typesOf(
  conversations: readonly ConversationFigures[],
): Record<ReportTypeKey, number> {
  const types = emptyTypes();
  for (const f of conversations) types[typeKeyOf(f)] += 1;
  return types;
}

/** Every department, the bot's row when it settled any, largest first. */
export function departmentsOf(
  conversations: readonly ConversationFigures[],
  departments: readonly DepartmentRow[],
): ReportDepartment[] {
  const groups = new Map<string | null, { tally: Tally; byType: Record<ReportTypeKey, number> }>();
  const groupOf = (id: string | null) => {
    let group = groups.get(id);
    if (!group) {
      group = { tally: emptyTally(), byType: emptyTypes() };
      groups.set(id, group);
    }
    return group;
  };
  for (const d of departments) groupOf(d.id);
  for (const f of conversations) {
    const group = groupOf(f.fact.departmentId);
    count(group.tally, f);
    group.byType[typeKeyOf(f)] += 1;
  }
  const names = new Map(departments.map((d) => [d.id, d]));
  return [...groups]
    .filter(([id, { tally }]) => id !== null || tally.conversations > 0)
    .map(([id, { tally, byType }]): ReportDepartment => {
      // A department deleted since keeps its id as its name.
      const named = id === null ? BOT_NAMES : (names.get(id) ?? { nameZh: id, nameEn: id });
      return {
        id,
        nameZh: named.nameZh,
        nameEn: named.nameEn,
        conversations: tally.conversations,
        handoffs: tally.handoffs,
        byType,
        pickUpShare: share(tally.pickedUp, tally.handoffs),
        firstReplyP50: percentile(tally.firstReplies, 0.5),
        ratings: tally.ratings,
        ratingAverage: ratingAverage(tally),
      };
    })
    .sort((a, b) => b.conversations - a.conversations || a.nameEn.localeCompare(b.nameEn));
}

/** Agents who held a chat or wrote in one, most chats first. */
export function agentsOf(
  conversations: readonly ConversationFigures[],
  messages: ReadonlyMap<string, number>,
  agents: readonly AgentRow[],
): ReportAgent[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (id: string) => {
    let tally = tallies.get(id);
    if (!tally) {
      tally = emptyTally();
      tallies.set(id, tally);
    }
    return tally;
  };
  for (const f of conversations) if (f.fact.agentId) count(tallyOf(f.fact.agentId), f);
  for (const id of messages.keys()) tallyOf(id);
  const names = new Map(agents.map((a) => [a.id, a.name]));
  return [...tallies]
    .map(([id, tally]): ReportAgent => {
      const [firstReplyP50, firstReplyP90] = percentiles(tally.firstReplies, [0.5, 0.9]);
      return {
        id,
        name: names.get(id) ?? id,
        chats: tally.conversations,
        messages: messages.get(id) ?? 0,
        firstReplyP50: firstReplyP50 ?? null,
        firstReplyP90: firstReplyP90 ?? null,
        pickUpShare: share(tally.pickedUp, tally.handoffs),
        handlingTimeP50: percentile(tally.handling, 0.5),
        ratings: tally.ratings,
        ratingAverage: ratingAverage(tally),
      };
    })
    .sort((a, b) => b.chats - a.chats || b.messages - a.messages || a.name.localeCompare(b.name));
}
