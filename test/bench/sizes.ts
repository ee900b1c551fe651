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

/** The chat page plus every script and stylesheet it references (recursively through imports). */
function chatFiles(): string[] {
  const html = readFileSync(join(dist, 'widget/chat/index.html'), 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? '');
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (found.has(file) || !existsSync(join(dist, file))) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g))
      queue.push(`assets/${m[1]}`);
  }
  return ['widget/chat/index.html', ...[...found].sort()];
}

export function bundleSizes(): { loader: FileSize; chat: FileSize[] } {
  const loader = measure(readFileSync(join(dist, 'loader/widget.js')), 'widget.js');
  const chat = chatFiles().map((f) => measure(readFileSync(join(dist, f)), f));
  return { loader, chat };
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
