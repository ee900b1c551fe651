import { faqFileSchema } from '../protocol/schemas/faq.ts';
import type { FaqEntry } from './types.ts';

/**
 * The entries of a knowledge-base JSON file, unvalidated: the file is an array of entries
 * or `{ "entries": [...] }`. Null for anything else.
 */
export function faqFileEntries(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null && 'entries' in json) {
    return Array.isArray(json.entries) ? json.entries : null;
  }
  return null;
}

/**
 * Validates an imported knowledge base (`[{ id, question, similar[], answer, … }]`, or the
 * same array as `{ "entries": [...] }`) and returns its entries. Throws an Error naming the first bad entry and field,
 * e.g. `FAQ entry 3, field "question": …`.
 */
export function parseFaqFile(json: unknown): FaqEntry[] {
  const parsed = faqFileSchema.safeParse(faqFileEntries(json) ?? json);
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
