import {
  FAQ_FILE_TYPES,
  faqTemplate,
  writeFaqFile,
  type FaqFileFormat,
  type FaqTemplateFormat,
} from '../../../../knowledge/io/index.ts';
import type { FaqImportEntry } from '../../../../protocol/schemas/faq-admin.ts';
import type { FaqEntryRow } from '../../../store/types.ts';
import type { ServiceDeps } from '../../deps.ts';

/** A file to download: its bytes, type and name. */
export interface FaqDownload {
  body: Uint8Array;
  contentType: string;
  filename: string;
}

function importEntryOf(row: FaqEntryRow): FaqImportEntry {
  const { id, lang, question, similar, keywords, answer, category, department, status } = row;
  return { id, lang, question, similar, keywords, answer, category, department, status };
}

/** Every entry not deleted, drafts included, in the format an import reads back unchanged. */
export async function exportFaq(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  format: FaqFileFormat,
): Promise<FaqDownload> {
  const rows = await deps.store.faqEntries.listAll();
  const day = deps.clock.now().toISOString().slice(0, 10);
  return {
    body: await writeFaqFile(rows.map(importEntryOf), format),
    contentType: FAQ_FILE_TYPES[format],
    filename: `kefu-faq-${day}.${format}`,
  };
}

/** The sheet departments fill in (《信息采集表》): headers, one example row, instructions. */
export async function faqTemplateFile(format: FaqTemplateFormat): Promise<FaqDownload> {
  return {
    body: await faqTemplate(format),
    contentType: FAQ_FILE_TYPES[format],
    filename: `kefu-faq-template.${format}`,
  };
}
