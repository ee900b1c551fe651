export { schema } from './018_schema.ts';
export { mailLease } from './019_mail_lease.ts';
export { attachmentFiles } from './020_attachment_files.ts';
