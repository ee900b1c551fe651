import type { BrowserContext, Page } from 'playwright-core';

/**
 * Hostile input for the XSS tests. Every payload that could run calls `__xss(where)`, a binding
 * the trap exposes in every page and frame, so a hit names the field it came in through.
 */

/** One short vector, for fields of 40 characters (department names, tags). */
export const short = (where: string): string => `<img src=x onerror=__xss('${where}')>`;

/**
 * Every vector at once (under 300 characters, the FAQ's limit): script, handlers, SVG, a
 * mixed-case scheme, srcdoc, an entity-encoded tag and an entity-encoded scheme.
 */
export function hostile(where: string): string {
  const w = (n: number) => `__xss('${where}${n}')`;
  return [
    `<script>${w(1)}</script>`,
    `<img src=x onerror=${w(2)}>`,
    `<svg onload=${w(3)}>`,
    `<a href=JaVaScRiPt:${w(4)}>a</a>`,
    `<iframe srcdoc="<script>${w(5)}</script>">`,
    `&lt;b onclick=${w(6)}&gt;`,
    `<a href=javascript&#58;alert('${where}7')>b</a>`,
  ].join(' ');
}

/**
 * A bot answer in Markdown: hostile link and image targets (schemes in any case, entity-encoded,
 * data: and vbscript:), nested brackets and raw HTML, each label a word a reader would see.
 */
export const MARKDOWN_ANSWER = [
  `退货说明 [链接一](javascript:__xss('md/js')) [链接二](JaVaScRiPt:__xss('md/case'))`,
  `[链接三](data:text/html,<script>__xss('md/data')</script>) [链接四](vbscript:__xss('md/vb'))`,
  `[链接五](javascript&#58;__xss('md/entity')) [[链接六](javascript:__xss('md/nested'))](https://shop.example/)`,
  `![图片一](javascript:__xss('md/img')) ![图片二](data:image/svg+xml,<svg/onload=__xss('md/svg')>)`,
  `<img src=x onerror=__xss('md/raw')> <script>__xss('md/script')</script>`,
].join('\n');

/** What the Markdown answer's reader sees: the labels and the raw HTML, as words. */
export const MARKDOWN_VISIBLE = [
  '链接一',
  '链接六',
  '图片二',
  `<img src=x onerror=__xss('md/raw')>`,
];

export interface Trap {
  /** Every sign of a payload that ran: a binding call, a dialog, a page error. */
  readonly hits: string[];
}

/**
 * Arms a browser context before any page opens: the `__xss` binding in every frame, dialogs
 * (alert, confirm, prompt) recorded and dismissed. The context should be made with
 * `bypassCSP: true`: the content security policy is a second wall, and these tests check the
 * first one, that hostile text is never treated as markup.
 */
export async function armTrap(context: BrowserContext): Promise<Trap> {
  const hits: string[] = [];
  await context.exposeBinding('__xss', (_source, where: unknown) => {
    hits.push(`ran: ${String(where)}`);
  });
  context.on('dialog', (dialog) => {
    hits.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  context.on('weberror', (error) => {
    // A payload that half-parsed into script would throw here; the app itself throws nothing.
    hits.push(`error: ${error.error().message}`);
  });
  return { hits };
}

/**
 * Markup a payload would leave behind if it had been parsed: event-handler attributes, script
 * elements that carry a payload, srcdoc, and URL attributes that resolve to a scheme that runs
 * code, in every frame of the page (the widget's iframe included). Listed by tag and attribute,
 * so a failure says where to look.
 */
export async function injectedMarkup(page: Page): Promise<string[]> {
  const found = await Promise.all(
    page.frames().map((frame) =>
      frame.evaluate(() => {
        const out: string[] = [];
        const urlAttributes = /^(href|src|action|formaction|xlink:href|data)$/;
        const runs = (url: string) => {
          try {
            return /^(javascript|vbscript|data):$/.test(new URL(url, document.baseURI).protocol);
          } catch {
            return false;
          }
        };
        for (const el of document.querySelectorAll('*')) {
          for (const { name, value } of el.attributes) {
            if (name.startsWith('on') || name === 'srcdoc') out.push(`${el.tagName} ${name}`);
            else if (urlAttributes.test(name) && runs(value))
              out.push(`${el.tagName} ${name}=${value}`);
          }
          if (el.tagName === 'SCRIPT' && el.textContent.includes('__xss')) out.push('SCRIPT');
        }
        return out;
      }),
    ),
  );
  return found.flat();
}
