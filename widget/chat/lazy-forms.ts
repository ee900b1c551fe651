import { lazy } from './lazy.ts';

/** The rating, leave-a-message and department forms. */
export const loadForms = lazy(() => import('./forms.ts').then((m) => m.styled.then(() => m)));
