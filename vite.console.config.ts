import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The agent console (served at /console); added to dist/ after the chat app's build. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    modulePreload: { polyfill: false },
    // The monthly report's chunk carries ECharts (~650 kB, ~220 kB gzip). It loads only when an
    // admin opens the report, never with the agents' chat console, so its size warns nobody.
    chunkSizeWarningLimit: 700,
    rollupOptions: { input: { console: resolve(import.meta.dirname, 'console/index.html') } },
  },
});
