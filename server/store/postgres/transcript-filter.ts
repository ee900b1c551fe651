import type { TextCondition, TranscriptFilter } from '../types.ts';
import { containsPattern } from '../like.ts';
import type { Param } from './sql.ts';

/** Collects a statement's parameters; `bind` returns the placeholder of the value it adds. */
export interface Binder {
  values: Param[];
  bind(value: Param): string;
}

export function binder(): Binder {
  const values: Param[] = [];
  return {
    values,
    bind(value) {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

/** The filter as SQL conditions on `conversations c`, their parameters bound to `b`. */
export function filterConditions(f: TranscriptFilter, b: Binder): string[] {
  const conditions: string[] = [];
  if (f.startedFrom) conditions.push(`c.created_at >= ${b.bind(f.startedFrom)}`);
  if (f.startedBefore) conditions.push(`c.created_at < ${b.bind(f.startedBefore)}`);
  if (f.departmentId) conditions.push(`c.department_id = ${b.bind(f.departmentId)}`);
  if (f.agentId) conditions.push(`c.agent_id = ${b.bind(f.agentId)}`);
  if (f.type === 'unclassified') conditions.push('c.close_type IS NULL');
  else if (f.type) conditions.push(`c.close_type = ${b.bind(f.type)}`);
  if (f.tag) {
    // The substring test skips most rows without parsing their JSON; the elements make it exact.
    conditions.push(
      `strpos(c.close_tags, ${b.bind(JSON.stringify(f.tag))}) > 0
       AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(c.close_tags::jsonb) AS t (value)
                   WHERE t.value = ${b.bind(f.tag)})`,
    );
  }
  if (f.rating !== undefined) conditions.push(`c.rating = ${b.bind(f.rating)}`);
  if (f.pageUrl) {
    conditions.push(`c.page_url ILIKE ${b.bind(containsPattern(f.pageUrl))} ESCAPE '\\'`);
  }
  if (f.handledBy === 'bot') conditions.push('c.handoff_requested_at IS NULL');
  else if (f.handledBy === 'person') conditions.push('c.handoff_requested_at IS NOT NULL');
  if (f.visibleTo) {
    const viewer = b.bind(f.visibleTo.agentId);
    conditions.push(
      `(c.department_id = ANY (${b.bind(f.visibleTo.departments)}::text[])
        OR c.agent_id = ${viewer}
        OR c.id IN (SELECT conversation_id FROM conversation_events WHERE agent_id = ${viewer}))`,
    );
  }
  return conditions;
}

/** PostgreSQL's limit on one lexeme, in bytes: longer terms are left out of the index. */
export const MAX_TERM_BYTES = 2047;

const fits = (term: string) => Buffer.byteLength(term) <= MAX_TERM_BYTES;

/** A quoted tsvector/tsquery lexeme: taken as it is, whatever it holds. */
export function lexeme(term: string): string {
  return `'${term.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
}

/**
 * The tsquery of the text conditions: each one's terms a phrase (`<->`, the last `:*` for a
 * prefix), all ANDed, as the FTS5 expression did. The terms are split on spaces as FTS5 read
 * its quoted phrase. Null when a condition cannot match anything indexed.
 */
export function textQuery(text: readonly TextCondition[]): string | null {
  const parts: string[] = [];
  for (const part of text) {
    const terms = part.terms.join(' ').split(' ').filter(Boolean);
    if (terms.length === 0 || !terms.every(fits)) return null;
    const quoted = terms.map(lexeme);
    if (part.prefix) quoted.push(`${quoted.pop() ?? ''}:*`);
    parts.push(`(${quoted.join(' <-> ')})`);
  }
  return parts.length > 0 ? parts.join(' & ') : null;
}

/**
 * What the indexer stores for a message's terms (space-separated, in text order): each term at
 * its position, so phrases match only terms next to each other. Built here rather than by
 * to_tsvector, whose parser depends on the database's locale and may split or drop terms.
 */
export function termVector(terms: string): string {
  return terms
    .split(' ')
    .filter(Boolean)
    .flatMap((term, i) => (term !== '' && fits(term) ? [`${lexeme(term)}:${i + 1}`] : []))
    .join(' ');
}
