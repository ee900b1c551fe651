import type { ReportTable } from './tables.ts';

/** A report table; the caption names it for screen readers, visible or not. */
export function DataTable({ table, hideCaption }: { table: ReportTable; hideCaption?: boolean }) {
  return (
    <div class="report-table-wrap">
      <table class="report-table">
        <caption class={hideCaption ? 'sr' : undefined}>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" class={table.numeric[i] ? 'num' : undefined}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} class={table.numeric[i] ? 'num' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
