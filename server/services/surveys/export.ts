import type { SurveyAnswer, SurveyQuestion } from '../../../protocol/index.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import {
  csv,
  LIST_TYPES,
  xlsxList,
  type ListDownload,
  type ListFormat,
} from '../transcripts/list-export.ts';
import { localTime } from '../zoned-time.ts';
import { SURVEY_EXPORT_LABELS } from './export-labels.ts';
import { surveyOrMissing } from './present.ts';

type Cell = string | number;

/** A question's cell: the stars, the chosen options' texts joined by '; ', or the words. */
function cellOf(q: SurveyQuestion, answers: SurveyAnswer[]): Cell {
  const answer = answers.find((a) => a.questionId === q.id);
  if (!answer) return '';
  if ('rating' in answer) return answer.rating;
  if ('choices' in answer) return answer.choices.map((c) => q.options[c] ?? '').join('; ');
  return answer.text;
}

/** Characters no file name may hold on Windows, macOS or Linux. */
const fileName = (title: string) =>
  title.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 80) || 'survey';

/**
 * Every response to a survey, oldest first, one row each: time on the desk's clock, channel,
 * page and language, then one column per question. Headers in the admin's language.
 */
export async function exportSurvey(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  id: string,
  format: ListFormat,
): Promise<ListDownload> {
  const [agent, survey, settings] = await Promise.all([
    currentAgent(deps, agentId),
    surveyOrMissing(deps, id),
    getDeskSettings(deps),
  ]);
  const l = SURVEY_EXPORT_LABELS[agent.lang];
  const { timeZone } = settings.businessHours;
  const responses = await deps.store.surveys.responses(id);
  const prompts = survey.questions.map((q) => q.prompt);
  const header = [l.time, l.channel, l.page, l.language, ...prompts];
  const rows = responses.map((r): Cell[] => [
    localTime(r.createdAt, timeZone),
    l.channels[r.channel],
    r.pageUrl ?? '',
    l.languages[r.lang],
    ...survey.questions.map((q) => cellOf(q, r.answers)),
  ]);
  const day = localTime(deps.clock.now().toISOString(), timeZone).slice(0, 10);
  return {
    body:
      format === 'csv'
        ? csv(header, rows)
        : xlsxList(
            l.sheet,
            header.map((_h, i) => (i < 4 ? 20 : 30)),
            header,
            rows,
          ),
    contentType: LIST_TYPES[format],
    filename: `${fileName(survey.title)}-${day}.${format}`,
  };
}
