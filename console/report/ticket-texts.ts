import type { Language } from '../../protocol/language.ts';
import type { ReportTicketFigureKey } from '../../protocol/report.ts';
import type { TicketType } from '../../protocol/tickets.ts';

/** The work-order (工单) section's words, in the console and on the printable page. */
export interface TicketReportTexts {
  section: string;
  figuresTable: string;
  departmentsTable: string;
  colTotal: string;
  none: string;
  figures: Record<ReportTicketFigureKey, string>;
  types: Record<TicketType, string>;
  /** A resolution time in hours, e.g. "12.5 小时". */
  hours: (hours: string) => string;
}

export const TICKET_REPORT_TEXTS: Record<Language, TicketReportTexts> = {
  'zh-CN': {
    section: '工单',
    figuresTable: '工单指标与上期对比',
    departmentsTable: '新建工单（部门 × 类型）',
    colTotal: '合计',
    none: '这个时段没有工单。',
    figures: {
      created: '新建工单',
      resolved: '办结工单',
      resolvedOnTime: '按时办结',
      onTimeShare: '按时办结率',
      resolutionAverage: '平均办理时长',
      resolutionP50: '办理时长（中位数）',
      followUpBase: '应回访工单',
      followedUp: '已回访',
      followUpRate: '回访率',
      returned: '退回次数',
      reopened: '重新打开次数',
      openAtEnd: '期末未办结',
      overdueAtEnd: '期末已超时',
    },
    types: {
      consultation: '咨询',
      suggestion: '建议',
      opinion: '意见',
      complaint: '投诉',
      request: '诉求',
    },
    hours: (hours) => `${hours} 小时`,
  },
  en: {
    section: 'Work orders',
    figuresTable: 'Work-order figures against the previous period',
    departmentsTable: 'Tickets created (department × type)',
    colTotal: 'Total',
    none: 'No work orders in this period.',
    figures: {
      created: 'Tickets created',
      resolved: 'Tickets resolved',
      resolvedOnTime: 'Resolved on time',
      onTimeShare: 'On-time share',
      resolutionAverage: 'Average resolution time',
      resolutionP50: 'Resolution time (median)',
      followUpBase: 'Resolved, needing a follow-up',
      followedUp: 'Followed up',
      followUpRate: 'Follow-up rate',
      returned: 'Returns',
      reopened: 'Reopenings',
      openAtEnd: 'Open at period end',
      overdueAtEnd: 'Overdue at period end',
    },
    types: {
      consultation: 'Consultation',
      suggestion: 'Suggestion',
      opinion: 'Opinion',
      complaint: 'Complaint',
      request: 'Request',
    },
    hours: (hours) => `${hours} h`,
  },
};
