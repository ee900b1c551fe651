/**
 * `npm start`: build the browser bundles when they are missing or older than their sources,
 * then run the server. A fresh clone needs nothing but `npm install && npm start`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '..');
const outputs = [
  'dist/loader/widget.js',
  'dist/loader/widget-help.js',
  'dist/widget/chat/index.html',
  'dist/console/index.html',
];
// The loader's build empties dist/loader, so its help file is built after it.
const configs = [
  'vite.config.ts',
  'vite.console.config.ts',
  'vite.loader.config.ts',
  'vite.loader-help.config.ts',
];
const sources = ['widget', 'console', 'protocol', ...configs];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function buildIsCurrent(): boolean {
  const paths = outputs.map((p) => join(root, p));
  if (!paths.every((p) => existsSync(p))) return false;
  const oldestOutput = Math.min(...paths.map((p) => statSync(p).mtimeMs));
  return sources.every((s) => newestMtime(join(root, s)) <= oldestOutput);
}

if (!buildIsCurrent()) {
  console.warn('Building the widget and console (dist/ is missing or out of date)…');
  for (const config of configs) {
    await build({ root, configFile: join(root, config), logLevel: 'warn' });
  }
}

await import('../server/main.ts');
