import type { TranscriptDoc, TranscriptEntry } from './transcript-doc.ts';

/** Lines after a body's first are indented under it, so every message starts a line of its own. */
function entryLines(e: TranscriptEntry, suggested: string): string[] {
  const [first = '', ...rest] = e.body.split(/\r?\n/);
  return [
    `[${e.at}] ${e.who}: ${first}`,
    ...rest.map((line) => `    ${line}`),
    ...(e.suggestions.length > 0 ? [`    ${suggested}:`] : []),
    ...e.suggestions.map((q) => `    - ${q}`),
  ];
}

/** The transcript as plain text (UTF-8, CRLF so Notepad shows the lines). */
export function renderText(doc: TranscriptDoc): string {
  const l = doc.labels;
  const lines = [
    doc.title,
    '',
    ...doc.facts.map(([label, value]) => `${label}: ${value}`),
    `(${doc.timeZoneNote})`,
    '',
    `== ${l.messages} ==`,
    ...doc.messages.flatMap((e) => entryLines(e, l.suggested)),
  ];
  if (doc.notes.length > 0) {
    lines.push(
      '',
      `== ${l.notes} ==`,
      l.notesWarning,
      ...doc.notes.flatMap((e) => entryLines(e, l.suggested)),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
