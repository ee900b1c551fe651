/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the traffic plan needs.
 * The same seed gives the same traffic on every machine, so tests can check exact figures.
 */
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID_CODES = Uint8Array.from(ID_ALPHABET, (ch) => ch.charCodeAt(0));
/** The id character for the 6 bits of `word` from `shift` on. */
const c6 = (word: number, shift: number) => ID_CODES[(word >>> shift) & 63] ?? 65;

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An item drawn with the given weights (same order as `items`). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** 22 url-safe characters, the shape of a server id (`newId`). */
  id(): string;
  /** `count` distinct items, in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

export function seededRandom(seed: number): Random {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const u32 = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  const next = () => u32() / 4_294_967_296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted(items, weights) {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let x = next() * total;
      for (let i = 0; i < items.length; i++) {
        x -= weights[i] ?? 0;
        if (x < 0) return items[i] as (typeof items)[number];
      }
      return pick(items);
    },
    id() {
      // One flat string per id (no concatenation): a plan makes millions of them.
      const a = u32();
      const b = u32();
      const c = u32();
      const d = u32();
      const top = (a >>> 30) | ((b >>> 30) << 2) | ((c >>> 30) << 4);
      return String.fromCharCode(
        c6(a, 0),
        c6(a, 6),
        c6(a, 12),
        c6(a, 18),
        c6(a, 24),
        c6(b, 0),
        c6(b, 6),
        c6(b, 12),
        c6(b, 18),
        c6(b, 24),
        c6(c, 0),
        c6(c, 6),
        c6(c, 12),
        c6(c, 18),
        c6(c, 24),
        c6(d, 0),
        c6(d, 6),
        c6(d, 12),
        c6(d, 18),
        c6(d, 24),
        c6(top, 0),
        c6(d, 26),
      );
    },
    sample(items, count) {
      const pool = [...items];
      const out: (typeof items)[number][] = [];
      while (out.length < count && pool.length > 0) {
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as (typeof items)[number]);
      }
      return out;
    },
  };
}
