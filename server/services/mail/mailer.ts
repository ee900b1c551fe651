/** One e-mail to one person: plain text, and the same as simple HTML for mail apps that prefer it. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends e-mail. `smtp-mailer.ts` speaks SMTP; a queue or a test double fits the same shape.
 * `send` resolves once the mail server took the message, and rejects with a `MailError`.
 */
export interface Mailer {
  send(message: MailMessage, signal?: AbortSignal): Promise<void>;
  /** Lets go of connections; nothing is sent after it. */
  close(): void;
}

/** Why the server did not take a message, and whether the same message could pass later. */
export class MailError extends Error {
  constructor(
    message: string,
    /** A refusal for good (an SMTP 5xx such as an unknown address): trying again cannot help. */
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'MailError';
  }
}
