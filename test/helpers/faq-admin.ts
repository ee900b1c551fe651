import type {
  ChatMessage,
  FaqEntryAdmin,
  FaqEntryDetail,
  FaqList,
  FaqTestResult,
} from '../../protocol/index.ts';
import type { FaqEntryInput } from '../../protocol/schemas/faq-admin.ts';
import { consoleRequest } from './console-api.ts';
import { newVisitor } from './visitor-client.ts';

/** A new entry nobody else in the fixture FAQ is about: member points. */
export const POINTS: FaqEntryInput = {
  lang: 'zh-CN',
  question: '会员积分怎么兑换？',
  similar: ['积分能换什么'],
  keywords: ['积分'],
  answer: '在「会员中心」兑换积分。',
  category: '会员',
  status: 'published',
};

/** The console's FAQ admin calls, as one signed-in account; each expects success. */
export class FaqApi {
  constructor(
    private readonly url: string,
    private readonly cookie: string | null,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<Response> {
    return consoleRequest(this.url, method, path, this.cookie, body);
  }

  async list(query: Record<string, string> = {}): Promise<FaqList> {
    return this.ok('GET', `/api/faq?${new URLSearchParams(query).toString()}`);
  }

  async detail(id: string): Promise<FaqEntryDetail> {
    return this.ok('GET', `/api/faq/${encodeURIComponent(id)}`);
  }

  async create(input: FaqEntryInput): Promise<FaqEntryAdmin> {
    return (await this.ok<{ entry: FaqEntryAdmin }>('POST', '/api/faq', input, 201)).entry;
  }

  /** Saves `changes` over the entry as it is now (or at `version`). */
  async update(
    entry: FaqEntryAdmin,
    changes: Partial<FaqEntryInput> & { version?: number },
  ): Promise<FaqEntryAdmin> {
    const body = { ...editable(entry), version: entry.version, ...changes };
    const path = `/api/faq/${encodeURIComponent(entry.id)}`;
    return (await this.ok<{ entry: FaqEntryAdmin }>('PUT', path, body)).entry;
  }

  async remove(id: string): Promise<void> {
    const res = await this.request('DELETE', `/api/faq/${encodeURIComponent(id)}`);
    if (res.status !== 204) throw new Error(`DELETE ${id}: ${res.status} ${await res.text()}`);
  }

  async restore(id: string, revisionId: number): Promise<FaqEntryAdmin> {
    const path = `/api/faq/${encodeURIComponent(id)}/restore`;
    return (await this.ok<{ entry: FaqEntryAdmin }>('POST', path, { revisionId })).entry;
  }

  async test(question: string): Promise<FaqTestResult> {
    return this.ok('POST', '/api/faq/test', { question });
  }

  private async ok<T>(method: string, path: string, body?: unknown, status = 200): Promise<T> {
    const res = await this.request(method, path, body);
    if (res.status !== status)
      throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }
}

/** The fields an editor sends back: everything but the server's bookkeeping. */
export function editable(entry: FaqEntryAdmin): FaqEntryInput {
  const { lang, question, similar, keywords, answer, category, department, status } = entry;
  return { lang, question, similar, keywords, answer, category, department, status };
}

/** What the bot replies to a new visitor asking `question`. */
export async function askBot(url: string, question: string): Promise<ChatMessage> {
  const { tab } = await newVisitor(url, 'zh-CN');
  try {
    await tab.send(question);
    const [, reply] = await tab.sync(0);
    if (!reply) throw new Error(`no reply to ${question}`);
    return reply;
  } finally {
    tab.close();
  }
}
