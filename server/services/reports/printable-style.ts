/**
 * The printable report's stylesheet, inline so the page stands alone (saved, mailed, printed):
 * A4 pages, a section per page, nothing split across a page break that need not be.
 */
export const PRINTABLE_CSS = `
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body {
  margin: 0 auto; max-width: 720px; padding: 24px 20px; color: #1d2330; background: #fff;
  font: 13px/1.5 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei',
    'Noto Sans CJK SC', sans-serif;
}
h1 { margin: 0 0 4px; font-size: 22px; }
h2 { margin: 0 0 12px; padding-bottom: 4px; border-bottom: 2px solid #1f6feb; font-size: 17px; }
h3 { margin: 16px 0 6px; font-size: 14px; }
.period { margin: 0 0 8px; font-size: 17px; font-weight: 600; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 20px;
  color: #5d6778; }
.meta dd { margin: 0; }
section { margin: 0 0 28px; }
.muted { color: #5d6778; }
.empty { padding: 32px; border: 1px dashed #cfd4dc; border-radius: 8px; text-align: center; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: 0 0 12px;
  padding: 0; list-style: none; }
.card { padding: 8px 10px; border: 1px solid #e3e6eb; border-left: 4px solid #8c959f;
  border-radius: 6px; break-inside: avoid; }
.card p { margin: 0; }
.card.better { border-left-color: #1a7f37; }
.card.worse { border-left-color: #b42318; }
.card .label, .card .small { color: #5d6778; font-size: 12px; }
.card .value { font-size: 19px; font-weight: 600; }
.better strong { color: #1a7f37; }
.worse strong { color: #b42318; }
figure { margin: 0 0 20px; break-inside: avoid; }
figcaption { margin: 0 0 4px; font-weight: 600; }
.chart svg { display: block; max-width: 100%; height: auto; }
table { width: 100%; margin: 6px 0 12px; border-collapse: collapse; font-size: 11px; }
caption { margin: 0 0 4px; font-weight: 600; text-align: start; }
th, td { padding: 3px 6px; border-bottom: 1px solid #e3e6eb; text-align: start;
  vertical-align: top; }
thead th { color: #5d6778; }
tr { break-inside: avoid; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
table.wide { font-size: 9px; }
table.wide th, table.wide td { padding: 2px 3px; }
.comments { margin: 0; padding: 0; list-style: none; }
.comments li { margin: 0 0 6px; padding: 6px 10px; border: 1px solid #e3e6eb;
  border-radius: 6px; break-inside: avoid; }
.comments li.unhappy { border-left: 4px solid #b42318; }
.comments p { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.stars { color: #b7791f; }
@media print {
  body { max-width: none; padding: 0; }
  section.page { break-before: page; }
  h2, h3, figcaption { break-after: avoid; }
}
`;
