/** The all-zero counts a data-care deletion adds to, in both engines. */
import type { DeletedCounts } from '../types.ts';

export const noDeletions = (): DeletedCounts => ({
  visitors: 0,
  conversations: 0,
  messages: 0,
  notes: 0,
  events: 0,
  feedback: 0,
  gaps: 0,
  leftMessages: 0,
  tickets: 0,
});
