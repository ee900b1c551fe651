import type { Language } from '../../protocol/language.ts';

/** The survey chunk's own strings, in both languages: they load with it, not with the chat. */
const zh = {
  survey: '问卷调查：',
  afterChat: '占用您一两分钟，帮我们把服务做得更好。',
  onPage: '邀请您参加一份简短的问卷。',
  start: '开始填写',
  later: '以后再说',
  submit: '提交问卷',
  required: '必填',
  requiredNote: '带 * 的题目为必填。',
  loading: '正在加载问卷…',
  thanks: '感谢您参与调查！',
  answered: '您已经参加过这份问卷，感谢您的支持！',
  gone: '这份问卷目前不开放。',
};

export type SurveyTexts = { readonly [K in keyof typeof zh]: string } & {
  stars: (n: number) => string;
  missing: (n: number) => string;
};

const en: SurveyTexts = {
  survey: 'Survey: ',
  afterChat: 'Could you spare a minute or two to help us serve you better?',
  onPage: "We'd like to invite you to a short survey.",
  start: 'Take the survey',
  later: 'Not now',
  submit: 'Submit answers',
  required: 'required',
  requiredNote: 'Questions marked * are required.',
  loading: 'Loading the survey…',
  thanks: 'Thank you for taking part!',
  answered: "You've already answered this survey. Thank you!",
  gone: 'This survey is not open at the moment.',
  stars: (n) => (n === 1 ? '1 star' : `${n} stars`),
  missing: (n) => `Please answer question ${n}.`,
};

export const SURVEY_TEXTS: Record<Language, SurveyTexts> = {
  'zh-CN': { ...zh, stars: (n) => `${n} 星`, missing: (n) => `请回答第 ${n} 题。` },
  en,
};
