import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The chat app (served at /chat, inside the widget's iframe) and the console. */
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    // This build runs first and starts from a clean dist/; the loader build adds dist/loader/.
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        chat: resolve(import.meta.dirname, 'widget/chat/index.html'),
        console: resolve(import.meta.dirname, 'console/index.html'),
      },
    },
  },
});
