import { describe, expect, it } from 'vitest';
import { demoFaqEntries } from '../../knowledge/demo/index.ts';
import { planStaff, planTraffic, type TrafficOptions } from '../../scripts/traffic/plan.ts';
import type { PlannedConversation } from '../../scripts/traffic/types.ts';
import { defaultDeskSettings } from '../../server/services/desk/settings.ts';

const entries = demoFaqEntries();
const general = {
  id: 'general',
  nameZh: '综合咨询',
  nameEn: 'General enquiries',
  isDefault: true,
  createdAt: '1970-01-01T00:00:00.000Z',
};
const staff = planStaff(5, entries, general, '2026-01-01T00:00:00.000Z');
const options: TrafficOptions = {
  seed: 5,
  from: '2026-03-01',
  to: '2026-03-14',
  timeZone: 'Asia/Shanghai',
  total: 1500,
  entries,
  hours: defaultDeskSettings().businessHours,
  staff,
};
const plan = (o: TrafficOptions = options) => [...planTraffic(o)].flatMap((b) => b.conversations);
const conversations = plan();
const share = (f: (p: PlannedConversation) => boolean) =>
  conversations.filter(f).length / conversations.length;

describe('the traffic plan', () => {
  it('is the same for the same seed and different for another', () => {
    const again = plan();
    expect(again.map((p) => p.conversation)).toEqual(conversations.map((p) => p.conversation));
    expect(again.map((p) => p.messages)).toEqual(conversations.map((p) => p.messages));
    const other = plan({ ...options, seed: 6 });
    expect(other[0]?.conversation.id).not.toBe(conversations[0]?.conversation.id);
  });

  it('writes exactly the number of conversations asked for, in the range', () => {
    expect(conversations).toHaveLength(1500);
    for (const { conversation: c } of conversations) {
      expect(c.createdAt >= '2026-02-28T16:00:00.000Z').toBe(true);
      expect(c.createdAt < '2026-03-14T16:00:00.000Z').toBe(true);
    }
  });

  it('looks like a desk: mostly Chinese, about a third handed over, busy office hours', () => {
    expect(share((p) => p.conversation.lang === 'zh-CN')).toBeGreaterThan(0.72);
    expect(share((p) => p.conversation.lang === 'zh-CN')).toBeLessThan(0.88);
    const handedOff = share((p) => p.conversation.handoffRequestedAt !== null);
    expect(handedOff).toBeGreaterThan(0.25);
    expect(handedOff).toBeLessThan(0.35);
    const hour = (p: PlannedConversation) =>
      (new Date(p.conversation.createdAt).getUTCHours() + 8) % 24;
    const office = share((p) => (hour(p) >= 9 && hour(p) < 12) || (hour(p) >= 14 && hour(p) < 17));
    const night = share((p) => hour(p) < 6);
    expect(office).toBeGreaterThan(0.4);
    expect(night).toBeLessThan(0.03);
    const rated = conversations.filter((p) => p.conversation.assignedAt && p.conversation.rating);
    const held = conversations.filter((p) => p.conversation.assignedAt);
    expect(rated.length / held.length).toBeGreaterThan(0.4);
    expect(rated.length / held.length).toBeLessThan(0.6);
  });

  it('keeps every conversation consistent with its messages and events', () => {
    for (const p of conversations) {
      const c = p.conversation;
      expect(p.messages.map((m) => m.seq)).toEqual(p.messages.map((_, i) => i + 1));
      expect(c.lastSeq).toBe(p.messages.length);
      const times = [...p.messages.map((m) => m.createdAt), ...p.events.map((e) => e.at)];
      expect(times.every((t) => t >= c.createdAt && t <= c.updatedAt)).toBe(true);
      expect(p.messages.map((m) => m.createdAt)).toEqual(p.messages.map((m) => m.createdAt).sort());
      const ids = new Set(p.messages.map((m) => m.id));
      for (const m of p.messages) if (m.replyTo) expect(ids.has(m.replyTo)).toBe(true);
      for (const g of p.gaps) {
        expect(p.messages.find((m) => m.id === g.messageId)?.author).toBe('visitor');
      }
      for (const v of p.feedback) {
        expect(p.messages.find((m) => m.id === v.messageId)?.kind).toBe('answer');
      }
      const at = (kind: string) => p.events.filter((e) => e.kind === kind).map((e) => e.at);
      expect(at('queued')[0] ?? null).toBe(c.handoffRequestedAt);
      expect([...at('assigned'), ...at('taken')].sort()[0] ?? null).toBe(c.assignedAt);
      expect(p.messages.find((m) => m.author === 'agent')?.createdAt ?? null).toBe(c.firstReplyAt);
      expect(at('closed')).toEqual([c.closedAt]);
      expect(at('rated')).toEqual(c.ratedAt ? [c.ratedAt] : []);
      expect(at('transferred').at(-1) ?? null).toBe(c.transferredAt);
      expect(c.status).toBe('closed');
      if (c.rating) expect(c.assignedAt).not.toBeNull();
      if (c.closeType) expect(c.closedBy).toBe(c.agentId);
    }
  });

  it('leaves out conversations a live desk has not finished yet', () => {
    const now = new Date('2026-03-07T04:00:00.000Z');
    const cut = plan({ ...options, now });
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(conversations.length);
    for (const p of cut)
      expect(Date.parse(p.conversation.updatedAt)).toBeLessThanOrEqual(now.getTime());
  });
});
