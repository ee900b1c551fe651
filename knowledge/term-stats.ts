/** Query tokens with their idf, computed once per query. */
export interface WeightedQuery {
  tokens: readonly string[];
  weights: readonly number[];
  total: number;
}

/**
 * How many entries use each token, kept live on upsert and remove, so a shared
 * token weighs by how well it tells entries apart (counted per entry, not per
 * phrasing: a word in all four phrasings of one entry is the sign of that entry).
 */
export class TermStats {
  private readonly df = new Map<string, number>();
  private entries = 0;
  /** idf values of the current state; cleared on every change. */
  private readonly cache = new Map<string, number>();
  /** Summed idf per token set, valid while `version` is unchanged. */
  private readonly weights = new WeakMap<
    ReadonlySet<string>,
    { version: number; weight: number }
  >();
  private version = 0;

  add(tokens: Iterable<string>): void {
    this.changed();
    this.entries++;
    for (const t of tokens) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  remove(tokens: Iterable<string>): void {
    this.changed();
    this.entries--;
    for (const t of tokens) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
  }

  has(token: string): boolean {
    return this.df.has(token);
  }

  entriesWith(token: string): number {
    return this.df.get(token) ?? 0;
  }

  /** BM25 idf: rare tokens weigh more; a token no entry has weighs most. */
  idf(token: string): number {
    let w = this.cache.get(token);
    if (w === undefined) {
      const df = this.df.get(token) ?? 0;
      w = Math.log(1 + (this.entries - df + 0.5) / (df + 0.5));
      // Only indexed tokens are cached: visitors' made-up words would grow it forever.
      if (df > 0) this.cache.set(token, w);
    }
    return w;
  }

  private changed(): void {
    this.cache.clear();
    this.version++;
  }

  weight(tokens: Iterable<string>): number {
    let sum = 0;
    for (const t of tokens) sum += this.idf(t);
    return sum;
  }

  /**
   * Calibrated closeness in [0, 1]: idf-weighted cosine of the two token sets.
   * 1 when they share every token, whatever the size of the knowledge base.
   */
  similarity(query: WeightedQuery, phrasing: ReadonlySet<string>): number {
    const shared = sharedWeight(query, phrasing);
    return shared === 0 ? 0 : shared / Math.sqrt(query.total * this.setWeight(phrasing));
  }

  /** Share of the query's idf mass that the token set holds, in [0, 1]; its own size does not count. */
  coverage(query: WeightedQuery, tokens: ReadonlySet<string>): number {
    return query.total === 0 ? 0 : sharedWeight(query, tokens) / query.total;
  }

  weigh(tokens: readonly string[]): WeightedQuery {
    const weights = tokens.map((t) => this.idf(t));
    return { tokens, weights, total: weights.reduce((a, b) => a + b, 0) };
  }

  private setWeight(tokens: ReadonlySet<string>): number {
    const known = this.weights.get(tokens);
    if (known?.version === this.version) return known.weight;
    const weight = this.weight(tokens);
    this.weights.set(tokens, { version: this.version, weight });
    return weight;
  }
}

function sharedWeight(query: WeightedQuery, tokens: ReadonlySet<string>): number {
  let shared = 0;
  for (let i = 0; i < query.tokens.length; i++)
    if (tokens.has(query.tokens[i]!)) shared += query.weights[i]!;
  return shared;
}
