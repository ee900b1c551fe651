/**
 * Builds the bare Preact + socket.io-client baseline in memory, minified like the chat app, for
 * the same target (vite.config.ts) and, like it, without the WebTransport client.
 */
import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { noWebTransport } from '../../vite.no-webtransport.ts';
import { measure, type FileSize } from './sizes.ts';

export async function baselineSize(): Promise<FileSize> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [noWebTransport],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      write: false,
      target: 'es2022',
      rollupOptions: { input: resolve(import.meta.dirname, 'baseline/main.tsx') },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const code = outputs
    .flatMap((o) => ('output' in o ? o.output : []))
    .filter((c): c is Rolldown.OutputChunk => c.type === 'chunk')
    .map((c) => c.code)
    .join('\n');
  return measure(Buffer.from(code), 'preact + socket.io-client (bare baseline)');
}
