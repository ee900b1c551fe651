export {
  FAQ_FILE_FORMATS,
  FAQ_FILE_TYPES,
  faqTemplate,
  readFaqFile,
  writeFaqFile,
  type FaqFileFormat,
  type FaqTemplateFormat,
} from './formats.ts';
export { FaqFileError } from './errors.ts';
export { TEMPLATE_EXAMPLE } from './template.ts';
export type { FaqFileContents } from './validate.ts';
