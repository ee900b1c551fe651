import { useRef, useState } from 'preact/hooks';
import type { ImportReport } from '../../protocol/faq-admin.ts';
import type { Failure } from '../rest.ts';
import {
  exportHref,
  formatOf,
  FORMATS,
  importFaq,
  templateHref,
  type TransferFormat,
} from './api.ts';
import type { KbTexts } from './i18n.ts';
import { ImportReportView } from './ImportReportView.tsx';
import { useFocusIfLost } from './useFocusIfLost.ts';

const TEMPLATES = ['xlsx', 'csv'] as const;

function problemText(tx: KbTexts, failure: Failure): string {
  return failure.problem === 'invalid_input'
    ? tx.unreadable(failure.detail)
    : tx.problems[failure.problem];
}

interface Checked {
  file: File;
  format: TransferFormat;
  report: ImportReport;
}

/** Export and templates as plain downloads; import as a dry run first, applied on confirmation. */
export function ImportExport({ tx }: { tx: KbTexts }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusIfLost(heading);

  async function check(file: File): Promise<void> {
    setChecked(null);
    setNotice('');
    setError('');
    const format = formatOf(file.name);
    if (!format) return setError(tx.unknownFormat);
    setBusy(true);
    const res = await importFaq(file, format, false);
    setBusy(false);
    if (res.ok) setChecked({ file, format, report: res.data });
    else setError(problemText(tx, res));
  }

  async function apply(): Promise<void> {
    if (!checked) return;
    setBusy(true);
    const res = await importFaq(checked.file, checked.format, true);
    setBusy(false);
    if (!res.ok) return setError(problemText(tx, res));
    // Refused after all (the entries changed since the dry run): show the new report.
    if (!res.data.applied) return setChecked({ ...checked, report: res.data });
    setChecked(null);
    setNotice(tx.imported(res.data.added.length, res.data.changed.length));
  }

  return (
    <section class="kb-transfer" aria-labelledby="kb-transfer-title">
      <h2 id="kb-transfer-title" ref={heading} tabIndex={-1}>
        {tx.tabTransfer}
      </h2>
      <div class="kb-transfer-grid">
        <section class="kb-card" aria-labelledby="kb-export-title">
          <h3 id="kb-export-title">{tx.exportTitle}</h3>
          <p class="kb-muted">{tx.exportIntro}</p>
          <p class="kb-actions">
            {FORMATS.map((f) => (
              <a key={f} class="secondary" href={exportHref(f)} download>
                {tx.exportAs(f.toUpperCase())}
              </a>
            ))}
          </p>
        </section>
        <section class="kb-card" aria-labelledby="kb-template-title">
          <h3 id="kb-template-title">{tx.templateTitle}</h3>
          <p class="kb-muted">{tx.templateIntro}</p>
          <p class="kb-actions">
            {TEMPLATES.map((f) => (
              <a key={f} class="secondary" href={templateHref(f)} download>
                {tx.templateAs(f.toUpperCase())}
              </a>
            ))}
          </p>
        </section>
      </div>
      <section class="kb-card" aria-labelledby="kb-import-title" aria-busy={busy}>
        <h3 id="kb-import-title">{tx.importTitle}</h3>
        <p class="kb-muted">{tx.importIntro}</p>
        <label for="kb-import-file">{tx.importFile}</label>
        <input
          id="kb-import-file"
          type="file"
          accept=".xlsx,.csv,.json"
          disabled={busy}
          aria-describedby="kb-import-error"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) checks it again.
            input.value = '';
            if (file) void check(file);
          }}
        />
        <p class="kb-muted" role="status">
          {busy && !checked ? tx.checking : notice}
        </p>
        <p id="kb-import-error" class="alert" role="alert">
          {error}
        </p>
        {checked && (
          <ImportReportView
            tx={tx}
            fileName={checked.file.name}
            report={checked.report}
            busy={busy}
            onApply={() => void apply()}
          />
        )}
      </section>
    </section>
  );
}
