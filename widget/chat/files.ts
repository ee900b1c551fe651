// The files' styles travel with them, in the same lazily loaded chunk.
import './files.css';

export { AttachmentView } from './AttachmentView.tsx';
export { uploadFiles } from './upload.ts';
export { Uploads } from './Uploads.tsx';
