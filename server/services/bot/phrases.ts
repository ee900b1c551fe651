import type { Language } from '../../../protocol/index.ts';

/** Everything the bot and Kefu itself say to visitors, in every supported language. */
export interface BotPhrases {
  suggestIntro: string;
  fallback: string;
  handoffRequested: string;
  /** The bot could not answer twice in a row, so it asks for a person by itself. */
  handoffAfterMisses: string;
  /** A person was asked for outside business hours. */
  closedLeaveMessage: string;
  /** A person was asked for, but nobody is online. */
  noAgentsLeaveMessage: string;
  agentJoined: (name: string) => string;
  /** Moved to a colleague or another department. */
  transferred: string;
  closed: string;
}

export const BOT_PHRASES: Record<Language, BotPhrases> = {
  'zh-CN': {
    suggestIntro: '您是不是想问：',
    fallback: '抱歉，我没有找到相关答案。您可以换个说法，或转人工客服。',
    handoffRequested: '正在为您转接人工客服，请稍候。您可以继续输入问题，客服人员会在这里回复您。',
    handoffAfterMisses:
      '抱歉，这个问题我还是没能回答，正在为您转接人工客服，请稍候。您可以继续输入问题。',
    closedLeaveMessage: '现在是非工作时间，人工客服暂时无法接待。请留言，我们上班后会尽快联系您。',
    noAgentsLeaveMessage: '抱歉，现在没有人工客服在线。请留言，我们会尽快联系您。',
    agentJoined: (name) => `客服 ${name} 为您服务。`,
    transferred: '正在为您转接其他客服，请稍候。',
    closed: '本次会话已结束，感谢您的咨询。',
  },
  en: {
    suggestIntro: 'Did you mean:',
    fallback:
      "Sorry, I couldn't find an answer to that. You can rephrase your question or ask for a person.",
    handoffRequested:
      "Connecting you to a person, please wait. You can keep typing; they'll reply right here.",
    handoffAfterMisses:
      "Sorry, I still couldn't answer that, so I'm connecting you to a person. You can keep typing meanwhile.",
    closedLeaveMessage:
      "We're outside our opening hours, so nobody can chat right now. Leave us a message and we'll get back to you.",
    noAgentsLeaveMessage:
      "Sorry, nobody is available to chat right now. Leave us a message and we'll get back to you.",
    agentJoined: (name) => `${name} is here to help you.`,
    transferred: 'Transferring you to a colleague, please wait.',
    closed: 'This conversation has ended. Thank you for contacting us.',
  },
};
