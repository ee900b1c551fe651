import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** One document: its id and its unique terms, already processed. */
export interface TermDoc {
  id: string;
  terms: Iterable<string>;
}

/**
 * Builds a MiniSearch index of many documents in one pass through its documented saved form
 * (`loadJS`, serialization version 2; MiniSearch refuses a version it no longer reads).
 * `add()` walks the radix tree once per document and term, and the tree's root has a child
 * per distinct first character (thousands with Chinese); here each distinct term is inserted
 * once. The result is what adding the documents one by one in this order gives: the same
 * short ids, field lengths, running average length, and terms first inserted in the same
 * order (so the tree and its iteration order are the same).
 */
export function loadSearch<T>(docs: Iterable<TermDoc>, options: Options<T>): MiniSearch<T> {
  const documentIds: Record<number, string> = {};
  const fieldLength: Record<number, number[]> = {};
  // Term → { shortId: frequency }: the saved form's postings; each term once per document.
  const postings = new Map<string, Record<number, number>>();
  let count = 0;
  let average = 0;
  for (const doc of docs) {
    const shortId = count;
    let length = 0;
    for (const term of doc.terms) {
      length++;
      const ids = postings.get(term);
      if (ids) ids[shortId] = 1;
      else postings.set(term, { [shortId]: 1 });
    }
    documentIds[shortId] = doc.id;
    fieldLength[shortId] = [length];
    // MiniSearch keeps the average as it goes; the same arithmetic gives the same float.
    average = (average * count + length) / (count + 1);
    count++;
  }
  const index: AsPlainObject['index'] = [];
  for (const [term, frequencies] of postings) index.push([term, { 0: frequencies }]);
  const plain: AsPlainObject = {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: { [onlyField(options)]: 0 },
    fieldLength,
    averageFieldLength: count > 0 ? [average] : [],
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
  return MiniSearch.loadJS<T>(plain, options);
}

function onlyField<T>(options: Options<T>): string {
  const [field, ...rest] = options.fields;
  if (field === undefined || rest.length > 0) throw new Error('loadSearch indexes one field');
  return field;
}
