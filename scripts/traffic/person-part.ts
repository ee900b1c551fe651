import { CLOSE_TYPES, type CloseType, type Rating } from '../../protocol/index.ts';
import { BOT_PHRASES } from '../../server/services/bot/phrases.ts';
import type { ConversationBuilder } from './builder.ts';
import { agentsOf, pickAgent, type TrafficContext } from './context.ts';
import {
  AGENT_CLOSING,
  AGENT_OPENING,
  CHAT_LINES,
  COMMON_TAGS,
  RATING_COMMENTS,
  SUMMARIES,
  TAGS,
  VISITOR_THANKS,
} from './phrases.ts';
import type { PlannedAgent } from './types.ts';

/** Seconds a visitor waits for an agent: mostly a few, some half a minute, a few minutes rarely. */
function queueWait(ctx: TrafficContext): [number, number] {
  return ctx.random.weighted(
    [
      [1, 10],
      [10, 30],
      [30, 240],
    ] as [number, number][],
    [80, 13, 7],
  );
}

/** The visitor gave up waiting, or left the bot: Kefu closes the conversation, nobody classifies it. */
export function closeUnattended(
  ctx: TrafficContext,
  b: ConversationBuilder,
  after: [number, number],
) {
  b.wait(...after);
  const c = b.c;
  c.status = 'closed';
  c.closedAt = b.now;
  b.event('closed', { departmentId: c.departmentId });
}

/** The agent gets the chat from the queue (routing, or taken by hand) and the visitor is told. */
function assign(ctx: TrafficContext, b: ConversationBuilder, except: string | null): PlannedAgent {
  const c = b.c;
  const departmentId = c.departmentId ?? ctx.staff.defaultDepartmentId;
  const agent = pickAgent(ctx, departmentId, except);
  const taken = ctx.random.chance(0.15);
  c.status = 'active';
  c.agentId = agent.id;
  c.assignedAt ??= b.now;
  b.event(taken ? 'taken' : 'assigned', {
    actorAgentId: taken ? agent.id : null,
    agentId: agent.id,
    departmentId,
  });
  b.say('system', 'notice', BOT_PHRASES[c.lang].agentJoined(agent.name));
  return agent;
}

function agentSays(b: ConversationBuilder, agent: PlannedAgent, body: string): void {
  b.say('agent', 'text', body, { payload: { agent: { id: agent.id, name: agent.name } } });
  b.c.firstReplyAt ??= b.now;
}

/** The agent greets, then visitor and agent take turns on the department's topics. */
function talk(ctx: TrafficContext, b: ConversationBuilder, agent: PlannedAgent, turns: number) {
  const { random } = ctx;
  const lang = b.c.lang;
  b.wait(
    ...random.weighted(
      [
        [2, 10],
        [10, 40],
        [40, 180],
      ] as [number, number][],
      [80, 15, 5],
    ),
  );
  agentSays(b, agent, AGENT_OPENING[lang](agent.name));
  const lines = CHAT_LINES[b.c.departmentId ?? ''] ?? CHAT_LINES.orders;
  const visitorLines = lines?.[lang].visitor ?? VISITOR_THANKS[lang];
  const agentLines = lines?.[lang].agent ?? AGENT_CLOSING[lang];
  // People write in bursts: a turn is one or two messages each.
  for (let i = 0; i < turns; i++) {
    for (let n = random.chance(0.3) ? 2 : 1; n > 0; n--) {
      b.wait(6, 70);
      b.say('visitor', 'text', random.pick(visitorLines));
    }
    for (let n = random.chance(0.3) ? 2 : 1; n > 0; n--) {
      b.wait(8, 50);
      agentSays(b, agent, random.pick(agentLines));
    }
  }
}

/** 转接: to a colleague directly, or back into another department's queue. */
function transfer(ctx: TrafficContext, b: ConversationBuilder, from: PlannedAgent): PlannedAgent {
  const { random, staff } = ctx;
  const c = b.c;
  b.wait(5, 40);
  const note = random.chance(0.5)
    ? c.lang === 'en'
      ? 'Customer needs a specialist'
      : '客户需要专人跟进'
    : null;
  const others = staff.departments.filter(
    (d) => d.id !== c.departmentId && agentsOf(ctx, d.id).length > 0,
  );
  const toDepartment = others.length > 0 && random.chance(0.5) ? random.pick(others) : null;
  c.transferredAt = b.now;
  if (note) {
    b.planned.notes.push({
      id: random.id(),
      conversationId: c.id,
      agentId: from.id,
      clientId: random.id(),
      body: note,
      createdAt: b.now,
    });
  }
  if (toDepartment) {
    b.event('transferred', { actorAgentId: from.id, departmentId: toDepartment.id, note });
    c.status = 'queued';
    c.agentId = null;
    c.departmentId = toDepartment.id;
    c.queuedAt = b.now;
    b.say('system', 'notice', BOT_PHRASES[c.lang].transferred);
    b.wait(3, 60);
    return assign(ctx, b, from.id);
  }
  const colleague = pickAgent(ctx, c.departmentId ?? staff.defaultDepartmentId, from.id);
  b.event('transferred', {
    actorAgentId: from.id,
    agentId: colleague.id,
    departmentId: c.departmentId,
    note,
  });
  c.agentId = colleague.id;
  b.say('system', 'notice', BOT_PHRASES[c.lang].transferred);
  b.say('system', 'notice', BOT_PHRASES[c.lang].agentJoined(colleague.name));
  return colleague;
}

function closeType(ctx: TrafficContext): CloseType {
  return ctx.random.weighted(CLOSE_TYPES, [78, 7, 7, 8]);
}

/** 5 most, 4 often; complaints rate lower. */
function rating(ctx: TrafficContext, type: CloseType | null): Rating {
  const weights = type === 'complaint' ? [25, 20, 20, 20, 15] : [3, 3, 6, 26, 62];
  return ctx.random.weighted([1, 2, 3, 4, 5] as Rating[], weights);
}

/** The holder closes with a classification; about half the visitors then rate the service. */
function closeAndRate(ctx: TrafficContext, b: ConversationBuilder, agent: PlannedAgent) {
  const { random, staff } = ctx;
  const c = b.c;
  const lang = c.lang;
  if (random.chance(0.5)) agentSays(b, agent, random.pick(AGENT_CLOSING[lang]));
  if (random.chance(0.5)) {
    b.wait(5, 40);
    b.say('visitor', 'text', random.pick(VISITOR_THANKS[lang]));
  }
  b.wait(10, 120);
  const type = closeType(ctx);
  const department = random.chance(0.93) ? c.departmentId : random.pick(staff.departments).id;
  const tags = random.sample(
    [...(TAGS[department ?? ''] ?? []), ...COMMON_TAGS],
    random.weighted([0, 1, 2], [30, 50, 20]),
  );
  c.agentReadSeq = c.lastSeq;
  c.status = 'closed';
  c.closedAt = b.now;
  c.closedBy = agent.id;
  c.closeType = type;
  c.departmentId = department;
  c.closeTags = tags;
  c.closeSummary = random.chance(0.85) ? random.pick(SUMMARIES[lang]) : null;
  b.event('closed', { actorAgentId: agent.id, agentId: agent.id, departmentId: department });
  b.say('system', 'notice', BOT_PHRASES[lang].closed);
  if (!random.chance(0.5)) return;
  b.wait(5, 120);
  const score = rating(ctx, type);
  const comments = RATING_COMMENTS[lang];
  const commentChance = score <= 2 ? 0.8 : score === 3 ? 0.4 : 0.2;
  c.rating = score;
  c.ratingComment = random.chance(commentChance)
    ? random.pick(score <= 3 ? comments.unhappy : comments.happy)
    : null;
  c.ratedAt = b.now;
  b.event('rated', { agentId: c.agentId, departmentId: c.departmentId });
}

/** From the queue to the close: waiting (a few give up), the chat, sometimes a transfer. */
export function personPart(ctx: TrafficContext, b: ConversationBuilder): void {
  const { random } = ctx;
  const lang = b.c.lang;
  if (random.chance(0.035)) {
    if (random.chance(0.4)) {
      b.wait(10, 40);
      b.say('visitor', 'text', lang === 'en' ? 'hello?' : '在吗');
    }
    closeUnattended(ctx, b, [45, 420]);
    return;
  }
  const [min, max] = queueWait(ctx);
  const waited = random.int(min, max);
  if (waited > 15 && random.chance(0.3)) {
    b.wait(5, Math.min(waited - 5, 20));
    b.say('visitor', 'text', lang === 'en' ? 'anyone there?' : '您好，在吗');
    b.at(Date.parse(b.c.queuedAt ?? b.now) + waited * 1000);
  } else b.wait(waited, waited);
  let agent = assign(ctx, b, null);
  talk(ctx, b, agent, random.weighted([2, 3, 4, 5, 6, 7, 8, 9], [10, 15, 20, 18, 14, 10, 8, 5]));
  if (random.chance(0.07)) {
    agent = transfer(ctx, b, agent);
    talk(ctx, b, agent, random.int(1, 3));
  }
  closeAndRate(ctx, b, agent);
}
