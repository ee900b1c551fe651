import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The loader a site embeds: one small IIFE file, no framework, served at /widget.js. */
export default defineConfig({
  build: {
    outDir: 'dist/loader',
    emptyOutDir: true,
    target: 'es2018',
    lib: {
      entry: resolve(import.meta.dirname, 'widget/loader/main.ts'),
      formats: ['iife'],
      name: 'KefuLoader',
      fileName: () => 'widget.js',
    },
  },
});
