import { helpRuleFor } from '../../protocol/page-help.ts';
import type { ChatClient } from './client.ts';
import type { Texts } from './i18n.ts';

/**
 * The page's suggested questions under the greeting, like a bot's suggestions: a click asks it.
 * Entries in the visitor's language first; if the admin picked none in it, all of them.
 */
export function HelpChips({ client, tx }: { client: ChatClient; tx: Texts }) {
  const faqs = (client.page && helpRuleFor(client.help, client.page.url)?.faqs) || [];
  if (!faqs.length) return null;
  const mine = faqs.filter((f) => !f.lang || f.lang === client.lang);
  return (
    <ul class="chips" aria-label={tx.suggested}>
      {(mine.length ? mine : faqs).map((f) => (
        <li key={f.id}>
          <button type="button" onClick={() => client.send(f.question, f.id)}>
            {f.question}
          </button>
        </li>
      ))}
    </ul>
  );
}
