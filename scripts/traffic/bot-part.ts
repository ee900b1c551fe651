import type { FaqEntry } from '../../knowledge/index.ts';
import type { GapReason } from '../../protocol/index.ts';
import { BOT_PHRASES } from '../../server/services/bot/phrases.ts';
import type { MessagePayload } from '../../server/store/types.ts';
import type { ConversationBuilder } from './builder.ts';
import type { TrafficContext } from './context.ts';
import { HANDOFF_WORDS, LEFT_MESSAGE_NAMES, PAGES, UNKNOWN_QUESTIONS } from './phrases.ts';
import { askAbout, neighbours, pickEntry } from './questions.ts';
import type { PlannedMessage } from './types.ts';

/** How the bot part ended: the visitor waits in a queue, or the bot had the last word. */
export type BotOutcome = 'queued' | 'bot';

function gap(
  ctx: TrafficContext,
  b: ConversationBuilder,
  question: PlannedMessage,
  reason: GapReason,
  faqId: string | null,
): void {
  b.planned.gaps.push({
    id: ctx.random.id(),
    messageId: question.id,
    conversationId: b.c.id,
    text: question.body,
    lang: b.c.lang,
    reason,
    faqId,
    at: b.now,
    resolution: null,
    resolvedFaqId: null,
    resolvedBy: null,
    resolvedAt: null,
  });
}

/** The visitor may rate an answer; a 👎 logs the question as unhelpful. Returns the vote. */
function maybeVote(
  ctx: TrafficContext,
  b: ConversationBuilder,
  q: PlannedMessage,
  a: PlannedMessage,
) {
  if (!a.faqId || !ctx.random.chance(0.25)) return null;
  b.wait(5, 40);
  const helpful = ctx.random.chance(0.78);
  b.planned.feedback.push({ messageId: a.id, faqId: a.faqId, helpful, at: b.now });
  if (!helpful) gap(ctx, b, q, 'unhelpful', a.faqId);
  return helpful;
}

function answer(
  ctx: TrafficContext,
  b: ConversationBuilder,
  entry: FaqEntry,
  text: string,
  payload: MessagePayload,
) {
  const q = b.say('visitor', 'text', text, { payload });
  const a = b.say('bot', 'answer', entry.answer, { faqId: entry.id, replyTo: q });
  return { q, a, vote: maybeVote(ctx, b, q, a) };
}

/** One question and the bot's turn; true when the visitor then asks for a person. */
function ask(
  ctx: TrafficContext,
  b: ConversationBuilder,
  payload: MessagePayload,
): boolean | 'missed twice' {
  const { random } = ctx;
  const lang = b.c.lang;
  const entry = pickEntry(ctx.kb, lang, random);
  const outcome = entry ? random.weighted(['answer', 'suggest', 'miss'], [72, 15, 13]) : 'miss';
  if (entry && outcome === 'answer') {
    const { vote } = answer(ctx, b, entry, askAbout(entry, lang, random), payload);
    return random.chance(vote === false ? 0.5 : vote === true ? 0.03 : 0.13);
  }
  if (entry && outcome === 'suggest') {
    const q = b.say('visitor', 'text', askAbout(entry, lang, random).toLowerCase(), { payload });
    const others = neighbours(ctx.kb, entry, lang, random);
    const list = random.chance(0.7) ? [entry, ...others] : [...others, entry];
    const suggestions = list.map((e) => ({ faqId: e.id, question: e.question }));
    b.say('bot', 'suggestions', BOT_PHRASES[lang].suggestIntro, {
      payload: { suggestions },
      replyTo: q,
    });
    gap(ctx, b, q, 'unsure', suggestions[0]?.faqId ?? null);
    if (!random.chance(0.65)) return random.chance(0.35);
    b.wait(4, 20);
    // Picking a suggestion sends its question, which the bot answers from that entry.
    const chosen = random.chance(0.8) ? (list[0] ?? entry) : random.pick(list);
    const { vote } = answer(ctx, b, chosen, chosen.question, {});
    return random.chance(vote === false ? 0.5 : 0.08);
  }
  const q = b.say('visitor', 'text', random.pick(UNKNOWN_QUESTIONS[lang]), { payload });
  gap(ctx, b, q, 'unanswered', null);
  // A second miss running hands over by itself (botTurn): the notice is the reply.
  if (b.lastBot()?.kind === 'fallback') return 'missed twice';
  b.say('bot', 'fallback', BOT_PHRASES[lang].fallback, {
    payload: { actions: ['handoff'] },
    replyTo: q,
  });
  return random.chance(0.55);
}

/**
 * The visitor asks for a person (the 转人工 button or a handoff phrase, `trigger` when already
 * typed), or the bot gives up after two misses (`trigger` is that second question). As in
 * `handoff()`: outside staffed hours the notice offers the leave-a-message form; otherwise the
 * conversation joins the department of the entry the bot last answered with (else the default).
 */
function requestPerson(
  ctx: TrafficContext,
  b: ConversationBuilder,
  reason: 'asked' | 'unanswered',
  trigger?: PlannedMessage,
): BotOutcome {
  const { random } = ctx;
  const lang = b.c.lang;
  const phrases = BOT_PHRASES[lang];
  const last = b.last();
  // Asking right after the bot's turn for a question says that turn did not help (handoffGap).
  const question =
    last?.author === 'bot' ? b.planned.messages.find((m) => m.id === last.replyTo) : undefined;
  if (reason === 'asked' && last && question) {
    gap(ctx, b, question, 'handoff', last.faqId ?? last.payload.suggestions?.[0]?.faqId ?? null);
  }
  const lastBot = b.lastBot();
  // A phrase is a visitor message the notice answers; the button sends the request alone.
  const typed =
    trigger ??
    (random.chance(0.4) ? b.say('visitor', 'text', random.pick(HANDOFF_WORDS[lang])) : null);
  const replyTo = typed ? { replyTo: typed } : {};
  if (!ctx.staffed(b.t)) {
    const body = ctx.hoursEnabled ? phrases.closedLeaveMessage : phrases.noAgentsLeaveMessage;
    b.say('system', 'notice', body, { payload: { actions: ['leave_message'] }, ...replyTo });
    if (random.chance(0.55)) leaveMessage(ctx, b);
    return 'bot';
  }
  const answered = b.planned.messages.findLast((m) => m.faqId !== null)?.faqId;
  const wanted = answered ? ctx.kb.byId.get(answered)?.department : undefined;
  const departmentId =
    wanted && ctx.staff.departments.some((d) => d.id === wanted)
      ? wanted
      : ctx.staff.defaultDepartmentId;
  const asked = reason === 'asked' ? phrases.handoffRequested : phrases.handoffAfterMisses;
  b.say('system', 'notice', asked, replyTo);
  const c = b.c;
  c.status = 'queued';
  c.handoffRequestedAt = b.now;
  c.queuedAt = b.now;
  c.departmentId = departmentId;
  b.event('queued', {
    departmentId,
    note: reason,
    faqId: lastBot?.kind === 'answer' ? lastBot.faqId : null,
  });
  return 'queued';
}

function leaveMessage(ctx: TrafficContext, b: ConversationBuilder): void {
  const { random } = ctx;
  b.wait(30, 240);
  const lang = b.c.lang;
  const question = b.planned.messages.findLast(
    (m) => m.author === 'visitor' && !HANDOFF_WORDS[lang].includes(m.body),
  );
  const page = b.planned.messages.find((m) => m.payload.page)?.payload.page;
  b.planned.leftMessage = {
    id: random.id(),
    visitorId: b.c.visitorId,
    clientId: random.id(),
    name: random.pick(LEFT_MESSAGE_NAMES[lang]),
    contact: random.chance(0.7)
      ? `13${random.int(100_000_000, 999_999_999)}`
      : `guest${random.int(10, 9999)}@example.com`,
    body: question?.body ?? random.pick(UNKNOWN_QUESTIONS[lang]),
    lang,
    departmentId: ctx.staff.defaultDepartmentId,
    pageUrl: page?.url ?? null,
    createdAt: b.now,
    handledAt: null,
    handledBy: null,
    handledNote: null,
  };
}

/** Questions to the bot until the visitor is done or asks for a person. */
export function botPart(ctx: TrafficContext, b: ConversationBuilder): BotOutcome {
  const { random } = ctx;
  const page = random.pick(PAGES);
  // Some visitors want a person from the first word.
  if (random.chance(0.05)) {
    const words = random.pick(HANDOFF_WORDS[b.c.lang]);
    return requestPerson(ctx, b, 'asked', b.say('visitor', 'text', words, { payload: { page } }));
  }
  const questions = random.weighted([1, 2, 3, 4, 5], [34, 30, 18, 10, 8]);
  for (let i = 0; i < questions; i++) {
    if (i > 0) b.wait(15, 90);
    const turn = ask(ctx, b, i === 0 ? { page } : {});
    if (turn === 'missed twice') return requestPerson(ctx, b, 'unanswered', b.last());
    if (turn) {
      b.wait(3, 30);
      return requestPerson(ctx, b, 'asked');
    }
  }
  return 'bot';
}
