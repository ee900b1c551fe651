import { lazy } from './lazy.ts';

/** Online surveys (专项调查): fetched when one may be offered here, or opened by its link. */
export const loadSurvey = lazy(() => import('./survey.ts').then((m) => m.styled.then(() => m)));
