import type {
  FaqEntryAdmin,
  FaqEntryDetail,
  FaqList,
  FaqTestResult,
  ImportReport,
} from '../../protocol/faq-admin.ts';
import type { FaqEntryInput, FaqListQuery } from '../../protocol/schemas/faq-admin.ts';
import { request, requestEmpty, type Result } from '../rest.ts';

export type TransferFormat = ImportReport['format'];

const entryPath = (id: string) => `/api/faq/${encodeURIComponent(id)}`;

async function entryOf(pending: Promise<Result<{ entry: FaqEntryAdmin }>>) {
  const res = await pending;
  return res.ok ? ({ ok: true, data: res.data.entry } as const) : res;
}

export function fetchFaqList(query: FaqListQuery): Promise<Result<FaqList>> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  return request('GET', `/api/faq?${params}`);
}

export function fetchFaqEntry(id: string): Promise<Result<FaqEntryDetail>> {
  return request('GET', entryPath(id));
}

export function createFaqEntry(input: FaqEntryInput): Promise<Result<FaqEntryAdmin>> {
  return entryOf(request('POST', '/api/faq', { json: input }));
}

/** 409 `conflict` when a colleague saved a newer version first. */
export function updateFaqEntry(
  id: string,
  input: FaqEntryInput,
  version: number,
): Promise<Result<FaqEntryAdmin>> {
  return entryOf(request('PUT', entryPath(id), { json: { ...input, version } }));
}

export function deleteFaqEntry(id: string): Promise<Result<null>> {
  return requestEmpty('DELETE', entryPath(id));
}

export function restoreFaqRevision(id: string, revisionId: number): Promise<Result<FaqEntryAdmin>> {
  return entryOf(request('POST', `${entryPath(id)}/restore`, { json: { revisionId } }));
}

export function testFaqQuestion(question: string): Promise<Result<FaqTestResult>> {
  return request('POST', '/api/faq/test', { json: { question } });
}

/** The file goes as it is; its format is named in the query string. */
export function importFaq(
  file: Blob,
  format: TransferFormat,
  apply: boolean,
): Promise<Result<ImportReport>> {
  const path = `/api/faq/import?apply=${apply}&format=${format}`;
  return request('POST', path, { file, type: IMPORT_TYPES[format] });
}

export const IMPORT_TYPES: Record<TransferFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
};

export const FORMATS: readonly TransferFormat[] = ['xlsx', 'csv', 'json'];

/** The format is the file's extension; the server checks the content. */
export function formatOf(name: string): TransferFormat | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return FORMATS.find((f) => f === ext) ?? null;
}

export const exportHref = (format: TransferFormat) => `/api/faq/export?format=${format}`;
export const templateHref = (format: 'xlsx' | 'csv') => `/api/faq/template?format=${format}`;
