import type { GapTexts } from './i18n.ts';

/** The Knowledge gaps view in English; the Chinese table in i18n.ts is the reference. */
export const enGapTexts: GapTexts = {
  intro:
    'Questions the bot could not answer, only had suggestions for, whose answer got 👎, or that were followed by a request for a person are kept here, similar wordings in one group. Turn a group into a new entry, or add it to an entry’s similar questions, and the bot answers it next time.',
  empty: 'No questions are waiting.',
  questions: 'Wordings in this group (unticked ones are left in the list)',
  newEntry: 'New entry',
  attach: 'Add to entry',
  dismiss: 'Dismiss',
  attachLegend: 'Add to which entry',
  searchEntries: 'Search entries',
  searchRun: 'Search',
  searching: 'Searching…',
  noResults: 'No entries found.',
  attachConfirm: 'Add',
  cancel: 'Cancel',
  pickEntry: 'Pick an entry.',
  noneTicked: 'Tick at least one wording.',
  rebased:
    'Another admin had just changed this entry: the wordings were added to their version, and their changes are kept.',
  alreadyHandled: 'Another admin has already handled these questions; the list was refreshed.',
  editorTitle: 'New entry from a knowledge gap',
  editorIntro:
    'The question and similar questions are filled in from the group; write the answer and create it, and the group leaves the list.',
  createAndResolve: 'Create and settle the group',
  createAnyway: 'Create this entry anyway',
  settledMeanwhile:
    'Another admin has just handled this group. Your entry is not saved yet: you can still create it, or go back to the knowledge gaps.',
  back: 'Back to knowledge gaps',
  openEntry: 'Open entry',
  reasons: {
    unanswered: 'not answered',
    unsure: 'only suggestions',
    unhelpful: 'answer got 👎',
    handoff: 'then asked for a person',
  },
  summary: (groups, open) =>
    `${groups} ${groups === 1 ? 'group' : 'groups'}, ${open} ${open === 1 ? 'question' : 'questions'} waiting`,
  partly: (grouped) =>
    `Only the newest ${grouped} questions are grouped; the rest appear once these are handled.`,
  asked: (n) => `asked ${n} ${n === 1 ? 'time' : 'times'}`,
  times: (n) => `${n}×`,
  lastSeen: (time) => `last: ${time}`,
  nearest: (question) => `Suggested: ${question}`,
  created: (question, n) =>
    `Created the entry “${question}”; ${n} ${n === 1 ? 'question' : 'questions'} handled.`,
  attached: (question, n) =>
    `Added the wordings to “${question}”; ${n} ${n === 1 ? 'question' : 'questions'} handled.`,
  skipped: (questions) =>
    `Not added, as the entry already has them (or they are over 300 characters): ${questions}`,
  dismissed: (n) => `Dismissed ${n} ${n === 1 ? 'question' : 'questions'}.`,
};
