import { describe, expect, it } from 'vitest';
import { matchesPage } from '../../protocol/url-pattern.ts';

describe('page patterns', () => {
  it.each([
    ['/checkout*', 'https://shop.example/checkout', true],
    ['/checkout*', 'https://shop.example/Checkout/pay?step=2', true],
    ['/checkout*', 'https://shop.example/help/checkout', false],
    ['/checkout', 'https://shop.example/checkout?step=2', false],
    ['*/help/*', 'https://shop.example/zh/help/returns', true],
    ['*/help/*', 'https://shop.example/helpdesk', false],
    ['/orders/*/review', 'https://shop.example/orders/77/review', true],
    ['/orders/*/review', 'https://shop.example/orders/77/review/more', false],
    ['https://shop.example.com/orders*', 'https://SHOP.example.com/orders/1', true],
    [
      'https://shop.example.com/orders*',
      'https://evil.example/?https://shop.example.com/orders',
      false,
    ],
    ['/a.b?c', 'https://shop.example/aXb?c', false],
    ['/a.b?c', 'https://shop.example/a.b?c', true],
    ['/*', 'not an address', false],
  ])('%s on %s: %s', (pattern, url, expected) => {
    expect(matchesPage(pattern, url)).toBe(expected);
  });

  it('answers at once for many stars on a long address a visitor crafted', () => {
    const url = `https://shop.example/${'a'.repeat(2000)}`;
    expect(matchesPage('/*a*a*a*a*a*a*a*a*b', url)).toBe(false);
    expect(matchesPage('/*a*a*a*a*a*a*a*a*a', url)).toBe(true);
  });
});
