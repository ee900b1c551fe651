import type { Language } from '../../protocol/language.ts';
import type {
  FollowUpMethod,
  TicketNoticeReason,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../../protocol/tickets.ts';

/**
 * The 工单 words the rest of the console shows too (notices, left messages, the close form,
 * settings, departments); they ship with the console, the tickets page itself loads later.
 */
const zh = {
  makeTicket: '转为工单',
  ticketType: '工单类型',
  priority: '优先级',
  department: '处理部门',
  create: '生成工单',
  creating: '正在生成…',
  openTicket: '查看工单',
  dismiss: '关闭提示',
  closeTicketTitle: '工单',
  needsFollowUp: '需要跟进（生成工单）',
  complaintHint: '投诉类会话结束时总会生成工单。',
  settingsTitle: '工单时限',
  settingsIntro:
    '每类工单自创建起需在多少小时内处理完；到期前提醒负责人和部门联系人。新时限只对之后创建的工单生效。',
  colType: '工单类型',
  deadlineHours: '处理时限（小时）',
  followUpRequired: '关闭前须回访',
  dueSoonHours: '提前提醒（小时）',
  settingsInvalid: '时限须为 1–8760 之间的整数小时，提前提醒为 1–720 小时。',
  contacts: '工单联系人',
  contactsEdit: '设置联系人',
  contactsHint: '联系人会收到转到本部门的工单，可以退回或解决它们。',
  noContacts: '未设置',
  noAgents: '还没有可选的坐席。',
} as const;

export type TicketWords = { readonly [K in keyof typeof zh]: string } & {
  readonly types: Readonly<Record<TicketType, string>>;
  readonly priorities: Readonly<Record<TicketPriority, string>>;
  readonly statuses: Readonly<Record<TicketStatus, string>>;
  readonly methods: Readonly<Record<FollowUpMethod, string>>;
  /** What a console says when the server tells it about a ticket. */
  readonly notice: (reason: TicketNoticeReason, ref: string, title: string) => string;
  readonly makeTicketLabel: (name: string) => string;
  readonly ticketMade: (ref: string) => string;
  readonly contactsLabel: (department: string) => string;
  readonly contactsSaved: (department: string) => string;
};

const zhWords: TicketWords = {
  ...zh,
  types: {
    consultation: '咨询',
    suggestion: '建议',
    opinion: '意见',
    complaint: '投诉',
    request: '诉求',
  },
  priorities: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  statuses: {
    new: '新建',
    in_progress: '处理中',
    waiting_department: '等待部门处理',
    returned: '已退回',
    resolved: '已解决',
    followed_up: '已回访',
    closed: '已关闭',
  },
  methods: { phone: '电话', sms: '短信', chat: '在线会话', email: '电子邮件' },
  notice: (reason, ref, title) =>
    ({
      created: `新工单 ${ref}：${title}`,
      assigned: `工单 ${ref} 已转给您：${title}`,
      transferred: `工单 ${ref} 已转派过来：${title}`,
      escalated: `工单 ${ref} 已转到您负责的部门：${title}`,
      returned: `工单 ${ref} 已被退回给您：${title}`,
      due_soon: `工单 ${ref} 即将到期：${title}`,
      overdue: `工单 ${ref} 已超时：${title}`,
      mail_failed: `工单 ${ref} 的回复未能发邮件给客户：${title}`,
    })[reason],
  makeTicketLabel: (name) => `将 ${name} 的留言转为工单`,
  ticketMade: (ref) => `已生成工单 ${ref}`,
  contactsLabel: (department) => `${department} 的工单联系人`,
  contactsSaved: (department) => `已保存 ${department} 的工单联系人`,
};

const enWords: TicketWords = {
  makeTicket: 'Make a ticket',
  ticketType: 'Ticket type',
  priority: 'Priority',
  department: 'Department to handle it',
  create: 'Create ticket',
  creating: 'Creating…',
  openTicket: 'Open the ticket',
  dismiss: 'Dismiss',
  closeTicketTitle: 'Ticket',
  needsFollowUp: 'Needs follow-up (makes a ticket)',
  complaintHint: 'A chat closed as a complaint always gets a ticket.',
  settingsTitle: 'Ticket deadlines',
  settingsIntro:
    'How many hours each type of ticket has from creation; its owner and the department’s contacts are warned before it is due. A new deadline applies to tickets made after it.',
  colType: 'Ticket type',
  deadlineHours: 'Deadline (hours)',
  followUpRequired: 'Follow-up required before closing',
  dueSoonHours: 'Warn this many hours before',
  settingsInvalid:
    'Deadlines are whole hours from 1 to 8760; the warning is 1 to 720 hours before.',
  contacts: 'Ticket contacts',
  contactsEdit: 'Set contacts',
  contactsHint:
    'Contacts receive the tickets sent to this department, and may return or resolve them.',
  noContacts: 'None',
  noAgents: 'There are no agents to choose yet.',
  types: {
    consultation: 'Consultation',
    suggestion: 'Suggestion',
    opinion: 'Opinion',
    complaint: 'Complaint',
    request: 'Request',
  },
  priorities: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' },
  statuses: {
    new: 'New',
    in_progress: 'In progress',
    waiting_department: 'Waiting for department',
    returned: 'Returned',
    resolved: 'Resolved',
    followed_up: 'Followed up',
    closed: 'Closed',
  },
  methods: { phone: 'Phone', sms: 'SMS', chat: 'Chat', email: 'E-mail' },
  notice: (reason, ref, title) =>
    ({
      created: `New ticket ${ref}: ${title}`,
      assigned: `Ticket ${ref} was assigned to you: ${title}`,
      transferred: `Ticket ${ref} was handed over to you: ${title}`,
      escalated: `Ticket ${ref} was sent to your department: ${title}`,
      returned: `Ticket ${ref} was returned to you: ${title}`,
      due_soon: `Ticket ${ref} is due soon: ${title}`,
      overdue: `Ticket ${ref} is overdue: ${title}`,
      mail_failed: `Ticket ${ref}: the reply could not be e-mailed to the customer: ${title}`,
    })[reason],
  makeTicketLabel: (name) => `Make a ticket of the message from ${name}`,
  ticketMade: (ref) => `Ticket ${ref} created`,
  contactsLabel: (department) => `Ticket contacts of ${department}`,
  contactsSaved: (department) => `Saved the ticket contacts of ${department}`,
};

export const TICKET_WORDS: Record<Language, TicketWords> = { 'zh-CN': zhWords, en: enWords };
