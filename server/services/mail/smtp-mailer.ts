import type { Transporter } from 'nodemailer';
import type { MailConfig } from './config.ts';
import { MailError, type Mailer } from './mailer.ts';

/** Short next to nodemailer's defaults (up to 10 minutes): a retry later beats a stuck send. */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
const MAX_REASON = 300;

/**
 * Nodemailer over SMTP, one connection per message: replies are few and far between. Nodemailer
 * loads on the first send, so a desk without ticket e-mail never loads it.
 */
export function smtpMailer(config: MailConfig): Mailer {
  let transport: Transporter | undefined;
  return {
    async send(message, signal) {
      try {
        transport ??= (await import('nodemailer')).createTransport(
          { url: config.smtpUrl, ...TIMEOUTS },
          { from: config.from },
        );
        await transport.sendMail({ ...message, signal });
      } catch (err) {
        throw mailError(err);
      }
    },
    close: () => transport?.close(),
  };
}

/** The server's own words when it answered (`550 5.1.1 No such user`), else what went wrong. */
function mailError(err: unknown): MailError {
  if (!(err instanceof Error)) return new MailError(String(err), false);
  const { response, permanent } = err as { response?: unknown; permanent?: unknown };
  const reason = typeof response === 'string' && response !== '' ? response : err.message;
  return new MailError(reason.slice(0, MAX_REASON), permanent === true);
}
