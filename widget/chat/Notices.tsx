import type { ChatClient } from './client.ts';
import { HELP_TEXTS } from './help-texts.ts';

/** Dismissed notice ids kept: far more than are ever live at once. */
const KEEP = 50;

/** 公告 at the top of the panel, each until the visitor dismisses it (remembered in the chat's storage). */
export function Notices({ client }: { client: ChatClient }) {
  const notices = client.notices.filter((n) => !client.state.noticesDone.includes(n.id));
  if (!notices.length) return null;
  const lang = client.lang;
  const t = HELP_TEXTS[lang];
  const dismiss = (id: string) => {
    client.update({ noticesDone: [...client.state.noticesDone, id].slice(-KEEP) });
    // The button is gone: the text box is where the visitor goes on from here.
    document.querySelector('textarea')?.focus();
  };
  return (
    <section class="notices" aria-label={t.notices}>
      {notices.map((n) => (
        <div class="note" key={n.id}>
          <p>
            {n.text[lang]}
            {n.link && (
              <>
                {' '}
                <a href={n.link} target="_blank" rel="noopener noreferrer">
                  {t.more}
                </a>
              </>
            )}
          </p>
          <button type="button" aria-label={t.dismiss} onClick={() => dismiss(n.id)}>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <path d="M6 6l12 12M18 6 6 18" />
            </svg>
          </button>
        </div>
      ))}
    </section>
  );
}
