import type { TranscriptDoc, TranscriptEntry } from './transcript-doc.ts';
import { escapeHtml as esc } from '../escape-html.ts';

const STYLE = `body{font:15px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:760px;margin:2em auto;padding:0 1em;color:#1f2328}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
dt{color:#59636e}dd{margin:0;overflow-wrap:anywhere}ol{list-style:none;padding:0}li{margin:.6em 0;padding:.5em .8em;border-radius:8px;background:#f6f8fa}
li.visitor{background:#eef6ff}li.agent{background:#effaf1}li.system{background:none;color:#59636e;font-size:.9em}
.meta{font-size:.85em;color:#59636e}.body{white-space:pre-wrap;overflow-wrap:anywhere;margin:.2em 0 0}
section.notes{border:2px dashed #bf8700;border-radius:8px;padding:0 1em}section.notes li{background:#fff8c5}
@media print{li{break-inside:avoid}}`;

function entry(e: TranscriptEntry, suggested: string): string {
  const suggestions =
    e.suggestions.length > 0
      ? `<p class="meta">${esc(suggested)}</p><ul>${e.suggestions.map((q) => `<li>${esc(q)}</li>`).join('')}</ul>`
      : '';
  return `<li class="${esc(e.author)}"><div class="meta"><time>${esc(e.at)}</time> · <strong>${esc(e.who)}</strong></div><p class="body">${esc(e.body)}</p>${suggestions}</li>`;
}

/** A self-contained page (no scripts, no outside resources) that prints well. */
export function renderHtml(doc: TranscriptDoc): string {
  const l = doc.labels;
  const facts = doc.facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('');
  // Notes are included, set apart: only signed-in agents export, and a transcript kept for
  // review or a complaint needs what colleagues noted; the warning keeps it from the visitor.
  const notes =
    doc.notes.length > 0
      ? `<section class="notes" aria-labelledby="notes"><h2 id="notes">${esc(l.notes)}</h2><p><strong>${esc(l.notesWarning)}</strong></p><ol>${doc.notes.map((e) => entry(e, l.suggested)).join('')}</ol></section>`
      : '';
  return `<!doctype html>
<html lang="${esc(doc.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(doc.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${esc(doc.title)}</h1>
<dl>${facts}</dl>
<p class="meta">${esc(doc.timeZoneNote)}</p>
<h2>${esc(l.messages)}</h2>
<ol>${doc.messages.map((e) => entry(e, l.suggested)).join('')}</ol>
${notes}
</body>
</html>
`;
}
