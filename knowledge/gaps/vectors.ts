import { tokenize } from '../tokenize.ts';

/** A question as a unit-length sparse vector: token ids ascending, with their weights. */
export interface QuestionVector {
  tokens: Int32Array;
  weights: Float64Array;
}

/** Documents that give words their weight besides the questions themselves (the knowledge base). */
export interface Background {
  readonly size: number;
  entriesWith(token: string): number;
}

const NO_BACKGROUND: Background = { size: 0, entriesWith: () => 0 };

/**
 * Token vectors of questions, with idf counted over these questions and the knowledge base's
 * entries together. The questions alone would do for a month of varied gaps, but not for
 * three paraphrases of one new topic, where the topic's own words are in every question and
 * would weigh nothing; the knowledge base alone would weigh every word it lacks alike.
 * Each token weighs √idf, so the cosine of two vectors is the matcher's own closeness
 * (shared idf over the geometric mean of both sides' idf, `term-stats.ts`).
 */
export function questionVectors(
  texts: readonly string[],
  background: Background = NO_BACKGROUND,
): QuestionVector[] {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const tokenIds = texts.map((text) =>
    Int32Array.from(
      tokenize(text).map((t) => {
        let id = ids.get(t);
        if (id === undefined) {
          id = ids.size;
          ids.set(t, id);
          df.push(background.entriesWith(t));
        }
        df[id]! += 1;
        return id;
      }),
    ).sort(),
  );
  const n = texts.length + background.size;
  return tokenIds.map((tokens) => {
    const weights = Float64Array.from(tokens, (id) => {
      const d = df[id]!;
      return Math.sqrt(Math.log(1 + (n - d + 0.5) / (d + 0.5)));
    });
    const norm = Math.hypot(...weights);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { tokens, weights };
  });
}

/** Cosine of two unit vectors, in [0, 1]; 0 when either has no tokens. */
export function cosine(a: QuestionVector, b: QuestionVector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.tokens.length && j < b.tokens.length) {
    const x = a.tokens[i]!;
    const y = b.tokens[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
