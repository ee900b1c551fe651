import { describe, expect, it } from 'vitest';
import type { PreChatField } from '../../../protocol/pre-chat.ts';
import { preChatSendSchema } from '../../../protocol/schemas/visitor.ts';
import { describeIssue } from '../../../server/validation.ts';
import { FORM_TEXTS } from '../../../widget/chat/form-texts.ts';
import { firstProblem, preChatInput, refusedName } from '../../../widget/chat/pre-chat-send.ts';

const ft = FORM_TEXTS.en;
const FIELDS: PreChatField[] = [
  { key: 'name', required: true },
  { key: 'phone', required: false },
  { key: 'email', required: false },
  { key: 'department', required: true },
  { key: 'custom', id: 'q1', label: { 'zh-CN': '订单号', en: 'Order number' }, required: false },
];

/** Whether the server's schema takes this phone number or e-mail address. */
const serverTakes = (fields: { phone?: string; email?: string }) =>
  preChatSendSchema.safeParse({ clientId: 'a'.repeat(32), fields }).success;

describe('the pre-chat form in the widget', () => {
  it('asks for what is required first, and the field says which', () => {
    expect(firstProblem(FIELDS, { department: 'billing' }, ft)).toEqual({
      field: 'name',
      text: ft.preRequired,
    });
    expect(firstProblem(FIELDS, { name: 'Li', department: 'billing' }, ft)).toBeNull();
  });

  it.each([
    ['phone', '+86 138 0000 0000'],
    ['phone', '(010) 6552-9988'],
    ['phone', 'call me'],
    ['phone', '12345'],
    ['email', 'li@shop.example'],
    ['email', 'li@'],
    ['email', 'li shop@example.com'],
  ])('judges the %s %j as the server does', (key, value) => {
    const problem = firstProblem(FIELDS, { name: 'Li', department: 'd', [key]: value }, ft);
    expect(problem === null).toBe(serverTakes({ [key]: value }));
  });

  it('sends only the answers given, custom ones by their question', () => {
    const answers = { name: ' Li ', phone: '', department: 'billing', 'custom.q1': 'A-1' };
    expect(preChatInput('c'.repeat(16), FIELDS, answers)).toEqual({
      clientId: 'c'.repeat(16),
      fields: { name: 'Li', departmentId: 'billing', custom: { q1: 'A-1' } },
    });
  });

  it('finds the field a refusal is about', () => {
    const refused = preChatSendSchema.safeParse({
      clientId: 'a'.repeat(32),
      fields: { phone: 'call me' },
    });
    expect(refused.success).toBe(false);
    if (!refused.success) expect(refusedName(describeIssue(refused.error))).toBe('phone');
    expect(refusedName('custom.q1: this field is required')).toBe('custom.q1');
    expect(refusedName('departmentId: there is no such department')).toBe('department');
    expect(refusedName('You are sending too fast.')).toBeNull();
  });
});
