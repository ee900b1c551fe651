/**
 * `npm run bench`: sizes of what a visitor downloads (files and a real browser), against a
 * bare Preact + socket.io-client baseline built in the same run, then the FAQ figures, then
 * chat under load next to a bare Socket.IO echo server (`npm run bench:load` alone, with flags).
 * Prints Markdown for BENCHMARKS.md. Needs a build (`npm run build`) and /usr/bin/chromium.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchFaq } from './faq.ts';
import { benchGaps } from './gaps.ts';
import { benchKb } from './kb.ts';
import { benchLoad } from './load.ts';
import { LOAD_DEFAULTS } from './load/options.ts';
import { benchSize } from './size-report.ts';

if (!existsSync(resolve(import.meta.dirname, '../../dist/loader/widget.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(2);
}

console.log(await benchSize());

console.log(await benchFaq());

console.log(await benchLoad({ ...LOAD_DEFAULTS, seconds: 10 }));

console.log(await benchKb());

console.log(await benchGaps());
