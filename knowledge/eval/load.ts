import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseFaqFile } from '../parse.ts';
import type { FaqEntry } from '../types.ts';

export interface EvalQuery {
  qid: string;
  query: string;
  gold: string;
}

const queryLineSchema = z.object({
  qid: z.string().optional(),
  query: z.string(),
  gold: z.string(),
});

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    throw new Error(`${path}: cannot read the file${code}`, { cause: error });
  }
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${where}: not valid JSON`);
  }
}

/** A knowledge base in the import format (a JSON array of FAQ entries). */
export function loadKb(path: string): FaqEntry[] {
  try {
    return parseFaqFile(parseJson(readText(path), path));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.startsWith(path) ? message : `${path}: ${message}`, { cause: error });
  }
}

/** Queries as JSON lines: {"qid"?, "query", "gold"} each. */
export function loadQueries(path: string): EvalQuery[] {
  return readText(path)
    .split('\n')
    .flatMap((line, i) => {
      if (line.trim() === '') return [];
      const where = `${path}:${i + 1}`;
      const parsed = queryLineSchema.safeParse(parseJson(line, where));
      if (!parsed.success) throw new Error(`${where}: expected {"query": string, "gold": string}`);
      return [{ ...parsed.data, qid: parsed.data.qid ?? `line-${i + 1}` }];
    });
}
