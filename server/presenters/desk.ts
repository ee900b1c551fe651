import type { DepartmentInfo, LeftMessage, QuickReply } from '../../protocol/index.ts';
import type { DepartmentRow, LeftMessageRow, QuickReplyRow } from '../store/types.ts';

/** Field by field, so a column added to a row never reaches a client by accident. */
export function presentQuickReply(row: QuickReplyRow): QuickReply {
  return { id: row.id, lang: row.lang, shortcut: row.shortcut, body: row.body, sort: row.sort };
}

/** `handledByName` is the handling agent's current name, looked up by the caller. */
export function presentLeftMessage(row: LeftMessageRow, handledByName: string | null): LeftMessage {
  return {
    id: row.id,
    visitorId: row.visitorId,
    name: row.name,
    contact: row.contact,
    body: row.body,
    lang: row.lang,
    departmentId: row.departmentId,
    pageUrl: row.pageUrl,
    createdAt: row.createdAt,
    handledAt: row.handledAt,
    handledBy: row.handledBy,
    handledByName,
    handledNote: row.handledNote,
  };
}

export function presentDepartment(row: DepartmentRow): DepartmentInfo {
  return { id: row.id, nameZh: row.nameZh, nameEn: row.nameEn, isDefault: row.isDefault };
}
