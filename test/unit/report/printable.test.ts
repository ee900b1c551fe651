import { describe, expect, it } from 'vitest';
import { renderPrintableReport } from '../../../server/services/reports/printable.ts';
import { emptyReport, sampleReport } from './fixture.ts';

/** The `<svg …>` charts on the page, each inside its labelled image wrapper. */
function charts(html: string): string[] {
  return [...html.matchAll(/<div class="chart" role="img" aria-label="([^"]+)"><svg /g)].map(
    (m) => m[1] ?? '',
  );
}

describe('the printable monthly report', () => {
  it('shows a visitor’s comment as text, never as markup', () => {
    const html = renderPrintableReport(sampleReport(), 'zh-CN');
    expect(html).not.toContain('<script');
    expect(html).toContain('等了好久 &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Quick &amp; helpful');
  });

  it('escapes what visitors typed in the charts too', () => {
    const report = sampleReport();
    report.topQuestions[0]!.question = '<img src=x onerror=alert(1)>';
    const html = renderPrintableReport(report, 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws the charts as inline SVG, each named for screen readers', () => {
    const html = renderPrintableReport(sampleReport(), 'zh-CN');
    const names = charts(html);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringContaining('每日会话'),
        expect.stringContaining('会话开始时间'),
        expect.stringContaining('各部门的会话类型'),
        expect.stringContaining('20 秒内接起率'),
        expect.stringContaining('评分分布'),
      ]),
    );
    // Every chart is followed by its data table: the satisfaction one has the 5-star row.
    expect(html).toMatch(/<th scope="row">5 星<\/th><td class="num">1<\/td>/);
    expect(html).toContain('目标 95%');
  });

  it('speaks the language asked for', () => {
    const zh = renderPrintableReport(sampleReport(), 'zh-CN');
    const en = renderPrintableReport(sampleReport(), 'en');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('月度咨询分析');
    expect(zh).toContain('2025 年 3 月');
    expect(zh).toContain('售后');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Monthly consultation report');
    expect(en).toContain('March 2025');
    expect(en).toContain('After-sales');
    expect(en).not.toContain('月度咨询分析');
  });

  it('compares with the previous period, in words as well as colour', () => {
    const html = renderPrintableReport(sampleReport(), 'en');
    // Conversations 10 against 8: +25%, a volume, so neither better nor worse.
    expect(html).toContain('+25%');
    // First reply 15 s against 30 s: faster is better.
    expect(html).toMatch(/−50%\s*<strong>better<\/strong>/);
  });

  it('says so when the month is empty, with no chart to misread', () => {
    const html = renderPrintableReport(emptyReport(), 'zh-CN');
    expect(html).toContain('这个时段没有会话');
    expect(html).not.toContain('<svg');
    expect(html).toContain('2025 年 3 月');
  });
});
