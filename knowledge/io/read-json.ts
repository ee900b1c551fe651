import { faqFileEntries } from '../parse.ts';
import { FaqFileError } from './errors.ts';
import { decodeUtf8 } from './text.ts';
import { validateEntries, type FaqFileContents } from './validate.ts';

/** A JSON array of entries, or `{ "entries": [...] }`; an entry's row is its place in the array, from 1. */
export function readJson(bytes: Uint8Array): FaqFileContents {
  const text = decodeUtf8(bytes);
  if (text === null) throw new FaqFileError('The JSON file is not UTF-8 text.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FaqFileError(`The file is not valid JSON: ${reason}`, { cause: error });
  }
  const entries = faqFileEntries(json);
  if (entries === null) {
    throw new FaqFileError('The JSON file must hold an array of entries or {"entries": [...]}.');
  }
  return validateEntries(entries.map((value, index) => ({ row: index + 1, value })));
}
