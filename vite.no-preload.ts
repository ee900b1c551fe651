import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/**
 * Replaces Vite's preload helper (modulepreload and stylesheet links for a dynamic import's
 * dependencies, about 1.2 KB gzip) in the chat app with a plain call: its lazy chunks depend
 * only on the main chunk, already loaded, and link their own stylesheet (`stylesheet()` in
 * widget/chat/lazy.ts). A lazy chunk that imported CSS would lose it, so that fails the build.
 */
export const noPreload: Plugin = {
  name: 'kefu:no-preload',
  enforce: 'pre',
  load(id) {
    if (id === HELPER) return 'export const __vitePreload = (load) => load();';
  },
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && !chunk.isEntry && chunk.viteMetadata?.importedCss.size) {
        this.error(`${chunk.fileName} imports CSS: link it with stylesheet() instead`);
      }
    }
  },
};
