import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { loadSearch, type TermDoc } from './bulk-search.ts';
import { decide } from './decide.ts';
import { normalise } from './normalise.ts';
import { MATCH_OPTIONS, SEARCH_OPTIONS } from './options.ts';
import { phrasingsOf, type Phrasing } from './phrasings.ts';
import { scoreEntry } from './score.ts';
import { stem } from './stem.ts';
import { TermStats } from './term-stats.ts';
import { tokenizeNormalised } from './tokenize.ts';
import type { Candidate, FaqEntry, MatchResult } from './types.ts';

/**
 * One MiniSearch document per entry holding the tokens of all its phrasings:
 * MiniSearch only finds candidates, the phrasings are scored one by one afterwards,
 * and one field walks each posting once.
 */
interface IndexedDoc {
  id: string;
  terms: string;
}

/** Tokens never contain a newline (normalise folds it), so it joins them safely. */
const SEPARATOR = '\n';
const SINGLE_HAN = /^\p{Script=Han}$/u;
const splitTerms = (text: string): string[] => text.split(SEPARATOR);

const INDEX_OPTIONS: Options<IndexedDoc> = {
  fields: ['terms'],
  tokenize: splitTerms,
  processTerm: (t) => t,
};

/**
 * A batch of at least this many changes, and at least half the size of the index, rebuilds
 * the index in one pass: cheaper than so many single upserts (10,000: ~0.8 s, not ~1.3 s).
 */
const BULK_MIN = 64;

interface Indexed {
  entry: FaqEntry;
  phrasings: Phrasing[];
  tokens: Set<string>;
}

export interface FaqIndexChanges {
  upsert?: readonly FaqEntry[];
  /** Ids to drop; removals happen before the upserts. */
  remove?: readonly string[];
}

const BASE_SEARCH: SearchOptions = {
  tokenize: splitTerms,
  processTerm: (t) => t,
  combineWith: SEARCH_OPTIONS.combineWith,
  weights: SEARCH_OPTIONS.weights,
};

/** A live, in-memory FAQ matcher: entries can be added, replaced and removed at any time. */
export class FaqIndex {
  private readonly entries = new Map<string, Indexed>();
  private stats = new TermStats();
  private search = new MiniSearch<IndexedDoc>(INDEX_OPTIONS);

  constructor(entries: Iterable<FaqEntry> = []) {
    this.update({ upsert: [...entries] });
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): FaqEntry | undefined {
    return this.entries.get(id)?.entry;
  }

  /** How many entries use this token: the knowledge base's word statistics, for weighing words elsewhere. */
  entriesWith(token: string): number {
    return this.stats.entriesWith(token);
  }

  upsert(entry: FaqEntry): void {
    this.remove(entry.id);
    const indexed = indexEntry(entry);
    this.entries.set(entry.id, indexed);
    this.stats.add(indexed.tokens);
    this.search.add({ id: entry.id, terms: [...indexed.tokens].join(SEPARATOR) });
  }

  /**
   * Many changes at once (an import, a reload): matches afterwards exactly as the same
   * `remove` and `upsert` calls would, but a large batch rebuilds the term statistics and
   * the search index in one pass. Synchronous, so no match sees half of it.
   */
  update({ upsert = [], remove = [] }: FaqIndexChanges): void {
    const changes = upsert.length + remove.length;
    if (changes < BULK_MIN || changes * 2 < this.entries.size) {
      for (const id of remove) this.remove(id);
      for (const entry of upsert) this.upsert(entry);
      return;
    }
    for (const id of remove) this.entries.delete(id);
    for (const entry of upsert) {
      // Deleted first so that, as with upsert(), a replaced entry moves to the end.
      this.entries.delete(entry.id);
      this.entries.set(entry.id, indexEntry(entry));
    }
    this.stats = new TermStats();
    const docs: TermDoc[] = [];
    for (const { entry, tokens } of this.entries.values()) {
      this.stats.add(tokens);
      docs.push({ id: entry.id, terms: tokens });
    }
    this.search = loadSearch(docs, INDEX_OPTIONS);
  }

  remove(id: string): boolean {
    const indexed = this.entries.get(id);
    if (!indexed) return false;
    this.search.discard(id);
    this.stats.remove(indexed.tokens);
    return this.entries.delete(id);
  }

  match(question: string, options: { limit?: number } = {}): MatchResult {
    const tokens = tokenizeNormalised(normalise(question));
    const ranked = this.rank(tokens);
    const { decision, suggestions } = decide(ranked, tokens.length);
    const limit = options.limit ?? MATCH_OPTIONS.limit;
    return { decision, candidates: ranked.slice(0, limit), suggestions, tokens };
  }

  suggest(partial: string, limit: number = MATCH_OPTIONS.suggestLimit): Candidate[] {
    const text = normalise(partial);
    if (Array.from(text.replace(/ /g, '')).length < MATCH_OPTIONS.suggestMinChars) return [];
    // The last word may still be being typed: it matches as a prefix, or whole (stemmed).
    const last = /[a-z0-9]+$/.exec(text)?.[0];
    const typing = last && /[\p{L}\p{N}]$/u.test(partial) ? last : undefined;
    const open = typing && typing.length >= MATCH_OPTIONS.prefixMinLength ? typing : undefined;
    const tokens = tokenizeNormalised(open ? text.slice(0, -open.length) : text);
    return this.rank(tokens, open).slice(0, limit);
  }

  /**
   * Only a longer Latin word no entry uses is probably a typo worth a fuzzy lookup:
   * fuzzy search walks the whole term tree, and on a 2-character CJK token it
   * would match everything.
   */
  private fuzzyFor(term: string): number | false {
    const typo = term.length >= SEARCH_OPTIONS.fuzzyMinLength && /^[a-z]+$/.test(term);
    return typo && !this.stats.has(term) ? SEARCH_OPTIONS.fuzzy : false;
  }

  /**
   * The rarest tokens find the candidates; common ones only refine their scores.
   * MiniSearch's work grows with the posting lists it walks, so the search stops
   * adding tokens once their entries add up to the budget (at least one token
   * always searches). Single Han characters never search: they are too common.
   */
  private searchTerms(tokens: readonly string[]): string[] {
    const usable = tokens.filter(
      (t) => !SINGLE_HAN.test(t) && (this.stats.has(t) || this.fuzzyFor(t) !== false),
    );
    const byRarity = usable
      .map((t) => [t, this.stats.entriesWith(t)] as const)
      .sort((a, b) => a[1] - b[1]);
    const terms: string[] = [];
    let postings = 0;
    for (const [t, n] of byRarity) {
      postings += n;
      if (terms.length > 0 && postings > SEARCH_OPTIONS.postingsBudget) break;
      terms.push(t);
    }
    return terms;
  }

  /**
   * MiniSearch finds the candidate entries; the calibrated scores order them.
   * An open (unfinished) word counts, per entry, as the word it completes to
   * there. It searches as a prefix only when the finished words give nothing to
   * search with: a prefix walks the postings of every completion, which is slow.
   */
  private rank(tokens: string[], open?: string): Candidate[] {
    const terms = this.searchTerms(tokens);
    const prefix = open && terms.length === 0 ? open : undefined;
    if (prefix) terms.push(prefix);
    if (terms.length === 0) return [];
    const hits = this.search.search(terms.join(SEPARATOR), {
      ...BASE_SEARCH,
      fuzzy: (term) => term !== prefix && this.fuzzyFor(term),
      prefix: (term) => term === prefix,
    });
    const query = this.stats.weigh(tokens);
    const ranked: Candidate[] = [];
    for (const hit of hits.slice(0, SEARCH_OPTIONS.candidates)) {
      const indexed = this.entries.get(hit.id as string);
      if (!indexed) continue;
      const completed = open && completion(open, indexed.tokens);
      const q = completed ? this.stats.weigh([...tokens, completed]) : query;
      const c = scoreEntry(indexed.entry, indexed.phrasings, indexed.tokens, q, this.stats);
      if (c) ranked.push(c);
    }
    return ranked.sort((a, b) => b.score - a.score || b.confidence - a.confidence);
  }
}

function indexEntry(entry: FaqEntry): Indexed {
  const phrasings = phrasingsOf(entry);
  const tokens = new Set<string>();
  for (const phrasing of phrasings) for (const token of phrasing.tokens) tokens.add(token);
  return { entry, phrasings, tokens };
}

/** The unfinished word's stem if the entry has it, else the shortest token it begins. */
function completion(open: string, tokens: ReadonlySet<string>): string | undefined {
  const whole = stem(open);
  if (tokens.has(whole)) return whole;
  let best: string | undefined;
  for (const t of tokens) {
    if (t.startsWith(open) && (best === undefined || t.length < best.length)) best = t;
  }
  return best;
}
