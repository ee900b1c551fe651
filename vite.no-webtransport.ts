import type { Plugin } from 'vite';

const STUB = '\0kefu:no-webtransport';

/**
 * Leaves Engine.IO's WebTransport client out of the chat app: Kefu's server offers polling and
 * WebSocket only, and the chat asks for just those (widget/chat/client.ts), so that code never
 * runs, yet it and the stream codecs it pulls in weigh about 0.9 KB gzip against the widget's
 * 30 KB budget. The bench's bare baseline is built without it too.
 */
export const noWebTransport: Plugin = {
  name: 'kefu:no-webtransport',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './webtransport.js' && importer?.includes('/engine.io-client/')) return STUB;
  },
  load(id) {
    if (id === STUB) return 'export const WT = undefined;';
  },
};
