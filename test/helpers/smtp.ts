import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerError } from 'smtp-server';

/** The account the sink accepts; Kefu must sign in with what KEFU_SMTP_URL says. */
const USER = 'kefu';
const PASSWORD = 'mail-pass';

export interface MailSink {
  /** For KEFU_SMTP_URL, with the account in it. */
  url: string;
  /** Messages taken, parsed, with the recipients of their envelope. */
  received: { rcpt: string[]; mail: ParsedMail }[];
  /** Every RCPT TO, taken or refused: one per try to send. */
  tries: number;
  /** SMTP sessions open now: a send under way. */
  readonly open: number;
  /** From now on, refuse every recipient with this SMTP reply code; null: take them again. */
  refuse(code: number | null): void;
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, from the nodemailer project) on a free local port, with
 * sign-in required and no STARTTLS (its certificate would be self-signed). A `port` brings one
 * back where it was closed.
 */
export async function startMailSink(port = 0): Promise<MailSink> {
  let refusal: number | null = null;
  const sink: Omit<MailSink, 'url' | 'open' | 'close'> = {
    received: [],
    tries: 0,
    refuse: (code) => {
      refusal = code;
    },
  };
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === USER && auth.password === PASSWORD) callback(null, { user: USER });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(_address, _session, callback) {
      sink.tries += 1;
      if (refusal === null) return callback();
      const error: SMTPServerError = new Error(
        refusal >= 500 ? 'No such mailbox here' : 'Mailbox busy, try again later',
      );
      error.responseCode = refusal;
      callback(error);
    },
    onData(stream, session, callback) {
      const rcpt = session.envelope.rcptTo.map((a) => a.address);
      simpleParser(stream).then(
        (mail) => {
          sink.received.push({ rcpt, mail });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return Object.assign(sink, {
    url: `smtp://${USER}:${PASSWORD}@127.0.0.1:${address.port}`,
    get open() {
      return server.connections.size;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
