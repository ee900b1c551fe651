import type { Language } from '../../../protocol/index.ts';

/** Everything the bot and Kefu itself say to visitors, in every supported language. */
export interface BotPhrases {
  suggestIntro: string;
  fallback: string;
  handoffRequested: string;
  /** The bot could not answer twice in a row, so it asks for a person by itself. */
  handoffAfterMisses: string;
}

export const BOT_PHRASES: Record<Language, BotPhrases> = {
  'zh-CN': {
    suggestIntro: '您是不是想问：',
    fallback: '抱歉，我没有找到相关答案。您可以换个说法，或转人工客服。',
    handoffRequested:
      '已为您请求人工客服。客服人员会在这里回复您，您可以先留下问题，稍后回来查看回复。',
    handoffAfterMisses:
      '抱歉，这个问题我还是没能回答。已为您请求人工客服，客服人员会在这里回复您，您也可以稍后回来查看回复。',
  },
  en: {
    suggestIntro: 'Did you mean:',
    fallback:
      "Sorry, I couldn't find an answer to that. You can rephrase your question or ask for a person.",
    handoffRequested:
      'You asked for a person. Our team will reply here; you can leave your question now and come back later for the answer.',
    handoffAfterMisses:
      "Sorry, I still couldn't answer that, so I've asked for a person. Our team will reply here; you can also come back later for the answer.",
  },
};
