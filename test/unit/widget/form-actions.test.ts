import { describe, expect, it } from 'vitest';
import { leftMessageSendSchema } from '../../../protocol/schemas/visitor.ts';
import { describeIssue } from '../../../server/validation.ts';
import { refusedField } from '../../../widget/chat/form-actions.ts';

/** What the server answers to this form input, as `invalid_input`'s message. */
function refusal(input: Record<string, string>): string {
  const parsed = leftMessageSendSchema.safeParse({ clientId: 'a'.repeat(32), ...input });
  if (parsed.success) throw new Error('accepted');
  return describeIssue(parsed.error);
}

describe('explaining a refused leave-a-message form', () => {
  it('points at the field the server refused', () => {
    const ok = { name: '王先生', contact: 'wang@example.com', body: '请回电' };
    expect(refusedField(refusal({ ...ok, contact: '不是电话' }))).toBe('contact');
    expect(refusedField(refusal({ ...ok, name: ' ' }))).toBe('name');
    expect(refusedField(refusal({ ...ok, body: '' }))).toBe('body');
  });

  it('points at no field for anything else', () => {
    expect(refusedField('a payload object is required')).toBeNull();
  });
});
