import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The loader's in-context help (greeting bubble, opening by itself): one small IIFE served at
 * /widget-help.js, which widget.js adds only on sites with page help rules. Built after the loader
 * (whose build empties dist/loader).
 */
export default defineConfig({
  build: {
    outDir: 'dist/loader',
    emptyOutDir: false,
    target: 'es2018',
    lib: {
      entry: resolve(import.meta.dirname, 'widget/loader/help.ts'),
      formats: ['iife'],
      name: 'KefuHelp',
      fileName: () => 'widget-help.js',
    },
  },
});
