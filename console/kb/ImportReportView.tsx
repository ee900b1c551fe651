import type { ImportReport } from '../../protocol/faq-admin.ts';
import type { KbTexts } from './i18n.ts';

interface Props {
  tx: KbTexts;
  fileName: string;
  report: ImportReport;
  busy: boolean;
  onApply: () => void;
}

/** Why the dry run cannot be applied, or null when it can. */
function blocker(tx: KbTexts, report: ImportReport): string | null {
  if (report.invalid.length > 0) return tx.cannotApply;
  if (report.added.length + report.changed.length === 0) return tx.nothingToApply;
  return null;
}

/** The dry run: what an import would do, row by row where a row cannot be taken. */
export function ImportReportView({ tx, fileName, report, busy, onApply }: Props) {
  const counts: [string, number][] = [
    [tx.added, report.added.length],
    [tx.changedRows, report.changed.length],
    [tx.unchanged, report.unchanged.length],
    [tx.invalid, report.invalid.length],
  ];
  const why = blocker(tx, report);
  return (
    <section class="kb-card kb-report" aria-labelledby="kb-report-title">
      <h3 id="kb-report-title">{tx.reportTitle(fileName)}</h3>
      <dl class="kb-stats">
        {counts.map(([label, n]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      {report.invalid.length > 0 && (
        <table class="desk-table" aria-labelledby="kb-invalid-title">
          <caption id="kb-invalid-title">{tx.invalidRows}</caption>
          <thead>
            <tr>
              <th scope="col" class="kb-num">
                {tx.colRow}
              </th>
              <th scope="col">{tx.colReason}</th>
            </tr>
          </thead>
          <tbody>
            {report.invalid.map((p, i) => (
              <tr key={`${p.row}-${i}`}>
                <td class="kb-num">{p.row}</td>
                <td>{p.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {why ? (
        <p class="kb-why">{why}</p>
      ) : (
        <button type="button" class="primary" disabled={busy} onClick={onApply}>
          {busy ? tx.importing : tx.confirmImport}
        </button>
      )}
    </section>
  );
}
