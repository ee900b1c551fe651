import type { Language } from '../../protocol/language.ts';

/**
 * The picker's everyday emoji for a service chat, with short names for screen readers:
 * `emoji 中文 English` per line. A plain string in the lazy chunk, never an emoji library's data.
 */
const LIST = `😊 微笑 smile
😀 笑脸 grin
😂 笑哭 tears of joy
🙂 浅笑 slight smile
😉 眨眼 wink
😍 喜欢 heart eyes
🥰 开心 smiling with hearts
😘 飞吻 kiss
😎 酷 cool
🤔 思考 thinking
😅 尴尬 sweat smile
😆 大笑 laughing
😌 安心 relieved
😐 无语 neutral
😕 困惑 confused
🙁 不满 frown
😟 担心 worried
😢 难过 sad
😭 大哭 crying
😠 生气 angry
😡 愤怒 furious
😱 惊恐 scream
😮 惊讶 surprised
😴 困了 sleepy
🤗 拥抱 hug
🤷 不确定 shrug
🙏 拜托 please
👍 赞 thumbs up
👎 踩 thumbs down
👌 好的 OK
👏 鼓掌 clap
🙌 太好了 hooray
👋 你好 wave
🤝 握手 handshake
💪 加油 strong
✌️ 胜利 victory
❤️ 爱心 heart
💔 心碎 broken heart
⭐ 星星 star
🌟 闪亮 glowing star
🔥 火爆 fire
🎉 恭喜 party
🎁 礼物 gift
🌹 玫瑰 rose
💯 满分 hundred
✅ 完成 done
❌ 不对 no
❓ 疑问 question
❗ 注意 attention
⏰ 闹钟 alarm clock
⌛ 等待 hourglass
📅 日期 date
📦 包裹 parcel
🚚 送货 delivery
🛒 购物车 cart
💳 银行卡 card
💰 钱 money
🧾 发票 receipt
📱 手机 phone
💻 电脑 laptop
📧 邮件 e-mail
📞 电话 call
📍 位置 location
🏠 家 home
📝 记录 note
📷 照片 photo
🔧 维修 repair
🔒 安全 lock
🔍 查找 search
💡 主意 idea
☕ 咖啡 coffee
🍀 好运 good luck`;

export interface Emoji {
  char: string;
  name: string;
}

/** The emoji with their names in the chat's language. */
export function emojiList(lang: Language): Emoji[] {
  return LIST.split('\n').map((line) => {
    const [char = '', zh = '', ...en] = line.split(' ');
    return { char, name: lang === 'en' ? en.join(' ') : zh };
  });
}

/** Columns in the picker's grid; the arrow keys move by these. */
export const COLUMNS = 8;

/** The text with `emoji` in place of the selection, and where the caret goes after it. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  emoji: string,
): { text: string; caret: number } {
  return { text: text.slice(0, start) + emoji + text.slice(end), caret: start + emoji.length };
}

/**
 * Where an arrow key (or Home/End, within the row) moves the focus in a grid of `count`
 * items, `columns` wide; it stops at the edges. Null for any other key.
 */
export function moveIn(
  index: number,
  key: string,
  count: number,
  columns = COLUMNS,
): number | null {
  const rowStart = index - (index % columns);
  const target: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    ArrowDown: index + columns,
    ArrowUp: index - columns,
    Home: rowStart,
    End: Math.min(rowStart + columns, count) - 1,
  };
  const to = target[key];
  if (to === undefined) return null;
  return to >= 0 && to < count ? to : index;
}
