import { describe, expect, it } from 'vitest';
import { pageSchema } from '../../../protocol/schemas/visitor.ts';
import { cleanPage } from '../../../widget/chat/host.ts';

describe('the host page sent along with a message', () => {
  it('is always something message.send accepts', () => {
    const titles = ['商城\u0000首页\n', '\ud83d'.repeat(3) + '😀'.repeat(400), ' 普通标题 '];
    for (const title of titles) {
      const page = cleanPage({ url: 'https://shop.example.com/p/1?x=1', title });
      expect(pageSchema.safeParse(page).success).toBe(true);
    }
  });

  it('is left out when its URL is not a web page', () => {
    expect(cleanPage({ url: 'file:///home/me/shop.html', title: 'x' })).toBeNull();
    expect(cleanPage({ url: `https://e.com/${'a'.repeat(2100)}`, title: 'x' })).toBeNull();
  });

  it('carries where the visitor came from, when that was a web page', () => {
    const url = 'https://shop.example.com/p/1';
    const page = cleanPage({ url, title: '商品', referrer: 'https://www.baidu.com/s?wd=x' });
    expect(page?.referrer).toBe('https://www.baidu.com/s?wd=x');
    expect(pageSchema.safeParse(page).success).toBe(true);
    for (const referrer of ['', 'android-app://com.example', `https://e.com/${'a'.repeat(2100)}`]) {
      const cleaned = cleanPage({ url, title: '商品', referrer });
      expect(cleaned).toEqual({ url, title: '商品' });
      expect(pageSchema.safeParse(cleaned).success).toBe(true);
    }
  });
});
