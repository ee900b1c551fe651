import { describe, expect, it } from 'vitest';
import { changeOf } from '../../../console/report/format.ts';
import { REPORT_TEXTS } from '../../../console/report/i18n.ts';
import { EMPTY_HEADLINE } from './fixture.ts';

const en = REPORT_TEXTS.en;
const zh = REPORT_TEXTS['zh-CN'];

describe('the change against the previous period', () => {
  it('calls a shorter wait better and a longer one worse', () => {
    const faster = changeOf(
      'firstReplyP50',
      { ...EMPTY_HEADLINE, firstReplyP50: 15 },
      { ...EMPTY_HEADLINE, firstReplyP50: 30 },
      en,
    );
    expect(faster).toEqual({ arrow: '↓', text: '−50%', judgement: 'better' });
    const slower = changeOf(
      'queueWaitP50',
      { ...EMPTY_HEADLINE, queueWaitP50: 30 },
      { ...EMPTY_HEADLINE, queueWaitP50: 20 },
      en,
    );
    expect(slower).toEqual({ arrow: '↑', text: '+50%', judgement: 'worse' });
  });

  it('gives shares in percentage points, and more satisfied visitors are better', () => {
    const change = changeOf(
      'satisfiedShare',
      { ...EMPTY_HEADLINE, satisfiedShare: 0.9 },
      { ...EMPTY_HEADLINE, satisfiedShare: 0.855 },
      zh,
    );
    expect(change).toEqual({ arrow: '↑', text: '+4.5 个百分点', judgement: 'better' });
  });

  it('judges no volume: more conversations are neither better nor worse', () => {
    const change = changeOf(
      'conversations',
      { ...EMPTY_HEADLINE, conversations: 110 },
      { ...EMPTY_HEADLINE, conversations: 100 },
      en,
    );
    expect(change).toEqual({ arrow: '↑', text: '+10%', judgement: 'neutral' });
  });

  it('says "no change" for what rounds to nothing, and where a figure came from 0', () => {
    const tiny = changeOf(
      'botOnlyShare',
      { ...EMPTY_HEADLINE, botOnlyShare: 0.6791 },
      { ...EMPTY_HEADLINE, botOnlyShare: 0.6789 },
      en,
    );
    expect(tiny).toEqual({ arrow: '→', text: 'no change', judgement: 'neutral' });
    const fromZero = changeOf(
      'complaints',
      { ...EMPTY_HEADLINE, complaints: 3 },
      EMPTY_HEADLINE,
      en,
    );
    expect(fromZero).toEqual({ arrow: '↑', text: 'up from 0', judgement: 'worse' });
    const none = changeOf('complaints', EMPTY_HEADLINE, EMPTY_HEADLINE, en);
    expect(none.text).toBe('no change');
    const unknown = changeOf(
      'pickUpShare',
      { ...EMPTY_HEADLINE, pickUpShare: 0.9 },
      EMPTY_HEADLINE,
      en,
    );
    expect(unknown).toEqual({ arrow: '', text: 'no data before', judgement: 'neutral' });
  });
});
