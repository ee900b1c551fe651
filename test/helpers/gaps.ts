import type { GapGroup, GapList, GapResolveResult } from '../../protocol/index.ts';
import type { GapResolveInput } from '../../protocol/schemas/gaps.ts';
import { consoleRequest } from './console-api.ts';

/** The console's 知识缺口 calls, as one signed-in account. */
export class GapsApi {
  constructor(
    private readonly url: string,
    private readonly cookie: string | null,
  ) {}

  list(query: Record<string, string> = {}): Promise<Response> {
    const path = `/api/faq/gaps?${new URLSearchParams(query).toString()}`;
    return consoleRequest(this.url, 'GET', path, this.cookie);
  }

  resolve(input: GapResolveInput): Promise<Response> {
    return consoleRequest(this.url, 'POST', '/api/faq/gaps/resolve', this.cookie, input);
  }

  /** Every open group (one large page); fails the test on an error. */
  async groups(): Promise<GapGroup[]> {
    const res = await this.list({ pageSize: '100' });
    if (res.status !== 200) throw new Error(`GET /api/faq/gaps: ${res.status} ${await res.text()}`);
    return ((await res.json()) as GapList).groups;
  }

  /** The open group holding this wording, if any. */
  async groupOf(text: string): Promise<GapGroup | undefined> {
    return (await this.groups()).find((g) => g.questions.some((q) => q.text === text));
  }

  async resolved(input: GapResolveInput): Promise<GapResolveResult> {
    const res = await this.resolve(input);
    if (res.status !== 200) throw new Error(`resolve: ${res.status} ${await res.text()}`);
    return (await res.json()) as GapResolveResult;
  }
}

/** Every log id of a group, as the console sends them to settle it whole. */
export const idsOf = (group: GapGroup): string[] => group.questions.flatMap((q) => q.ids);
