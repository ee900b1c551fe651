import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  parseInline,
  parseMarkdown,
  safeHref,
  safeImageSrc,
  type Inline,
} from '../../../widget/chat/markdown.ts';

/** The text a reader would see, with link targets in angle brackets. */
function show(nodes: Inline[]): string {
  return nodes
    .map((n) => {
      if (n.t === 'text') return n.v;
      if (n.t === 'br') return '\n';
      if (n.t === 'b') return `*${show(n.c)}*`;
      if (n.t === 'img') return `{img ${n.alt}<${n.src}>}`;
      return `${show(n.c)}<${n.href}>`;
    })
    .join('');
}

describe('bot answer Markdown', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    const blocks = parseMarkdown('第一段\n第二行\n\n第二段');
    expect(blocks).toEqual([
      { t: 'p', c: [{ t: 'text', v: '第一段' }, { t: 'br' }, { t: 'text', v: '第二行' }] },
      { t: 'p', c: [{ t: 'text', v: '第二段' }] },
    ]);
  });

  it('reads bulleted and numbered lists, with bold and links inside', () => {
    const blocks = parseMarkdown(
      '步骤：\n1. 进入 [订单中心](/orders)\n2. 点击 **申请退货**\n\n- 一\n- 二',
    );
    expect(blocks.map((b) => b.t)).toEqual(['p', 'ol', 'ul']);
    const [, steps, bullets] = blocks;
    expect(steps?.t === 'ol' && steps.items.map(show)).toEqual([
      '进入 订单中心</orders>',
      '点击 *申请退货*',
    ]);
    expect(bullets?.t === 'ul' && bullets.items.map(show)).toEqual(['一', '二']);
  });

  it('does not take a decimal number for a list item', () => {
    expect(parseMarkdown('3.5 元运费').map((b) => b.t)).toEqual(['p']);
  });

  it('links http(s) and relative URLs only', () => {
    expect(show(parseInline('[帮助](https://example.com/help)'))).toBe(
      '帮助<https://example.com/help>',
    );
    expect(show(parseInline('[退货](/help/returns)'))).toBe('退货</help/returns>');
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      const nodes = parseInline(`[点我](${bad})`);
      expect(nodes.some((n) => n.t === 'a')).toBe(false);
      expect(show(nodes)).toBe('点我');
    }
    expect(safeHref('mailto:help@example.com')).toBeNull();
  });

  it('keeps HTML as visible text', () => {
    const blocks = parseMarkdown('<img src=x onerror=alert(1)> **<b>hi</b>**');
    expect(blocks).toEqual([
      {
        t: 'p',
        c: [
          { t: 'text', v: '<img src=x onerror=alert(1)> ' },
          { t: 'b', c: [{ t: 'text', v: '<b>hi</b>' }] },
        ],
      },
    ]);
  });

  it('shows images by absolute https URL, with their alt text', () => {
    expect(parseInline('![积分商城](https://cdn.example.com/points.png)')).toEqual([
      { t: 'img', src: 'https://cdn.example.com/points.png', alt: '积分商城' },
    ]);
    expect(show(parseInline('看图：![](https://img.example.com/a_(1).jpg) 即可'))).toBe(
      '看图：{img <https://img.example.com/a_(1).jpg>} 即可',
    );
    const blocks = parseMarkdown('- **步骤一** ![入口](https://a.example/1.png)\n- [帮助](/help)');
    expect(blocks[0]?.t === 'ul' && blocks[0].items.map(show)).toEqual([
      '*步骤一* {img 入口<https://a.example/1.png>}',
      '帮助</help>',
    ]);
  });

  it('keeps only the alt text of an image that is not absolute https', () => {
    for (const bad of [
      'http://img.example.com/plain.png',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '/relative/on-kefu.png',
      '//cdn.example.com/x.png',
      'file:///etc/passwd',
    ]) {
      expect(parseInline(`![示意图](${bad})`)).toEqual([{ t: 'text', v: '示意图' }]);
      expect(safeImageSrc(bad)).toBeNull();
    }
    expect(parseInline('![](javascript:alert(1))')).toEqual([]);
  });

  it('still reads a link right after an exclamation mark that is not an image', () => {
    expect(show(parseInline('好的! [帮助](/help)'))).toBe('好的! 帮助</help>');
    expect(show(parseInline('[](https://example.com)'))).toBe('[](https://example.com)');
  });
});

/** Where the chat app runs: relative links resolve against it. */
const CHAT = 'https://kefu.example/chat/';

/** Every link and image a parse would render, with the scheme the browser would give it. */
function targets(nodes: Inline[]): { kind: 'a' | 'img'; protocol: string }[] {
  return nodes.flatMap((n) => {
    if (n.t === 'a')
      return [{ kind: 'a', protocol: new URL(n.href, CHAT).protocol }, ...targets(n.c)];
    if (n.t === 'img') return [{ kind: 'img', protocol: new URL(n.src, CHAT).protocol }];
    return n.t === 'b' ? targets(n.c) : [];
  });
}

function allInline(src: string): Inline[] {
  return parseMarkdown(src).flatMap((b) => (b.t === 'p' ? b.c : b.items.flat()));
}

describe('bot answer Markdown against hostile input', () => {
  it.each([
    ['an upper-case scheme', '[x](JAVASCRIPT:alert(1))', 'x'],
    ['a scheme behind a control character', '[x](\u0001javascript:alert(1))', 'x'],
    ['a scheme behind a space', '[x]( javascript:alert(1))', '[x]( javascript:alert(1))'],
    ['a tab inside the scheme', '[x](java\tscript:alert(1))', '[x](java\tscript:alert(1))'],
    ['a full-width letter', '[x](ｊavascript:alert(1))', 'x'],
    ['a scheme after https:', '[x](https:javascript:alert(1))', 'x'],
    ['a web address as a comment', '[x](javascript:alert(1)//https://ok.example)', 'x'],
    ['base64 HTML', '[x](data:text/html;base64,PHNjcmlwdD4=)', 'x'],
    ['a link as the target', '[a]([b](javascript:alert(1)))', '[a](b)'],
    [
      'a link inside a label',
      '[[b](javascript:alert(1))](https://ok.example/)',
      '[b](https://ok.example/)',
    ],
    ['a link inside bold', '**[x](javascript:alert(1))**', '*x*'],
    ['an image as a link', '![x](vbscript:msgbox(1))', 'x'],
    ['an SVG image', '![x](data:image/svg+xml,<svg/onload=alert(1)>)', 'x'],
  ])('keeps %s as words', (_, src, seen) => {
    const nodes = allInline(src);
    expect(targets(nodes)).toEqual([]);
    expect(show(nodes)).toBe(seen);
  });

  it.each([
    ['a decimal entity for the colon', '[x](javascript&#58;alert(1))'],
    ['a named entity for the colon', '[x](javascript&colon;alert(1))'],
    ['an entity for the first letter', '[x](&#106;avascript:alert(1))'],
  ])('leaves %s undecoded: at most a link to a page of the chat’s own site', (_, src) => {
    // Entities are never decoded (the renderer sets attributes, it does not write HTML), so the
    // scheme is not a scheme: the browser reads a relative address.
    expect(targets(allInline(src))).toEqual([{ kind: 'a', protocol: 'https:' }]);
  });

  it('keeps HTML in a label, an alt text or a target as text or as an attribute value', () => {
    expect(parseInline('[<img src=x onerror=alert(1)>](https://ok.example/)')).toEqual([
      {
        t: 'a',
        href: 'https://ok.example/',
        c: [{ t: 'text', v: '<img src=x onerror=alert(1)>' }],
      },
    ]);
    expect(parseInline('![<svg onload=alert(1)>](javascript:x)')).toEqual([
      { t: 'text', v: '<svg onload=alert(1)>' },
    ]);
    expect(parseInline('![x](https://ok.example/a.png"onerror="alert(1))')).toEqual([
      { t: 'img', src: 'https://ok.example/a.png"onerror="alert(1)', alt: 'x' },
    ]);
  });

  it('never renders a link that is not http(s) or an image that is not https, whatever the input', () => {
    const piece = fc.constantFrom(
      '[',
      ']',
      '(',
      ')',
      '!',
      '**',
      ':',
      '/',
      '#',
      '&#58;',
      ' ',
      '\n',
      '- ',
      'x',
      'javascript',
      'JaVaScRiPt',
      'data',
      'vbscript',
      'https',
      'http',
      '<img src=x onerror=alert(1)>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        for (const { kind, protocol } of targets(allInline(pieces.join('')))) {
          expect(kind === 'img' ? ['https:'] : ['https:', 'http:']).toContain(protocol);
        }
      }),
      { numRuns: 2_000 },
    );
  });
});
