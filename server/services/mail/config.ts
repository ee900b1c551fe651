import { z } from 'zod';

/** Where and as whom Kefu sends e-mail (KEFU_SMTP_URL, KEFU_MAIL_FROM); absent: no e-mail. */
export interface MailConfig {
  /** smtp:// (STARTTLS when offered) or smtps:// (TLS from the start), with any credentials. */
  smtpUrl: string;
  from: { name: string; address: string };
}

function isSmtpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const url = new URL(text);
  return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
}

// The URL may hold a password: no message here repeats the value.
export const smtpUrlSchema = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? null : s))
  .pipe(
    z
      .string()
      .refine(isSmtpUrl, 'expected smtp://user:password@host:587 or smtps://user:password@host:465')
      .nullable(),
  );

const FROM_MESSAGE = 'expected an address or Name <address>, e.g. Kefu 客服 <service@example.com>';

/** `service@example.com` or `Kefu 客服 <service@example.com>` (the name may be quoted). */
export const mailFromSchema = z
  .string()
  .transform((s) => s.trim())
  .transform((s) => (s === '' ? null : s))
  .pipe(
    z
      .string()
      .regex(/^[^\p{Cc}]*$/u, FROM_MESSAGE)
      .transform((s) => {
        const named = /^(.*?)\s*<([^<>]*)>$/.exec(s);
        if (!named) return { name: '', address: s };
        const name = (named[1] ?? '').replace(/^"(.*)"$/, '$1').trim();
        return { name, address: (named[2] ?? '').trim() };
      })
      .pipe(z.object({ name: z.string(), address: z.email(FROM_MESSAGE).max(254) }))
      .nullable(),
  );
