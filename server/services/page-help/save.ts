import type { z } from 'zod';
import type { HelpRule, Notice, PageHelpView } from '../../../protocol/index.ts';
import type {
  helpRulesSaveSchema,
  noticesSaveSchema,
} from '../../../protocol/schemas/page-help.ts';
import { newId } from '../../ids.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import { suggestedFaqs } from './config.ts';
import { KEYS, loadPageHelp, type PageHelp } from './store.ts';

type Deps = Pick<ServiceDeps, 'store' | 'clock' | 'widget' | 'faq' | 'events'>;

export function getPageHelp(deps: Pick<ServiceDeps, 'widget' | 'faq'>): PageHelpView {
  const help = deps.widget.pageHelp;
  const ids = [...new Set(help.rules.flatMap((r) => r.faqIds))];
  return { ...help, faqs: suggestedFaqs(deps.faq, ids) };
}

function changedMeanwhile(what: string): ServiceError {
  return new ServiceError(
    'conflict',
    `Someone else saved the ${what} after you opened them. Reload to see their changes, then edit again.`,
  );
}

/** Stores one list, then puts it in force on this node and tells the others. */
async function commit(deps: Deps, next: PageHelp, key: string, value: unknown): Promise<void> {
  await deps.store.settings.set({ [key]: value }, deps.clock.now().toISOString());
  deps.widget.pageHelp = next;
  deps.events.emit('widget.changed', { part: 'pageHelp' });
}

/**
 * One save at a time across nodes, checked against the lists as stored: another node's save
 * may not have reached this node's memory yet, and checking memory would let this one write
 * over it.
 */
function oneAtATime(deps: Deps, save: (help: PageHelp) => Promise<void>): Promise<PageHelpView> {
  return deps.store.serially('page-help', async () => {
    deps.widget.pageHelp = await loadPageHelp(deps);
    await save(deps.widget.pageHelp);
    return getPageHelp(deps);
  });
}

/** Saves the whole ordered list of rules edited at `input.version`. */
export function saveHelpRules(
  deps: Deps,
  input: z.output<typeof helpRulesSaveSchema>,
): Promise<PageHelpView> {
  return oneAtATime(deps, async (help) => {
    if (input.version !== help.rulesVersion) throw changedMeanwhile('page help rules');
    const known = new Set(help.rules.map((r) => r.id));
    const rules: HelpRule[] = input.rules.map((r) => ({
      ...r,
      id: r.id && known.has(r.id) ? r.id : newId(),
    }));
    const version = help.rulesVersion + 1;
    await commit(deps, { ...help, rules, rulesVersion: version }, KEYS.rules, { version, rules });
  });
}

/** Saves the whole list of notices edited at `input.version`; an edited notice keeps its id. */
export function saveNotices(
  deps: Deps,
  input: z.output<typeof noticesSaveSchema>,
): Promise<PageHelpView> {
  return oneAtATime(deps, async (help) => {
    if (input.version !== help.noticesVersion) throw changedMeanwhile('notices');
    const at = deps.clock.now().toISOString();
    const known = new Map(help.notices.map((n) => [n.id, n]));
    const notices: Notice[] = input.notices.map((n) => {
      const before = n.id ? known.get(n.id) : undefined;
      return { ...n, id: before?.id ?? newId(), createdAt: before?.createdAt ?? at };
    });
    const version = help.noticesVersion + 1;
    const next = { ...help, notices, noticesVersion: version };
    await commit(deps, next, KEYS.notices, { version, notices });
  });
}
