/** One FAQ entry as the engine sees it. Storage-free: the server maps its rows to this. */
export interface FaqEntry {
  id: string;
  question: string;
  /** 相似问法: other phrasings of the same question; matched like the question itself. */
  similar: string[];
  keywords: string[];
  answer: string;
  category?: string;
  department?: string;
  lang?: string;
}

/** Which indexed text of an entry matched best. */
export type MatchedField = 'question' | 'similar' | 'keywords';

export interface Candidate {
  id: string;
  question: string;
  /** Engine score after aggregation over the entry's phrasings; comparable within one query. */
  score: number;
  /** Calibrated 0–1 closeness of the query to matchedText; comparable across queries and KBs. */
  confidence: number;
  matchedField: MatchedField;
  /** The phrasing that matched best (the question or one similar question). */
  matchedText: string;
}

/**
 * answer: one confident match (candidates[0]);
 * suggest: 1–3 plausible candidates ("您是不是想问…");
 * none: nothing good enough.
 */
export type Decision = 'answer' | 'suggest' | 'none';

export interface MatchResult {
  decision: Decision;
  /** Ranked best first, at most `limit`; may be non-empty even when decision is none. */
  candidates: Candidate[];
  /** The candidates offered when decision is suggest (1–3, best first), else empty. */
  suggestions: Candidate[];
  /** The normalised tokens of the query, for "test a question" views. */
  tokens: string[];
}
