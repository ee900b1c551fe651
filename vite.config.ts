import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { noWebTransport } from './vite.no-webtransport.ts';

/**
 * The chat app (served at /chat, inside the widget's iframe). It is built on its own, not
 * together with the console, so no chunk is shared: a visitor downloads one script, sized for
 * the widget's budget. This build runs first and starts from a clean dist/.
 */
export default defineConfig({
  plugins: [noWebTransport],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    modulePreload: { polyfill: false },
    rollupOptions: { input: { chat: resolve(import.meta.dirname, 'widget/chat/index.html') } },
  },
});
