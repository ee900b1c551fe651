import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageLink } from '../../../knowledge/gaps/average-link.ts';
import { groupGaps, nearestEntry, type GapRecord } from '../../../knowledge/gaps/index.ts';
import { FaqIndex } from '../../../knowledge/index.ts';
import { FIXTURE } from './fixture.ts';

const index = new FaqIndex(FIXTURE);

let seq = 0;
/** One visitor message asking `text`, on day `day` of March. */
function ask(text: string, day = 1, messageId = `m${++seq}`): GapRecord {
  return { messageId, text, at: `2025-03-${String(day).padStart(2, '0')}T08:00:00.000Z` };
}

/** The groups' wordings, in a fixed order: which goes first is not what these tests are about. */
const texts = (records: GapRecord[]) =>
  groupGaps(records, { background: index })
    .map((g) => g.questions.map((q) => q.text).sort())
    .sort((a, b) => a[0]!.localeCompare(b[0]!));

describe('grouping the questions the bot missed', () => {
  it('counts one wording once per visitor message, however it was typed or logged', () => {
    const both = ask('可以货到付款吗', 1, 'same-message');
    const groups = groupGaps(
      [both, { ...both }, ask('可以货到付款吗？', 2), ask('可以貨到付款嗎', 3)],
      { background: index },
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.questions).toHaveLength(1);
    expect(groups[0]!.questions[0]).toMatchObject({ text: '可以貨到付款嗎', count: 3 });
    expect(groups[0]!.count).toBe(3);
  });

  it('puts paraphrases of one new topic together and other topics apart', () => {
    expect(
      texts([
        ask('你们支持货到付款吗'),
        ask('可以货到付款吗'),
        ask('货到付款支持吗'),
        ask('会员积分怎么兑换'),
        ask('积分能兑换什么'),
        ask('Do you ship to Canada?'),
        ask('Can you ship to Canada'),
      ]),
    ).toEqual([
      ['Can you ship to Canada', 'Do you ship to Canada?'],
      ['会员积分怎么兑换', '积分能兑换什么'],
      ['你们支持货到付款吗', '可以货到付款吗', '货到付款支持吗'],
    ]);
  });

  it('represents a group by the wording closest to how it was asked, most asked first', () => {
    const [group] = groupGaps(
      [
        ask('支持货到付款吗'),
        ask('可以货到付款吗'),
        ask('可以货到付款吗'),
        ask('你们可以货到付款吗'),
      ],
      { background: index },
    );
    expect(group!.representative).toBe('可以货到付款吗');
    expect(group!.questions[0]).toMatchObject({ text: '可以货到付款吗', count: 2 });
  });

  it('lists the group with the newest activity first', () => {
    const groups = groupGaps(
      [ask('会员积分怎么兑换', 5), ask('可以货到付款吗', 2), ask('货到付款支持吗', 9)],
      { background: index },
    );
    expect(groups.map((g) => g.lastSeen.slice(0, 10))).toEqual(['2025-03-09', '2025-03-05']);
  });

  it('suggests the existing entry most of the group comes close to, or none', () => {
    const [invoice] = groupGaps([ask('开发票要多久'), ask('发票多久能开好'), ask('发票多久开')], {
      background: index,
    });
    expect(nearestEntry(index, invoice!)).toMatchObject({ id: 'invoice' });
    // Visitors voted 👎 on that entry's answer to these: it is not the one to add them to.
    expect(nearestEntry(index, invoice!, () => new Set(['invoice']))?.id).not.toBe('invoice');
    const [cod] = groupGaps([ask('可以货到付款吗')], { background: index });
    expect(nearestEntry(index, cod!)).toBeNull();
  });
});

describe('average-link clustering', () => {
  it('does not chain: A~B and B~C do not make A, B and C one group when A and C differ', () => {
    const sim = [
      [1, 0.6, 0],
      [0.6, 1, 0.6],
      [0, 0.6, 1],
    ];
    expect(averageLink(3, (i, j) => sim[i]![j]!, 0.45)).toEqual([[0, 1], [2]]);
  });

  it('covers every item once, and leaves no two groups as close as the threshold', () => {
    const matrix = fc.integer({ min: 1, max: 12 }).chain((n) =>
      fc.tuple(
        fc.constant(n),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
          minLength: n * n,
          maxLength: n * n,
        }),
      ),
    );
    fc.assert(
      fc.property(matrix, fc.double({ min: 0.05, max: 0.95, noNaN: true }), ([n, raw], t) => {
        const sim = (i: number, j: number) => raw[Math.min(i, j) * n + Math.max(i, j)]!;
        const groups = averageLink(n, sim, t);
        expect(groups.flat().sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
        for (const a of groups) {
          for (const b of groups) {
            if (a === b) continue;
            let sum = 0;
            for (const i of a) for (const j of b) sum += sim(i, j);
            // Float32 storage inside rounds a little.
            expect(sum / (a.length * b.length)).toBeLessThan(t + 1e-6);
          }
        }
      }),
    );
  });
});
