import href from './forms.css?url';
import { stylesheet } from './lazy.ts';

/** The chunk's styles: awaited before its first draw (lazy-forms.ts), so nothing shows unstyled. */
export const styled = stylesheet(href);

export { DepartmentPicker } from './DepartmentPicker.tsx';
export { LeaveMessageForm } from './LeaveMessageForm.tsx';
export { PreChatForm } from './PreChatForm.tsx';
export { RatingForm } from './RatingForm.tsx';
