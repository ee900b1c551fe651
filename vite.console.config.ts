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
    rollupOptions: { input: { console: resolve(import.meta.dirname, 'console/index.html') } },
  },
});
