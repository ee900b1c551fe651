import type { FaqImportEntry } from '../../protocol/schemas/faq-admin.ts';
import { FAQ_FIELDS } from './columns.ts';

/** An array of entries in column order, empty optional fields left out, indented for diffs. */
export function writeJson(entries: readonly FaqImportEntry[]): Uint8Array {
  const plain = entries.map((entry) =>
    Object.fromEntries(
      FAQ_FIELDS.flatMap((field) => (entry[field] === null ? [] : [[field, entry[field]]])),
    ),
  );
  return new TextEncoder().encode(`${JSON.stringify(plain, null, 2)}\n`);
}
