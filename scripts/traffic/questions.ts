import type { FaqEntry } from '../../knowledge/index.ts';
import type { Language } from '../../protocol/index.ts';
import type { Random } from './random.ts';

/**
 * The knowledge base as visitors ask it: entries per language with a popularity (a few
 * questions are asked far more than the rest, as in any shop), and light rewording.
 */
export interface AskableKb {
  entries: Record<Language, FaqEntry[]>;
  weights: Record<Language, number[]>;
  byId: Map<string, FaqEntry>;
}

export function askableKb(entries: FaqEntry[], random: Random): AskableKb {
  const per = (lang: Language) => {
    const list = random.sample(
      entries.filter((e) => (e.lang ?? 'zh-CN') === lang),
      entries.length,
    );
    // Zipf-like: the k-th most popular entry is asked about 1 / k^0.9 as often as the first.
    return { list, weights: list.map((_, k) => 1 / (k + 1) ** 0.9) };
  };
  const zh = per('zh-CN');
  const en = per('en');
  return {
    entries: { 'zh-CN': zh.list, en: en.list },
    weights: { 'zh-CN': zh.weights, en: en.weights },
    byId: new Map(entries.map((e) => [e.id, e])),
  };
}

export function pickEntry(kb: AskableKb, lang: Language, random: Random): FaqEntry | null {
  const list = kb.entries[lang];
  return list.length === 0 ? null : random.weighted(list, kb.weights[lang]);
}

const ZH_BEFORE = ['', '', '', '请问', '你好，', '您好，请问', '想问一下'];
const ZH_AFTER = ['', '', '？', '?', '呢', '啊'];
const EN_BEFORE = ['', '', '', 'hi, ', 'hello ', 'hey '];
const EN_AFTER = ['', '', '?', '??'];

/** The entry's question or one of its similar questions, lightly reworded as people type. */
export function askAbout(entry: FaqEntry, lang: Language, random: Random): string {
  const base = random.chance(0.35)
    ? entry.question
    : random.pick([entry.question, ...entry.similar]);
  const bare = base.replace(/[？?。.！!]+$/u, '');
  if (lang === 'zh-CN') return `${random.pick(ZH_BEFORE)}${bare}${random.pick(ZH_AFTER)}`;
  const text = `${random.pick(EN_BEFORE)}${bare}${random.pick(EN_AFTER)}`;
  return random.chance(0.4) ? text.toLowerCase() : text;
}

/** Other entries a suggestion list may show next to `entry`: its department's first. */
export function neighbours(kb: AskableKb, entry: FaqEntry, lang: Language, random: Random) {
  const list = kb.entries[lang].filter((e) => e.id !== entry.id);
  const near = list.filter((e) => e.department === entry.department);
  return random.sample(near.length >= 2 ? near : list, random.int(1, 2));
}
