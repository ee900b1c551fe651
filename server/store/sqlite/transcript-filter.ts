import type { TextCondition, TranscriptFilter } from '../types.ts';
import { containsPattern } from '../like.ts';

type Params = Record<string, string | number>;

/** The filter as SQL conditions on `conversations c`, with their named parameters. */
export interface FilterSql {
  conditions: string[];
  params: Params;
}

export function filterSql(f: TranscriptFilter): FilterSql {
  const conditions: string[] = [];
  const params: Params = {};
  const add = (sql: string, values: Params = {}) => {
    conditions.push(sql);
    Object.assign(params, values);
  };
  if (f.startedFrom) add('c.created_at >= @startedFrom', { startedFrom: f.startedFrom });
  if (f.startedBefore) add('c.created_at < @startedBefore', { startedBefore: f.startedBefore });
  if (f.departmentId) add('c.department_id = @departmentId', { departmentId: f.departmentId });
  if (f.agentId) add('c.agent_id = @agentId', { agentId: f.agentId });
  if (f.type === 'unclassified') add('c.close_type IS NULL');
  else if (f.type) add('c.close_type = @type', { type: f.type });
  if (f.tag) {
    // The substring test skips most rows without parsing their JSON; json_each makes it exact.
    add(
      `instr(c.close_tags, @tagJson) > 0
       AND EXISTS (SELECT 1 FROM json_each(c.close_tags) WHERE json_each.value = @tag)`,
      { tag: f.tag, tagJson: JSON.stringify(f.tag) },
    );
  }
  if (f.rating !== undefined) add('c.rating = @rating', { rating: f.rating });
  if (f.pageUrl) {
    add(`c.page_url LIKE @pageUrl ESCAPE '\\'`, { pageUrl: containsPattern(f.pageUrl) });
  }
  if (f.handledBy === 'bot') add('c.handoff_requested_at IS NULL');
  else if (f.handledBy === 'person') add('c.handoff_requested_at IS NOT NULL');
  if (f.visibleTo) {
    // Both subqueries are independent of the row: SQLite runs each once per statement.
    add(
      `(c.department_id IN (SELECT value FROM json_each(@viewerDepartments))
        OR c.agent_id = @viewer
        OR c.id IN (SELECT conversation_id FROM conversation_events WHERE agent_id = @viewer))`,
      { viewerDepartments: JSON.stringify(f.visibleTo.departments), viewer: f.visibleTo.agentId },
    );
  }
  return { conditions, params };
}

/** A quoted FTS5 string: inside double quotes only a doubled quote means anything. */
function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression: every condition a quoted phrase (a trailing `*` for a prefix),
 * all ANDed. Quoting keeps whatever the person typed from being read as FTS5 syntax.
 */
export function matchExpression(text: readonly TextCondition[]): string {
  return text
    .map((part) => `${quoted(part.terms.join(' '))}${part.prefix ? ' *' : ''}`)
    .join(' AND ');
}
