import { styles } from './styles.ts';
import { styleRoot } from './shadow-style.ts';

const SVG = (cls: string, d: string) =>
  `<svg class="${cls}" viewBox="0 0 24 24" aria-hidden="true"><path d="${d}"/></svg>`;

export interface LauncherUi {
  button: HTMLButtonElement;
  badge: HTMLElement;
  panel: HTMLElement;
  /** The element on the host page; document.activeElement is this while focus is inside. */
  host: HTMLElement;
}

/** Draws the launcher, its unread badge and the (empty, hidden) panel in a shadow root. */
export function drawLauncher(color: string, side: 'left' | 'right'): LauncherUi {
  const host = document.createElement('div');
  host.setAttribute('data-kefu', '');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<div class="p" id="p" hidden></div><button class="l" type="button" aria-expanded="false" aria-controls="p">${SVG(
    'o',
    'M21 12a8 8 0 0 1-11.6 7.1L4 20.5l1.4-4.9A8 8 0 1 1 21 12Z',
  )}${SVG('x', 'M6 9l6 6 6-6')}</button><span class="b" id="b" role="img" hidden></span>`;
  styleRoot(root, styles(color, side));
  document.body.append(host);
  const get = (selector: string) => root.querySelector(selector) as HTMLElement;
  return { host, panel: get('.p'), button: get('.l') as HTMLButtonElement, badge: get('.b') };
}
