import type { FaqEntryStats } from '../../protocol/faq-admin.ts';
import type { KbTexts } from './i18n.ts';

/** How the entry has done with visitors: the same figures as the list's columns. */
export function EntryStats({ tx, stats }: { tx: KbTexts; stats: FaqEntryStats }) {
  const rows: [string, number][] = [
    [tx.statHits, stats.hits],
    [tx.statHelpful, stats.helpful],
    [tx.statUnhelpful, stats.unhelpful],
    [tx.statHandoffs, stats.handoffsAfter],
  ];
  return (
    <section class="kb-card" aria-labelledby="kb-stats-title">
      <h3 id="kb-stats-title">{tx.stats}</h3>
      <dl class="kb-stats">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
