import type { HelpRuleConfig } from '../../protocol/page-help.ts';
import type { ChatClient } from './client.ts';
import { lazy } from './lazy.ts';

const loadHelp = lazy(() => import('./help.ts').then((m) => m.styled.then(() => m)));

/**
 * In-context help and 公告 (the notices, the page's suggested questions, the matching of page
 * patterns): one chunk, fetched only when the site has help rules or notices up.
 */
export const help = (client: ChatClient) =>
  client.help.length + client.notices.length ? loadHelp(() => client.onChange()) : null;

/**
 * The admin's rule for the page the panel was opened on (the first that matches; undefined for
 * none), or null while the help chunk, which holds the matching, is on its way.
 */
export function pageRule(client: ChatClient): HelpRuleConfig | null | undefined {
  if (!client.page || !client.help.length) return undefined;
  const loaded = help(client);
  return loaded && loaded.ruleFor(client.help, client.page.url);
}
