import type { Language } from '../../../protocol/index.ts';
import { escapeHtml } from '../escape-html.ts';

/** The parts of a ticket an e-mail to its customer names. */
export interface MailedTicket {
  ref: string;
  customerName: string | null;
}

interface Words {
  subject: (ref: string) => string;
  greeting: (name: string | null) => string;
  intro: (ref: string) => string;
  answer: (ref: string) => string;
}

const WORDS: Record<Language, Words> = {
  'zh-CN': {
    subject: (ref) => `您的工单 ${ref} 有新回复`,
    greeting: (name) => (name ? `${name}，您好：` : '您好：'),
    intro: (ref) => `关于您的工单 ${ref}，我们的客服回复如下：`,
    answer: (ref) => `如需继续沟通，请在网站的在线客服中留言，并提供工单号 ${ref}。`,
  },
  en: {
    subject: (ref) => `New reply to your request ${ref}`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    intro: (ref) => `Our customer service has replied to your request ${ref}:`,
    answer: (ref) => `To answer, write to us in the chat on our website and mention ${ref}.`,
  },
};

/** The English intro below the Chinese part, pointing up to the reply instead of repeating it. */
const EN_INTRO_BELOW = (ref: string) =>
  `Our customer service has replied to your request ${ref}; the reply is above.`;

/** A part of the e-mail in one language: paragraphs, the reply itself as `null`. */
type Part = { lang: Language; paragraphs: (string | null)[] };

function parts(ticket: MailedTicket, lang: Language | null): Part[] {
  const { ref, customerName } = ticket;
  const full = (l: Language): Part => {
    const w = WORDS[l];
    return { lang: l, paragraphs: [w.greeting(customerName), w.intro(ref), null, w.answer(ref)] };
  };
  if (lang) return [full(lang)];
  // Language unknown: Chinese first, English below; the reply is shown once.
  const en = WORDS.en;
  return [
    full('zh-CN'),
    { lang: 'en', paragraphs: [en.greeting(customerName), EN_INTRO_BELOW(ref), en.answer(ref)] },
  ];
}

/**
 * The e-mail that carries a public reply to the customer, in their language when known, else
 * Chinese with English below: the ticket's reference in the subject, the reply as written, and
 * how to answer (in the chat, naming the reference). The HTML is the same text, escaped.
 */
export function replyMail(
  ticket: MailedTicket,
  reply: string,
  lang: Language | null,
): { subject: string; text: string; html: string } {
  const all = parts(ticket, lang);
  const subject = lang
    ? WORDS[lang].subject(ticket.ref)
    : `${WORDS['zh-CN'].subject(ticket.ref)} / ${WORDS.en.subject(ticket.ref)}`;
  const text = all
    .map((part) => part.paragraphs.map((p) => p ?? reply.trim()).join('\n\n'))
    .join('\n\n——\n\n');
  const quote = escapeHtml(reply.trim()).replace(/\r?\n/g, '<br>');
  const html = all
    .map((part) => {
      const body = part.paragraphs
        .map((p) =>
          p === null
            ? `<blockquote style="margin:1em 0;padding-left:1em;border-left:3px solid #ccc">${quote}</blockquote>`
            : `<p>${escapeHtml(p)}</p>`,
        )
        .join('\n');
      return `<div lang="${part.lang}">\n${body}\n</div>`;
    })
    .join('\n<hr>\n');
  return {
    subject,
    text: `${text}\n`,
    html: `<!doctype html>\n<html lang="${lang ?? 'zh-CN'}">\n<body>\n${html}\n</body>\n</html>\n`,
  };
}
