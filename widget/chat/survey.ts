import { stylesheet } from './lazy.ts';
import href from './survey.css?url';

/** The chunk's styles (with the forms' card styles): linked before its first draw. */
export const styled = stylesheet(href);

export { SurveyOffer } from './SurveyOffer.tsx';
export { SurveyPage } from './SurveyPage.tsx';
