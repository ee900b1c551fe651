import { describe, expect, it } from 'vitest';
import { highlight } from '../../../console/transcripts/highlight.ts';
import { apiQuery, hrefOf, NO_FILTERS, routeOf } from '../../../console/transcripts/route.ts';
import { transcriptQuerySchema } from '../../../protocol/schemas/transcripts.ts';

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((s) => s.hit)
    .map((s) => s.text);

describe('marking the searched words in a message', () => {
  it('marks every occurrence of a Chinese word and keeps the text whole', () => {
    const segments = highlight('我想退货，退货要多久？', '退货');
    expect(segments.map((s) => s.text).join('')).toBe('我想退货，退货要多久？');
    expect(marked('我想退货，退货要多久？', '退货')).toEqual(['退货', '退货']);
  });

  it('ignores case and marks each word of the search', () => {
    expect(marked('How do I Return my Order?', 'return order')).toEqual(['Return', 'Order']);
  });

  it('marks the words of a search written with punctuation between them', () => {
    expect(marked('退货地址在哪里？寄回运费谁出？', '退货，运费')).toEqual(['退货', '运费']);
  });

  it('treats the search as text, not as a pattern', () => {
    expect(marked('price (USD) is 5.00', '(USD)')).toEqual(['USD']);
    expect(marked('a.b', '.*')).toEqual([]);
    expect(marked('C++ and c', 'c++')).toEqual(['C', 'c']);
  });

  it('leaves the text unmarked without a search', () => {
    expect(highlight('<b>hi</b>', '  ')).toEqual([{ text: '<b>hi</b>', hit: false }]);
  });
});

describe('the transcripts page address', () => {
  it('keeps the search, the filters, the page and the open conversation', () => {
    const route = {
      filters: { ...NO_FILTERS, q: '退货 物流', type: 'complaint' as const, from: '2025-03-01' },
      page: 3,
      open: 'conv-1',
    };
    const href = hrefOf(route);
    expect(href.startsWith('#transcripts/c/conv-1?')).toBe(true);
    expect(routeOf(href)).toEqual(route);
    expect(routeOf(hrefOf({ ...route, open: null }))).toEqual({ ...route, open: null });
  });

  it('is plain #transcripts without filters, and drops what it cannot use', () => {
    expect(hrefOf({ filters: NO_FILTERS, page: 1, open: null })).toBe('#transcripts');
    expect(
      routeOf('#transcripts/?type=spam&rating=9&from=yesterday&page=-2&tag=%20VIP%20'),
    ).toEqual({ filters: { ...NO_FILTERS, tag: 'VIP' }, page: 1, open: null });
  });

  it('asks the server only what its schema accepts', () => {
    const route = routeOf('#transcripts/?q=退货&rating=1&handledBy=person&page=2');
    expect(transcriptQuerySchema.parse(apiQuery(route))).toEqual({
      q: '退货',
      rating: 1,
      handledBy: 'person',
      page: 2,
      pageSize: 20,
    });
  });
});
