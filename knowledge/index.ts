export { FaqIndex } from './faq-index.ts';
export { normalise } from './normalise.ts';
export { tokenize } from './tokenize.ts';
export { parseFaqFile } from './parse.ts';
export { MATCH_OPTIONS } from './options.ts';
export type * from './types.ts';
