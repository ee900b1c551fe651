import { describe, expect, it } from 'vitest';
import { REPORT_TEXTS } from '../../../console/report/i18n.ts';
import { surveyTables } from '../../../console/report/survey-tables.ts';
import type { MonthlyReport } from '../../../protocol/report.ts';
import { renderPrintableReport } from '../../../server/services/reports/printable.ts';
import { emptyReport, sampleReport } from './fixture.ts';

/** One survey answered 8 times this month (5 the month before), a question of every kind. */
function withSurvey(report: MonthlyReport): MonthlyReport {
  report.surveys = [
    {
      id: 's1',
      title: '退货体验调查',
      responses: 8,
      previousResponses: 5,
      questions: [
        { prompt: '整体满意度', kind: 'rating', answered: 8, average: 4.25, options: [] },
        { prompt: '没人评分', kind: 'rating', answered: 0, average: null, options: [] },
        {
          prompt: '退货方式',
          kind: 'single',
          answered: 8,
          average: null,
          options: [
            { label: '上门取件', count: 6 },
            { label: '自行寄回', count: 2 },
          ],
        },
        {
          prompt: '哪些环节慢',
          kind: 'multiple',
          answered: 4,
          average: null,
          options: [
            { label: '审核', count: 3 },
            { label: '退款', count: 3 },
          ],
        },
        { prompt: '其他建议', kind: 'text', answered: 3, average: null, options: [] },
      ],
    },
  ];
  return report;
}

describe('the survey section of the report', () => {
  it('puts each question’s result in words: average stars, options with their share of answers', () => {
    const [table] = surveyTables(withSurvey(sampleReport()), REPORT_TEXTS['zh-CN']);
    expect(table?.caption).toBe('退货体验调查：8 份答卷（上期 5 份）');
    expect(table?.rows).toEqual([
      ['整体满意度', '8', '平均 4.25 星'],
      ['没人评分', '0', REPORT_TEXTS['zh-CN'].none],
      ['退货方式', '8', '上门取件 6（75%）；自行寄回 2（25%）'],
      // Several ticked per answer: each option's share of those who answered.
      ['哪些环节慢', '4', '审核 3（75%）；退款 3（75%）'],
      ['其他建议', '3', '文字回答，见问卷结果页'],
    ]);
    const [english] = surveyTables(withSurvey(sampleReport()), REPORT_TEXTS.en);
    expect(english?.caption).toBe('退货体验调查: 8 responses (previous period 5)');
    expect(english?.rows[0]).toEqual(['整体满意度', '8', '4.25 stars on average']);
  });

  it('is on the printable page, also for a month with no chats, and says when nothing was answered', () => {
    const page = renderPrintableReport(withSurvey(emptyReport()), 'zh-CN');
    expect(page).toContain('<h2>专项调查</h2>');
    expect(page).toContain('上门取件 6（75%）；自行寄回 2（25%）');
    expect(renderPrintableReport(sampleReport(), 'en')).toContain(
      'No survey was answered in this period.',
    );
    expect(renderPrintableReport(emptyReport(), 'zh-CN')).not.toContain('专项调查');
  });
});
