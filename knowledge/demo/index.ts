export { demoFaqEntries, parseDemoFile } from './load.ts';
export { DEMO_DEPARTMENTS, DEMO_LANGUAGES, demoEntrySchema, demoFileSchema } from './schema.ts';
export type { DemoEntry } from './schema.ts';
