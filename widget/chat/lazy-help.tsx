import type { ComponentChildren } from 'preact';
import { helpRuleFor } from '../../protocol/page-help.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';
import { lazy } from './lazy.ts';

/** In-context help and 公告: fetched only when this page has suggestions or a notice is up. */
const loadHelp = lazy(() => import('./help.ts').then((m) => m.styled.then(() => m)));

/** The admin's rule for the page the panel was opened on: the first that matches. */
export const pageRule = (client: ChatClient) =>
  client.page ? helpRuleFor(client.help, client.page.url) : undefined;

/** The live notices the visitor has not dismissed, at the top of the panel. */
export function notices(client: ChatClient): ComponentChildren {
  const shown = client.notices.filter((n) => !client.state.noticesDone.includes(n.id));
  const loaded = shown.length ? loadHelp(() => client.onChange()) : null;
  return loaded && <loaded.Notices client={client} notices={shown} />;
}

/** The page's suggested FAQ entries, under the greeting. */
export function pageSuggestions(client: ChatClient, tx: Texts): ComponentChildren {
  const faqs = pageRule(client)?.faqs ?? [];
  const loaded = faqs.length ? loadHelp(() => client.onChange()) : null;
  return loaded && <loaded.HelpChips client={client} tx={tx} faqs={faqs} />;
}
