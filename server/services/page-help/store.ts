import { z } from 'zod';
import type { HelpRule, Notice, PageHelpView } from '../../../protocol/index.ts';
import { serverIdSchema } from '../../../protocol/schemas/common.ts';
import { helpRuleSchema, noticeSchema } from '../../../protocol/schemas/page-help.ts';
import type { ServiceDeps } from '../deps.ts';

/** The rules and notices in force, each list with the version its next save must name. */
export type PageHelp = Omit<PageHelpView, 'faqs'>;

export const NO_PAGE_HELP: PageHelp = {
  rules: [],
  rulesVersion: 0,
  notices: [],
  noticesVersion: 0,
};

/** Each list is one settings value, saved whole: small, admin-edited, read from memory. */
export const KEYS = { rules: 'widget.helpRules', notices: 'widget.notices' } as const;

const storedRules = z.object({
  version: z.number().int(),
  rules: z.array(helpRuleSchema.safeExtend({ id: serverIdSchema })),
});
const storedNotices = z.object({
  version: z.number().int(),
  notices: z.array(noticeSchema.safeExtend({ id: serverIdSchema, createdAt: z.iso.datetime() })),
});

/** At start-up: the stored lists; one that no longer parses starts empty (version kept at 0). */
export async function loadPageHelp(deps: Pick<ServiceDeps, 'store'>): Promise<PageHelp> {
  const rules = storedRules.safeParse(await deps.store.settings.get(KEYS.rules));
  const notices = storedNotices.safeParse(await deps.store.settings.get(KEYS.notices));
  return {
    rules: rules.success ? (rules.data.rules satisfies HelpRule[]) : [],
    rulesVersion: rules.success ? rules.data.version : 0,
    notices: notices.success ? (notices.data.notices satisfies Notice[]) : [],
    noticesVersion: notices.success ? notices.data.version : 0,
  };
}
