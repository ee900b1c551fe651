import { describe, expect, it } from 'vitest';
import { TICKETS_TEXTS } from '../../../console/tickets/i18n.ts';
import { describeEvent, type Names } from '../../../console/tickets/timeline-text.ts';
import type { TicketEvent } from '../../../protocol/index.ts';

describe('the timeline in words', () => {
  const names: Names = {
    agent: (id) => ({ mei: 'Mei', li: 'Li' })[id ?? ''] ?? String(id),
    department: (id) => ({ general: '综合咨询', 'after-sales': '售后' })[id] ?? id,
    time: (iso) => iso.slice(0, 16),
    rating: (score) => (score === 4 ? '满意' : String(score)),
  };
  const event = (fields: Partial<TicketEvent>): TicketEvent => ({
    id: 1,
    kind: 'status',
    at: '2025-03-01T08:00:00.000Z',
    actor: { id: 'mei', name: 'Mei' },
    fromStatus: null,
    toStatus: null,
    details: {},
    ...fields,
  });
  const zh = TICKETS_TEXTS['zh-CN'];

  it('names the step, the departments, the statuses and the reason', () => {
    const escalated = event({
      fromStatus: 'new',
      toStatus: 'waiting_department',
      details: { action: 'escalate', fromDepartmentId: 'general', toDepartmentId: 'after-sales' },
    });
    expect(describeEvent(escalated, zh, names)).toEqual({
      title: '转交部门：综合咨询 → 售后',
      lines: ['状态：新建 → 等待部门处理'],
      body: null,
      public: false,
    });
    const returned = event({
      fromStatus: 'waiting_department',
      toStatus: 'returned',
      details: { action: 'return', reason: '缺少订单号' },
    });
    expect(describeEvent(returned, zh, names).lines).toEqual([
      '状态：等待部门处理 → 已退回',
      '原因：缺少订单号',
    ]);
    const reopened = event({
      fromStatus: 'closed',
      toStatus: 'in_progress',
      details: { action: 'reopen', reason: '又坏了', dueAt: '2025-03-04T08:00:00.000Z' },
    });
    expect(describeEvent(reopened, zh, names).lines).toEqual([
      '状态：已关闭 → 处理中',
      '原因：又坏了',
      '截止时间：2025-03-04T08:00',
    ]);
  });

  it('says who took over, what changed, and what the customer said in the 回访', () => {
    const assigned = event({
      kind: 'assigned',
      details: {
        fromOwnerId: 'mei',
        toOwnerId: null,
        fromDepartmentId: 'general',
        toDepartmentId: 'general',
        note: '请部门认领',
      },
    });
    expect(describeEvent(assigned, zh, names)).toMatchObject({
      title: '转派',
      lines: ['负责人：Mei → 无人负责'],
      body: '请部门认领',
    });
    const updated = event({
      kind: 'updated',
      details: {
        priority: { from: 'normal', to: 'urgent' },
        dueAt: { from: '2025-03-04T08:00:00.000Z', to: '2025-03-02T08:00:00.000Z' },
      },
    });
    expect(describeEvent(updated, zh, names).lines).toEqual([
      '优先级：普通 → 紧急',
      '截止时间：2025-03-04T08:00 → 2025-03-02T08:00',
    ]);
    const followUp = event({
      kind: 'follow_up',
      fromStatus: 'resolved',
      toStatus: 'followed_up',
      details: { method: 'phone', result: '已收到', satisfaction: 4 },
    });
    expect(describeEvent(followUp, TICKETS_TEXTS.en, names)).toEqual({
      title: 'Follow-up',
      lines: ['Status: Resolved → Followed up', 'Phone, satisfaction 4 (满意)'],
      body: '已收到',
      public: false,
    });
  });

  it('marks a reply for the customer, and reads an unknown detail as nothing rather than raw', () => {
    const reply = event({ kind: 'reply', details: { body: '已补发', public: true } });
    expect(describeEvent(reply, zh, names)).toMatchObject({ title: '给客户的回复', public: true });
    const odd = event({ kind: 'updated', details: { priority: { from: 'normal', to: 'cosmic' } } });
    expect(describeEvent(odd, zh, names).lines).toEqual([]);
    const warning = event({
      kind: 'overdue',
      actor: null,
      details: { dueAt: '2025-03-04T08:00:00.000Z' },
    });
    expect(describeEvent(warning, zh, names).title).toBe('超时提醒（截止 2025-03-04T08:00）');
  });

  it('says whether a reply reached the customer by e-mail, and why not', () => {
    const mailed = event({
      kind: 'mailed',
      actor: null,
      details: { to: 'a***@customer.example', replyAt: '2025-03-01T09:00:00.000Z', attempts: 1 },
    });
    expect(describeEvent(mailed, zh, names)).toEqual({
      title: '回复已发邮件给客户（a***@customer.example）',
      lines: ['2025-03-01T09:00 的回复'],
      body: null,
      public: false,
    });
    const failed = event({
      kind: 'mail_failed',
      actor: null,
      details: {
        to: 'a***@customer.example',
        replyAt: '2025-03-01T09:00:00.000Z',
        attempts: 4,
        reason: '451 Mailbox busy',
      },
    });
    expect(describeEvent(failed, TICKETS_TEXTS.en, names)).toMatchObject({
      title: 'Reply could not be e-mailed to the customer (a***@customer.example)',
      lines: ['The reply of 2025-03-01T09:00', '4 attempts', 'Reason: 451 Mailbox busy'],
    });
  });
});
