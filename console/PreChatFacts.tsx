import { Fragment } from 'preact';
import type { Language } from '../protocol/language.ts';
import type { PreChatAnswers } from '../protocol/pre-chat.ts';
import type { Texts } from './i18n.ts';

interface Props {
  lang: Language;
  tx: Texts;
  answers: PreChatAnswers;
}

/**
 * The visitor's answers to the pre-chat form, each under its question, marked unverified as an
 * unsigned identity is: they are only what the visitor typed.
 */
export function PreChatFacts({ lang, tx, answers: a }: Props) {
  const contact = [a.email, a.phone].filter(Boolean).join(' / ');
  const facts: [string, string | null][] = [
    [tx.customerName, a.name],
    [tx.contact, contact || null],
    ...a.custom.map((c): [string, string] => [c.label[lang], c.value]),
  ];
  return (
    <>
      <dt>{tx.preChat}</dt>
      <dd>
        <span class="chip unverified">{tx.unverified}</span>
        <span class="identity-hint">{tx.preChatHint}</span>
      </dd>
      {facts.map(([label, value], i) =>
        value ? (
          <Fragment key={i}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ) : null,
      )}
    </>
  );
}
