/**
 * `npm run bench`: sizes of what a visitor downloads (files and a real browser), against a
 * bare Preact + socket.io-client baseline built in the same run, then the FAQ figures, then
 * chat under load next to a bare Socket.IO echo server (`npm run bench:load` alone, with flags).
 * Prints Markdown for BENCHMARKS.md. Needs a build (`npm run build`) and /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { baselineSize } from './baseline.ts';
import { measureDownload, type Bytes } from './browser-download.ts';
import { benchFaq } from './faq.ts';
import { benchGaps } from './gaps.ts';
import { benchKb } from './kb.ts';
import { benchLoad } from './load.ts';
import { LOAD_DEFAULTS } from './load/options.ts';
import { bundleSizes, kb, total, type FileSize } from './sizes.ts';

if (!existsSync(resolve(import.meta.dirname, '../../dist/loader/widget.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

function row(s: FileSize): string {
  return `| ${s.file} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`;
}

function bytesRow(name: string, b: Bytes, budget = ''): string {
  return `| ${name} | ${kb(b.wire)} | ${kb(b.gzip)} | ${budget} |`;
}

const { loader, chat } = bundleSizes();
const chatTotal = total(chat, 'chat app (page + scripts + styles)');
const baseline = await baselineSize();
const everything = total([loader, chatTotal], 'loader + chat app');

console.log(`## Widget size (files in dist/)

| file | raw | gzip | brotli |
| --- | ---: | ---: | ---: |
${row(loader)}
${chat.map(row).join('\n')}
${row(chatTotal)}
${row(everything)}
${row(baseline)}

The chat app's own code and styles add ${kb(everything.gzip - baseline.gzip)} gzip on top of the bare baseline.
`);

const download = await measureDownload();
const code: Bytes = {
  wire: download.loader.wire + download.chatApp.wire,
  gzip: download.loader.gzip + download.chatApp.gzip,
};
console.log(`## Widget download in Chromium (page load → usable text box)

${download.requests} requests besides the demo page's own files. Wire = encoded bodies as
sent (Chromium negotiates brotli on localhost); gzip = the same bodies at gzip -9; headers excluded.

| what | wire | gzip | budget (gzip) |
| --- | ---: | ---: | ---: |
${bytesRow('loader /widget.js', download.loader, '3 KB')}
${bytesRow('chat page, scripts, styles', download.chatApp)}
${bytesRow('everything to chat (code)', code, '30 KB')}
${bytesRow('session + Socket.IO handshake (data)', download.data)}
`);

console.log(await benchFaq());

console.log(await benchLoad({ ...LOAD_DEFAULTS, seconds: 10 }));

console.log(await benchKb());

console.log(await benchGaps());
