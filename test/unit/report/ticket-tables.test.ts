import { describe, expect, it } from 'vitest';
import { REPORT_TEXTS } from '../../../console/report/i18n.ts';
import {
  ticketDepartmentsTable,
  ticketFiguresTable,
} from '../../../console/report/ticket-tables.ts';
import type { MonthlyReport } from '../../../protocol/report.ts';
import { renderPrintableReport } from '../../../server/services/reports/printable.ts';
import { EMPTY_TICKET_FIGURES, emptyReport, sampleReport } from './fixture.ts';

/** The sample month with six work orders: four in 售后, two resolved, one of them late. */
function withTickets(): MonthlyReport {
  const report = sampleReport();
  const none = { consultation: 0, suggestion: 0, opinion: 0, complaint: 0, request: 0 };
  report.tickets = {
    figures: {
      ...EMPTY_TICKET_FIGURES,
      created: 6,
      resolved: 2,
      resolvedOnTime: 1,
      onTimeShare: 0.5,
      resolutionAverage: 30 * 3600,
      resolutionP50: 6 * 3600,
      followUpBase: 1,
      followedUp: 0,
      followUpRate: 0,
      openAtEnd: 4,
      overdueAtEnd: 1,
    },
    previous: { ...EMPTY_TICKET_FIGURES, created: 4, resolved: 2, onTimeShare: 1, overdueAtEnd: 0 },
    departments: [
      {
        id: 'after-sales',
        nameZh: '售后',
        nameEn: 'After-sales',
        created: 4,
        byType: { ...none, complaint: 3, request: 1 },
      },
      {
        id: 'general',
        nameZh: '综合',
        nameEn: 'General',
        created: 2,
        byType: { ...none, consultation: 2 },
      },
    ],
    types: { ...none, complaint: 3, request: 1, consultation: 2 },
  };
  return report;
}

const row = (rows: string[][], label: string) => rows.find((r) => r[0] === label);

describe('the work-order tables of the monthly report', () => {
  it('reads resolution times in hours and changes in points, better or worse in words', () => {
    const { rows } = ticketFiguresTable(withTickets(), REPORT_TEXTS['zh-CN']);
    expect(row(rows, '平均办理时长')).toEqual(['平均办理时长', '30 小时', '—', '上期无数据']);
    expect(row(rows, '按时办结率')).toEqual(['按时办结率', '50%', '100%', '↓ −50 个百分点 (变差)']);
    expect(row(rows, '期末已超时')).toEqual(['期末已超时', '1', '0', '↑ 上期为 0 (变差)']);
    const en = ticketFiguresTable(withTickets(), REPORT_TEXTS.en).rows;
    expect(row(en, 'Resolution time (median)')?.[1]).toBe('6 h');
  });

  it('counts tickets per department and type, with a total row', () => {
    const table = ticketDepartmentsTable(withTickets(), REPORT_TEXTS.en);
    expect(table.columns).toEqual([
      'Department',
      'Total',
      'Consultation',
      'Suggestion',
      'Opinion',
      'Complaint',
      'Request',
    ]);
    expect(table.rows).toEqual([
      ['After-sales', '4', '0', '0', '0', '3', '1'],
      ['General', '2', '2', '0', '0', '0', '0'],
      ['Total', '6', '2', '0', '0', '3', '1'],
    ]);
  });

  it('prints the section, or says there were none', () => {
    const html = renderPrintableReport(withTickets(), 'zh-CN');
    expect(html).toContain('<h2>工单</h2>');
    expect(html).toContain('<caption>新建工单（部门 × 类型）</caption>');
    expect(renderPrintableReport(sampleReport(), 'en')).toContain('No work orders in this period.');
  });

  it('prints the work orders of a month without chats: tickets are made by phone too', () => {
    const quiet = { ...emptyReport(), tickets: withTickets().tickets };
    const html = renderPrintableReport(quiet, 'en');
    expect(html).toContain('<h2>Work orders</h2>');
    expect(renderPrintableReport(emptyReport(), 'en')).not.toContain('Work orders');
  });
});
