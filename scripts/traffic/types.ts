import type { StoredConversation } from '../../server/store/types/bulk-load.ts';
import type {
  DepartmentRow,
  LeftMessageRow,
  MessageRow,
  VisitorRow,
} from '../../server/store/types.ts';

/** A message as stored; the visitor's 👍/👎 lives in `feedback`. */
export type PlannedMessage = Omit<MessageRow, 'helpful'>;

/** One conversation with everything it leaves in the database, as the services would write it. */
export interface PlannedConversation extends StoredConversation {
  visitor: VisitorRow;
  /** Written through the leave-a-message form when nobody could chat. */
  leftMessage: LeftMessageRow | null;
}

/** One day of traffic: the visitors first seen that day, and its conversations. */
export interface TrafficBatch {
  date: string;
  visitors: VisitorRow[];
  conversations: PlannedConversation[];
}

export interface PlannedAgent {
  id: string;
  name: string;
  email: string;
  departments: string[];
}

export interface Staff {
  departments: DepartmentRow[];
  agents: PlannedAgent[];
  /** Where a handoff goes when the bot's last answer names no department that exists. */
  defaultDepartmentId: string;
}
