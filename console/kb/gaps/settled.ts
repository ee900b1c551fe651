/** What the gaps view says once a group is settled, with a link to the entry it went to. */
export interface Settled {
  text: string;
  entryId?: string;
}
