import { faqFileSchema } from '../protocol/schemas/faq.ts';
import type { FaqEntry } from './types.ts';

/**
 * Validates an imported knowledge base (`[{ id, question, similar[], answer, … }]`)
 * and returns its entries. Throws an Error naming the first bad entry and field,
 * e.g. `FAQ entry 3, field "question": …`.
 */
export function parseFaqFile(json: unknown): FaqEntry[] {
  const parsed = faqFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, ...field] = issue?.path ?? [];
    const where =
      typeof index === 'number'
        ? `FAQ entry ${index}${field.length > 0 ? `, field "${field.join('.')}"` : ''}`
        : 'FAQ file';
    throw new Error(`${where}: ${issue?.message ?? 'invalid'}`);
  }
  const seen = new Set<string>();
  return parsed.data.map((entry, index) => {
    if (seen.has(entry.id))
      throw new Error(`FAQ entry ${index}, field "id": duplicate id ${entry.id}`);
    seen.add(entry.id);
    return entry;
  });
}
