/**
 * Every tunable of the matcher in one place, each with why. Thresholds were
 * calibrated once on the three dev sets in ../shared/eval/faq (see DESIGN.md),
 * with one set of values for all of them.
 */

/** MiniSearch options for the retrieval step (candidates), not for the decision. */
export const SEARCH_OPTIONS = {
  /** Any shared token makes a candidate: the confidence, not retrieval, decides. */
  combineWith: 'OR',
  /** Typos in longer Latin words only; fuzzy on 2-character CJK tokens would match everything. */
  fuzzyMinLength: 5,
  /** Edit distance as a share of the word length (0.2 = 1 edit in a 5-letter word). */
  fuzzy: 0.2,
  /** Fuzzy and prefix hits rank candidates below exact ones (they only pick candidates). */
  weights: { fuzzy: 0.3, prefix: 0.5 },
  /** Rarest tokens first, until their entries add up to this: bounds the work on big KBs. */
  postingsBudget: 100,
  /** Distinct entries, in MiniSearch order, that get the calibrated scoring. */
  candidates: 20,
} as const;

export const SCORE_OPTIONS = {
  /** Each further phrasing of an entry adds this share of its own closeness (measured best of 0–0.5). */
  otherPhrasingWeight: 0.2,
  /**
   * Plus this share of the query's idf mass that the entry's phrasings hold together
   * (words of one question spread over several phrasings). 0.4 measured best of
   * 0.1–0.8: top-1 +1.2 / +0.3 / +0.6 points on zh-bq / zh-lcqmc / en-banking77.
   */
  entryCoverageWeight: 0.4,
} as const;

export const MATCH_OPTIONS = {
  /** Candidates returned by match() unless the caller asks otherwise. */
  limit: 5,
  /** At most this many suggestions ("您是不是想问…"); more is noise to a visitor. */
  suggestLimit: 3,
  /** The best candidate must be at least this close to be answered: keeps off-topic questions out. */
  answerMin: 0.4,
  /**
   * ...and lead the runner-up's score by answerLead / √(query tokens): 0.33 for a
   * 4-token question, 0.15 for 20 tokens. One constant for all sets and languages
   * (0.5 before entry coverage joined the score and widened the leads; 0.65 keeps
   * answer precision ≥ 0.90 on both dev folds of every set).
   */
  answerLead: 0.65,
  /** Candidates below this confidence are not worth suggesting; below it for all, the bot says none. */
  suggestMin: 0.25,
  /** suggest() stays silent below this many normalised characters: too little to go on. */
  suggestMinChars: 2,
  /** Prefix search only for an unfinished last word of at least this many characters: "ca" would match half the index. */
  prefixMinLength: 3,
} as const;

/** Grouping the questions the bot could not answer (`gaps/`), measured in DESIGN.md. */
export const GAP_OPTIONS = {
  /**
   * Two clusters of questions join while their mean closeness (the matcher's cosine, idf
   * from the questions and the knowledge base's entries) is at least this. The best mean
   * F0.5 of B-cubed precision and recall over the three sets on dev fold 0 (0.791; 0.789 at
   * 0.40 and at 0.50): precision first, as a mixed group costs an admin more than a split one.
   */
  groupMin: 0.45,
  /** The most asked wordings of a group that vote for its nearest existing entry. */
  nearestVoters: 5,
  /**
   * Each votes for its best match among this many that visitors did not turn down (👎):
   * the entry a visitor rejected is rarely what the question is about (named the label's
   * entry for 76 / 167, 6 / 9, 99 / 231 groups on dev fold 0, not 73, 5, 97).
   */
  nearestCandidates: 3,
  /** A wording votes only for an entry at least this close: the bot's own floor for suggesting it. */
  nearestMin: MATCH_OPTIONS.suggestMin,
} as const;
