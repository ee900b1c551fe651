import { Fragment } from 'preact';
import type { VisitorIdentity } from '../protocol/identity.ts';
import type { Texts } from './i18n.ts';

interface Props {
  tx: Texts;
  identity: VisitorIdentity;
}

/**
 * What the site said about the visitor, under a badge saying whether the site signed it: an
 * unverified name or tier is only what the visitor's browser claimed.
 */
export function VisitorIdentityFacts({ tx, identity: who }: Props) {
  const contact = [who.email, who.phone].filter(Boolean).join(' / ');
  const facts: [string, string | null][] = [
    [tx.customerId, who.id],
    [tx.customerName, who.name],
    [tx.contact, contact || null],
    [tx.tier, who.tier],
    ...Object.entries(who.attributes).map(([k, v]): [string, string] => [k, String(v)]),
  ];
  return (
    <>
      <dt>{tx.identity}</dt>
      <dd>
        <span class={`chip ${who.verified ? 'verified' : 'unverified'}`}>
          {who.verified ? tx.verified : tx.unverified}
        </span>
        <span class="identity-hint">{who.verified ? tx.verifiedHint : tx.unverifiedHint}</span>
      </dd>
      {facts.map(([label, value]) =>
        value ? (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ) : null,
      )}
    </>
  );
}
