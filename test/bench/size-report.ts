/**
 * `npm run bench:size`: the widget's size tables alone (the first part of `npm run bench`).
 * Needs a build (`npm run build`) and /usr/bin/chromium.
 */
import { pathToFileURL } from 'node:url';
import { baselineSize } from './baseline.ts';
import { measureDownload, type Bytes } from './browser-download.ts';
import { bundleSizes, kb, total, type FileSize } from './sizes.ts';

function row(s: FileSize): string {
  return `| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
}

function bytesRow(name: string, b: Bytes, budget = ''): string {
  return `| ${name} | ${kb(b.wire)} | ${kb(b.gzip)} | ${budget} |`;
}

/** The widget's size tables: files in dist/, then what Chromium downloads to a usable chat. */
export async function benchSize(): Promise<string> {
  const { loader, chat, lazy } = bundleSizes();
  const chatTotal = total(chat, 'chat app (page + scripts + styles)');
  const baseline = await baselineSize();
  const everything = total([loader, chatTotal], 'loader + chat app');

  const files = `## Widget size (files in dist/)

| file | raw | gzip | brotli |
| --- | ---: | ---: | ---: |
${row(loader)}
${chat.map(row).join('\n')}
${row(chatTotal)}
${row(everything)}
${row(baseline)}

The chat app's own code and styles add ${kb(everything.gzip - baseline.gzip)} gzip on top of the bare baseline.
Loaded on first need, not counted above (forms, files, survey, page help; widget-help.js only on sites with page help rules):

| file | raw | gzip | brotli |
| --- | ---: | ---: | ---: |
${lazy.map(row).join('\n')}
`;

  const download = await measureDownload();
  const code: Bytes = {
    wire: download.loader.wire + download.chatApp.wire,
    gzip: download.loader.gzip + download.chatApp.gzip,
  };
  return `${files}
## Widget download in Chromium (page load → usable text box)

${download.requests} requests besides the demo page's own files. Wire = encoded bodies as
sent (Chromium negotiates brotli on localhost); gzip = the same bodies at gzip -9; headers excluded.

| what | wire | gzip | budget (gzip) |
| --- | ---: | ---: | ---: |
${bytesRow('loader /widget.js', download.loader, '3 KB')}
${bytesRow('chat page, scripts, styles', download.chatApp)}
${bytesRow('everything to chat (code)', code, '30 KB')}
${bytesRow('session + Socket.IO handshake (data)', download.data)}
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(await benchSize());
}
