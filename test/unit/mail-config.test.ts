import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

const FROM = 'Kefu 客服 <service@example.com>';

/** The message a refused configuration shows, or null when it loads. */
function refusal(env: Record<string, string>): string | null {
  try {
    loadConfig(env);
    return null;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.message;
  }
}

describe('KEFU_SMTP_URL and KEFU_MAIL_FROM', () => {
  it('leave e-mail off by default, and when the URL is empty', () => {
    expect(loadConfig({}).mail).toBeNull();
    expect(loadConfig({ KEFU_SMTP_URL: ' ', KEFU_MAIL_FROM: FROM }).mail).toBeNull();
  });

  it('turn it on with an smtp:// or smtps:// server and a sender with or without a name', () => {
    expect(
      loadConfig({ KEFU_SMTP_URL: 'smtp://kefu:p%40ss@mail.example.com:587', KEFU_MAIL_FROM: FROM })
        .mail,
    ).toEqual({
      smtpUrl: 'smtp://kefu:p%40ss@mail.example.com:587',
      from: { name: 'Kefu 客服', address: 'service@example.com' },
    });
    const bare = loadConfig({
      KEFU_SMTP_URL: 'smtps://mail.example.com',
      KEFU_MAIL_FROM: ' service@example.com ',
    });
    expect(bare.mail?.from).toEqual({ name: '', address: 'service@example.com' });
    const quoted = loadConfig({
      KEFU_SMTP_URL: 'smtps://mail.example.com',
      KEFU_MAIL_FROM: '"Shop, Service" <service@example.com>',
    });
    expect(quoted.mail?.from).toEqual({ name: 'Shop, Service', address: 'service@example.com' });
  });

  it('need a sender when a server is set', () => {
    expect(refusal({ KEFU_SMTP_URL: 'smtp://mail.example.com:587' })).toMatch(
      /KEFU_MAIL_FROM: required with KEFU_SMTP_URL/,
    );
  });

  it.each([
    'https://mail.example.com',
    'mail.example.com:587',
    'smtp://',
    'smtp://user:secret-password@mail.example.com:99999',
  ])('refuse the server %j without repeating it (it may hold a password)', (url) => {
    const message = refusal({ KEFU_SMTP_URL: url, KEFU_MAIL_FROM: FROM });
    expect(message).toMatch(/KEFU_SMTP_URL: expected smtp:\/\/user:password@host:587/);
    expect(message).not.toContain('secret-password');
  });

  it.each(['Kefu <not-an-address>', 'Kefu service@example.com', 'a@b@c', 'Kefu\n<s@example.com>'])(
    'refuse the sender %j',
    (from) => {
      const message = refusal({ KEFU_SMTP_URL: 'smtp://mail.example.com', KEFU_MAIL_FROM: from });
      expect(message).toMatch(/KEFU_MAIL_FROM: expected an address or Name <address>/);
    },
  );
});
