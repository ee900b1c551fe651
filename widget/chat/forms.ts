// The forms' styles travel with them, in the same lazily loaded chunk.
import './forms.css';

export { DepartmentPicker } from './DepartmentPicker.tsx';
export { LeaveMessageForm } from './LeaveMessageForm.tsx';
export { RatingForm } from './RatingForm.tsx';
