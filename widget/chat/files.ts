import href from './files.css?url';
import { stylesheet } from './lazy.ts';

/** The chunk's styles: awaited before its first draw (lazy-files.ts), so nothing shows unstyled. */
export const styled = stylesheet(href);

export { AttachmentView } from './AttachmentView.tsx';
export { uploadFiles } from './upload.ts';
export { Uploads } from './Uploads.tsx';
