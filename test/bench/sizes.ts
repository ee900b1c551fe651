/** Raw, gzip and brotli sizes of what a visitor's browser downloads, read from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

const dist = resolve(import.meta.dirname, '../../dist');

export function measure(bytes: Buffer, file: string): FileSize {
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** The files a script names: `import "./x.js"` / `from "./x.js"`, and `import("./x.js")` apart. */
function references(file: string): { static: string[]; lazy: string[] } {
  const code = readFileSync(join(dist, file), 'utf8');
  const found = (re: RegExp) => [...code.matchAll(re)].map((m) => `assets/${m[1] ?? ''}`);
  return {
    static: found(/(?:import|from)\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
    // A lazy chunk names its own stylesheet as an asset URL (widget/chat/lazy.ts, stylesheet()).
    lazy: [
      ...found(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
      ...found(/["'`]\/assets\/([\w.-]+\.css)["'`]/g),
    ],
  };
}

/**
 * The chat page with every script and stylesheet it loads up front (its tags and their static
 * imports), and apart from those the lazily loaded chunks with their stylesheets.
 */
function chatFiles(): { chat: string[]; lazy: string[] } {
  const html = readFileSync(join(dist, 'widget/chat/index.html'), 'utf8');
  // Up front: the page's tags and their static imports; lazily: all the rest they name.
  const walk = (start: string[], skip: Set<string>, followLazy: boolean) => {
    const found = new Set<string>();
    const later: string[] = [];
    const queue = [...start];
    while (queue.length > 0) {
      const file = queue.pop() ?? '';
      if (found.has(file) || skip.has(file) || !existsSync(join(dist, file))) continue;
      found.add(file);
      if (!file.endsWith('.js')) continue;
      const refs = references(file);
      queue.push(...refs.static);
      (followLazy ? queue : later).push(...refs.lazy);
    }
    return { found, later };
  };
  const tags = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  const upFront = walk(tags, new Set(), false);
  const lazy = walk(upFront.later, upFront.found, true);
  return {
    chat: ['widget/chat/index.html', ...[...upFront.found].sort()],
    lazy: [...lazy.found].sort(),
  };
}

export function bundleSizes(): { loader: FileSize; chat: FileSize[]; lazy: FileSize[] } {
  const loader = measure(readFileSync(join(dist, 'loader/widget.js')), 'widget.js');
  const size = (f: string) => measure(readFileSync(join(dist, f)), f);
  const { chat, lazy } = chatFiles();
  // The loader's in-context help: fetched by widget.js only on sites with page help rules.
  const help = measure(readFileSync(join(dist, 'loader/widget-help.js')), 'widget-help.js');
  return { loader, chat: chat.map(size), lazy: [...lazy.map(size), help] };
}

export function total(sizes: FileSize[], file = 'total'): FileSize {
  return sizes.reduce(
    (sum, s) => ({
      file,
      raw: sum.raw + s.raw,
      gzip: sum.gzip + s.gzip,
      brotli: sum.brotli + s.brotli,
    }),
    { file, raw: 0, gzip: 0, brotli: 0 },
  );
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
