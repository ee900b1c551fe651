import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { noPreload } from './vite.no-preload.ts';
import { noWebTransport } from './vite.no-webtransport.ts';

/**
 * The chat app (served at /chat, inside the widget's iframe). It is built on its own, not
 * together with the console, so no chunk is shared: a visitor downloads one script, sized for
 * the widget's budget. This build runs first and starts from a clean dist/.
 */
export default defineConfig({
  plugins: [noWebTransport, noPreload],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ES2022 keeps class fields as they are (Safari 14.1+, Chrome 72+, Firefox 69+): es2020 turns
    // them into a defineProperty helper and Babel's typeof/toPrimitive helpers, 0.3 KB gzip. The
    // chat runs in its own iframe; the loader, on the host page, stays ES2018.
    target: 'es2022',
    modulePreload: { polyfill: false },
    rollupOptions: { input: { chat: resolve(import.meta.dirname, 'widget/chat/index.html') } },
  },
});
