import type { FaqEntry } from '../../knowledge/index.ts';

/**
 * A deterministic synthetic knowledge base for latency only (its matching quality
 * means nothing): Chinese and English entries of realistic length built from a
 * customer-service vocabulary, common words drawn more often than rare ones.
 */
const ZH =
  '账户 密码 登录 注册 手机号 验证码 银行卡 绑定 解绑 还款 借款 额度 利息 逾期 提前 分期 ' +
  '退款 退货 换货 发货 快递 物流 订单 取消 修改 地址 发票 优惠券 积分 会员 充值 提现 ' +
  '转账 到账 手续费 限额 冻结 解冻 挂失 补办 客服 人工 投诉 建议 活动 价格 支付 微信 ' +
  '支付宝 失败 成功 多久 为什么 怎么 如何 可以 能不能 什么时候 哪里 多少 需要 申请 审核 ' +
  '通过 没有 收到 显示 查询 记录 明细 余额 信用 评分 合同 证件 身份证 实名 认证 安全 ' +
  '设置 通知 短信 电话 邮箱 更换 开通 关闭 注销 恢复 异常 错误 系统 升级 版本 下载 安装';
const EN =
  'account password login sign register phone code card bank link unlink repay loan limit ' +
  'interest overdue early instalment refund return exchange ship delivery parcel order cancel ' +
  'change address invoice coupon points member top up withdraw transfer arrive fee frozen ' +
  'unfreeze lost replace support agent complaint promotion price payment wallet failed ' +
  'declined pending how long why where when what can need apply review approve missing ' +
  'receive show balance statement history credit score contract identity verify security ' +
  'settings notification message email update open close delete restore error app install';

/** Common Han characters for the long tail of made-up two-character words. */
const HAN =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const SYLLABLES =
  'ba be bi bo ca co de di fa fe fi ga ge la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi';

function vocabulary(head: string[], size: number, make: (rnd: () => number) => string): string[] {
  const rnd = random(1);
  const words = new Set(head);
  while (words.size < size) words.add(make(rnd));
  return [...words];
}

const pick = <T>(rnd: () => number, list: readonly T[]): T =>
  list[Math.floor(rnd() * list.length)]!;
const syllables = SYLLABLES.split(' ');
const hanChars = Array.from(HAN);
// Real customer-service words first (the frequent head), then made-up ones (the long tail).
const zhWords = vocabulary(ZH.split(' '), 4000, (rnd) => pick(rnd, hanChars) + pick(rnd, hanChars));
const enWords = vocabulary(EN.split(' '), 4000, (rnd) =>
  Array.from({ length: 2 + Math.floor(rnd() * 2) }, () => pick(rnd, syllables)).join(''),
);

/** mulberry32: small, fast and reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rnd: () => number, zh: boolean): string {
  const words = zh ? zhWords : enWords;
  const n = zh ? 3 + Math.floor(rnd() * 5) : 5 + Math.floor(rnd() * 8);
  // Zipf-like ranks (density ∝ 1/rank): a few words are common, most are rare.
  const rank = () => Math.floor(Math.exp(rnd() * Math.log(words.length + 1))) - 1;
  const picked = Array.from({ length: n }, () => words[rank()]!);
  return zh ? `${picked.join('')}${rnd() < 0.5 ? '吗？' : '？'}` : `${picked.join(' ')}?`;
}

export function syntheticKb(size: number, seed = 42): FaqEntry[] {
  const rnd = random(seed);
  return Array.from({ length: size }, (_, i) => {
    const zh = rnd() < 0.6;
    const similar = Array.from({ length: Math.floor(rnd() * 4) }, () => sentence(rnd, zh));
    return {
      id: `syn-${i}`,
      question: sentence(rnd, zh),
      similar,
      keywords: [],
      answer: `answer ${i}`,
    };
  });
}

/** Queries of the same make: half in Chinese, half in English. */
export function syntheticQueries(count: number, seed = 7): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => sentence(rnd, rnd() < 0.6));
}
