import helmet from 'helmet';
import type { LiveWidgetSettings } from '../services/widget/live.ts';

/**
 * Strict CSP: Kefu's pages load only their own scripts and styles and talk only to their
 * own origin ('self' covers same-origin ws:/wss: for Socket.IO in CSP Level 3 browsers).
 * No upgrade-insecure-requests: plain-HTTP installs on a LAN would break their own assets.
 */
const directives = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'https:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameSrc: ["'self'"],
  frameAncestors: ["'self'"],
};

/** HSTS for Kefu's own host only: other hosts of the operator's domain may not have TLS. */
const strictTransportSecurity = { maxAge: 15_552_000, includeSubDomains: false };

/** Every page except the chat app: nobody may frame it. */
export function pageSecurity() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    strictTransportSecurity,
  });
}

/**
 * The chat app lives in an iframe on the sites the admin allows (KEFU_EMBED_ORIGINS until they
 * save a list) and on the demo page. Read per response, so a saved list applies at once.
 */
export function chatSecurity(widget: Pick<LiveWidgetSettings, 'frameAncestors'>) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        ...directives,
        // Attachments reach the chat with the visitor's token as a header, shown as blob: URLs.
        imgSrc: [...directives.imgSrc, 'blob:'],
        frameAncestors: [() => widget.frameAncestors()],
      },
    },
    frameguard: false,
    strictTransportSecurity,
  });
}
