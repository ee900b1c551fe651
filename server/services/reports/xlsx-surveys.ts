import type ExcelJS from 'exceljs';
import { SURVEY_REPORT_TEXTS } from '../../../console/report/survey-texts.ts';
import type { Language, MonthlyReport } from '../../../protocol/index.ts';
import { XLSX_LABELS } from './xlsx-labels.ts';
import { addTable, type Cell, type ColumnFormat } from './xlsx-sheets.ts';

/**
 * 专项调查 / Surveys: a row per question (a row per option for choices), so the sheet can be
 * filtered and pivoted by survey and question.
 */
export function addSurveySheet(
  workbook: ExcelJS.Workbook,
  report: MonthlyReport,
  lang: Language,
): void {
  const st = SURVEY_REPORT_TEXTS[lang];
  const columns: { header: string; format: ColumnFormat; width?: number }[] = [
    { header: st.colSurvey, format: 'text', width: 28 },
    { header: st.colResponses, format: 'count' },
    { header: st.colPrevious, format: 'count' },
    { header: st.colQuestion, format: 'text', width: 36 },
    { header: st.colAnswered, format: 'count' },
    { header: st.colAverage, format: 'average' },
    { header: st.colOption, format: 'text' },
    { header: st.colCount, format: 'count' },
  ];
  const rows = report.surveys.flatMap((s) =>
    s.questions.flatMap((q) => {
      const head: Cell[] = [s.title, s.responses, s.previousResponses, q.prompt, q.answered];
      if (q.options.length === 0) return [[...head, q.average, null, null]];
      return q.options.map((o): Cell[] => [...head, null, o.label, o.count]);
    }),
  );
  addTable(workbook, XLSX_LABELS[lang].sheets.surveys, columns, rows);
}
