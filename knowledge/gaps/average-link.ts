/**
 * Average-link clustering cut at `threshold`: two clusters join while the mean similarity
 * over all their cross pairs is at least the threshold. Unlike single link, one chance
 * overlap does not chain two topics together; unlike a greedy centroid pass, the result
 * does not depend on the order of the questions.
 *
 * Nearest-neighbour chain over a dense similarity matrix: O(n²) time and memory. A
 * cluster whose best partner is below the threshold can never reach it again (a merged
 * cluster's similarity is a weighted mean of its parts'), so it is final at once, and so
 * is the rest of the chain leading to it.
 *
 * `similarity(i, j)` must be symmetric. Returns the clusters as lists of item indices,
 * each ascending, in the order of their smallest index.
 */
export function averageLink(
  n: number,
  similarity: (i: number, j: number) => number,
  threshold: number,
): number[][] {
  const sim = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = similarity(i, j);
      sim[i * n + j] = s;
      sim[j * n + i] = s;
    }
  }
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const active = new Set<number>(members.keys());
  const done: number[][] = [];
  const chain: number[] = [];

  while (active.size > 0) {
    if (chain.length === 0) chain.push(active.values().next().value as number);
    const top = chain.at(-1)!;
    const previous = chain.at(-2);
    // Ties go to the previous link, so the chain never cycles.
    let best = previous ?? -1;
    let bestSim = previous === undefined ? -1 : sim[top * n + previous]!;
    for (const c of active) {
      if (c === top) continue;
      const s = sim[top * n + c]!;
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    if (best < 0 || bestSim < threshold) {
      for (const c of chain) {
        active.delete(c);
        done.push(members[c]!);
        members[c] = null;
      }
      chain.length = 0;
    } else if (best === previous) {
      chain.length -= 2;
      merge(top, best);
    } else {
      chain.push(best);
    }
  }
  return done.map((c) => c.sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);

  /** Keeps the union in `a`'s row (Lance–Williams: size-weighted mean of both rows). */
  function merge(a: number, b: number): void {
    const ma = members[a]!;
    const mb = members[b]!;
    const [wa, wb] = [ma.length, mb.length];
    for (const c of active) {
      if (c === a || c === b) continue;
      const s = (wa * sim[a * n + c]! + wb * sim[b * n + c]!) / (wa + wb);
      sim[a * n + c] = s;
      sim[c * n + a] = s;
    }
    ma.push(...mb);
    members[b] = null;
    active.delete(b);
  }
}
