import type { Language } from '../../../protocol/index.ts';
import { currentAgent } from '../agent/access.ts';
import { conversationView } from '../agent/open-view.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { localTime } from '../zoned-time.ts';
import { readableTranscript } from './open.ts';
import { renderHtml } from './render-html.ts';
import { renderText } from './render-text.ts';
import { transcriptDoc } from './transcript-doc.ts';

export type TranscriptFormat = 'html' | 'txt';

/** A file to download, whole. */
export interface TranscriptDownload {
  body: string;
  contentType: string;
  filename: string;
}

const TYPES: Record<TranscriptFormat, string> = {
  html: 'text/html; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * One conversation's transcript as a file, in the agent's language unless `lang` says
 * otherwise, times on the desk's clock. Internal notes are in it, in a section marked as
 * never shown to the visitor: only agents export, and a transcript kept for review, training
 * or a complaint needs what colleagues noted as much as what was said.
 */
export async function transcriptFile(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
  conversationId: string,
  format: TranscriptFormat,
  lang: Language | undefined,
): Promise<TranscriptDownload> {
  const agent = await currentAgent(deps, agentId);
  const conversation = await readableTranscript(deps, agent, conversationId);
  const [view, department, settings] = await Promise.all([
    conversationView(deps, conversation),
    conversation.departmentId ? deps.store.departments.get(conversation.departmentId) : null,
    getDeskSettings(deps),
  ]);
  const { timeZone } = settings.businessHours;
  const doc = transcriptDoc(view, department, timeZone, lang ?? agent.lang);
  const day = localTime(conversation.createdAt, timeZone).slice(0, 10);
  return {
    body: format === 'html' ? renderHtml(doc) : renderText(doc),
    contentType: TYPES[format],
    filename: `kefu-transcript-${day}-${conversation.id}.${format}`,
  };
}
