import { z } from 'zod';
import data from './shop-faq.json' with { type: 'json' };
import type { FaqEntry } from '../types.ts';
import { DEMO_LANGUAGES, demoFileSchema, type DemoEntry } from './schema.ts';

const languageKeys = Object.keys(DEMO_LANGUAGES) as (keyof typeof DEMO_LANGUAGES)[];

/** Parses the demo shop FAQ; a malformed file throws with every problem and its path. */
export function parseDemoFile(raw: unknown): DemoEntry[] {
  const result = demoFileSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`knowledge/demo/shop-faq.json is invalid:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

/** The demo knowledge base as engine entries: one per entry and language, id `${id}.${lang}`. */
export function demoFaqEntries(): FaqEntry[] {
  return parseDemoFile(data).flatMap((entry) =>
    languageKeys.map((key) => {
      const lang = DEMO_LANGUAGES[key];
      const { question, similar, keywords, answer } = entry[key];
      return {
        id: `${entry.id}.${lang}`,
        question,
        similar,
        keywords,
        answer,
        category: entry.category,
        department: entry.department,
        lang,
      };
    }),
  );
}
