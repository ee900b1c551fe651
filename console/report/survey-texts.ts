import type { Language } from '../../protocol/language.ts';

/** The survey (专项调查) section's words, in the console, on the printable page and in the XLSX. */
export interface SurveyReportTexts {
  section: string;
  none: string;
  colQuestion: string;
  colAnswered: string;
  colResult: string;
  /** A survey's table caption: its title, responses now and in the period before. */
  caption: (title: string, responses: string, previous: string) => string;
  /** A rating question's result, the average already formatted. */
  average: (stars: string) => string;
  /** One option of a choice: its label, count and share of the answers. */
  option: (label: string, count: string, share: string) => string;
  /** What a text question shows: its answers are read on the survey's own results page. */
  text: string;
  /** The XLSX sheet's survey column. */
  colSurvey: string;
  colResponses: string;
  colPrevious: string;
  colAverage: string;
  colOption: string;
  colCount: string;
}

export const SURVEY_REPORT_TEXTS: Record<Language, SurveyReportTexts> = {
  'zh-CN': {
    section: '专项调查',
    none: '这个时段没有收到问卷答卷。',
    colQuestion: '问题',
    colAnswered: '作答数',
    colResult: '结果',
    caption: (title, responses, previous) => `${title}：${responses} 份答卷（上期 ${previous} 份）`,
    average: (stars) => `平均 ${stars} 星`,
    option: (label, count, share) => `${label} ${count}（${share}）`,
    text: '文字回答，见问卷结果页',
    colSurvey: '问卷',
    colResponses: '答卷数',
    colPrevious: '上期答卷数',
    colAverage: '平均星级',
    colOption: '选项',
    colCount: '选择次数',
  },
  en: {
    section: 'Surveys',
    none: 'No survey was answered in this period.',
    colQuestion: 'Question',
    colAnswered: 'Answered',
    colResult: 'Result',
    caption: (title, responses, previous) =>
      `${title}: ${responses} responses (previous period ${previous})`,
    average: (stars) => `${stars} stars on average`,
    option: (label, count, share) => `${label} ${count} (${share})`,
    text: 'Written answers: see the survey’s results page',
    colSurvey: 'Survey',
    colResponses: 'Responses',
    colPrevious: 'Previous period',
    colAverage: 'Average stars',
    colOption: 'Option',
    colCount: 'Chosen',
  },
};
