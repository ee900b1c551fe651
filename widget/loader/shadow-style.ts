/**
 * Styles a shadow root: a constructed sheet is not inline style, so it passes a host page's
 * strict CSP; old browsers get a <style>. Used by the launcher and the greeting bubble.
 */
export function styleRoot(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    root.prepend(Object.assign(document.createElement('style'), { textContent: css }));
  }
}
