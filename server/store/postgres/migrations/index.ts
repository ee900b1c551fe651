export { schema } from './018_schema.ts';
export { mailLease } from './019_mail_lease.ts';
