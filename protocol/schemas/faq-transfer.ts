import { z } from 'zod';

/** The knowledge-base file formats: XLSX and CSV (one row per entry) and JSON. */
export const faqFileFormatSchema = z.enum(['xlsx', 'csv', 'json']);

/** REST: GET /api/faq/export */
export const faqExportQuerySchema = z.strictObject({
  format: faqFileFormatSchema.default('xlsx'),
});

/** REST: GET /api/faq/template — for departments to fill in; JSON has none. */
export const faqTemplateQuerySchema = z.strictObject({
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});

/** REST: POST /api/faq/import — the file is the raw request body. */
export const faqImportQuerySchema = z.strictObject({
  format: faqFileFormatSchema,
  /** false: a dry run, nothing written. */
  apply: z
    .enum(['true', 'false'])
    .default('false')
    .transform((s) => s === 'true'),
});
