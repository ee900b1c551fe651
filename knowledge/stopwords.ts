/**
 * Words that carry no intent in a customer-service question. Generic lists, not
 * mined from any evaluation data: English function words, and the Chinese
 * politeness and sentence-final fillers (请问/你好/谢谢/吗/呢 …) every FAQ bot strips.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then so to of in on at by for with from as into about ' +
    'is am are was were be been being do does did done have has had having ' +
    'i me my mine we us our you your yours he him his she her it its they them their ' +
    'this that these those there here what which who whom ' +
    'can could will would shall should may might must ' +
    'please hi hello hey thanks thank just also very really some any s t d ll ve re m'
  ).split(' '),
);

export const CHINESE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    '请问 请教 你好 您好 谢谢 谢了 麻烦 麻烦你 麻烦您 亲 ' +
    '的 了 吗 呢 啊 吧 呀 哦 嘛 哈 啦 喔 么 呗 哇 嗯 额 呃 哎 诶 ' +
    '我 你 您 我们 你们 一下 是 就 都 也 又 着 和 与 及'
  ).split(' '),
);
