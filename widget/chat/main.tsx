// Base styles first: the components' own sheets build on them.
import './chat.css';
import { createRef, render } from 'preact';
import type { WidgetConfig } from '../../protocol/admin.ts';
import type { ChatToHost } from '../bridge.ts';
import { App } from './App.tsx';
import { ChatClient } from './client.ts';
import { connectHost, cleanPage } from './host.ts';
import { TEXTS } from './i18n.ts';
import { loadComforts } from './lazy-comforts.ts';
import { loadMarkdown } from './lazy-markdown.ts';
import { pageRule } from './lazy-help.tsx';
import { loadSurvey } from './lazy-survey.ts';
import { countUnread } from './messages.ts';
import { readParams } from './params.ts';

const params = readParams(location.search, navigator.language);
const client = new ChatClient(params.lang);
const logRef = createRef<HTMLDivElement>();
const root = document.getElementById('app') as HTMLElement;
let lastState = '';
let shown = 0;
/** The admin's greeting per language; null until /api/widget/config answered (or failed). */
let greetings: Partial<WidgetConfig['greeting']> | null = null;
const accent = (color: string) => document.documentElement.style.setProperty('--accent', color);

/**
 * Shows the newest message from its first line, since that is where reading starts: the browser
 * clamps the scroll, so a short one simply ends up at the bottom.
 */
function scrollToNewest(): void {
  const log = logRef.current;
  const last = log?.lastElementChild;
  if (log && last instanceof HTMLElement) log.scrollTop = last.offsetTop - 12;
}

const post = connectHost(params.hostOrigin, (message) => {
  if (message.t === 'lang') client.lang = message.lang;
  if (message.t === 'close') client.setOpen(false);
  if (message.t === 'identify') client.identify(message.identity);
  if (message.t !== 'open') return draw();
  client.page = cleanPage(message.page);
  client.setOpen(true);
  scrollToNewest();
  document.querySelector('textarea')?.focus();
});
const embedded = post !== null;
/** Opened on its own at a survey's link (`/chat?survey=<id>`): that survey, full-window. */
const linked = embedded ? null : params.survey;
const toHost = (message: ChatToHost) => post?.(message);

function draw(): void {
  const tx = TEXTS[client.lang];
  document.documentElement.lang = client.lang;
  document.title = tx.title;
  const log = logRef.current;
  const atEnd = !log || log.scrollHeight - log.scrollTop - log.clientHeight < 80;
  const { messages, pending, read, left } = client.state;
  const close = embedded ? () => toHost({ t: 'close' }) : null;
  const survey = linked ? loadSurvey(draw) : null;
  // The page's help rule, if any, sets the greeting: none is shown until it is known.
  const rule = pageRule(client);
  render(
    linked ? (
      survey && <survey.SurveyPage client={client} tx={tx} id={linked} />
    ) : (
      <App
        client={client}
        tx={tx}
        greeting={
          rule === null
            ? null
            : rule?.greeting[client.lang] ||
              params.greeting ||
              (greetings && (greetings[client.lang] || tx.greeting))
        }
        logRef={logRef}
        onClose={close}
      />
    ),
    root,
  );
  // Follow the conversation unless the visitor scrolled up to read (their own new message always
  // shows). Counted in the log's entries, so a form that appears in it comes into view too.
  const count = logRef.current?.childElementCount ?? 0;
  if (count > shown && (atEnd || pending.length > 0)) scrollToNewest();
  shown = count;

  const state = {
    t: 'state',
    unread: client.open ? 0 : countUnread(messages, read),
    active: left || messages.length + pending.length > 0,
  } as const;
  if (JSON.stringify(state) !== lastState) toHost(state);
  lastState = JSON.stringify(state);
}

if (params.color) accent(params.color);
// The loader passes its colour (the site's data-color, else the admin's); opened on its own, the
// chat takes the admin's. The greeting waits for the answer, so it never changes before the eyes.
fetch('/api/widget/config')
  .then((res) => res.json() as Promise<WidgetConfig>)
  .then(
    (config) => {
      if (!params.color) accent(config.color);
      greetings = config.greeting;
      client.attachments = config.attachments;
      client.surveys = config.surveys;
      client.help = config.help;
      client.notices = config.notices;
    },
    () => (greetings = {}),
  )
  .then(draw);
if (embedded) {
  client.open = false;
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') toHost({ t: 'close' });
  });
}
client.onChange = draw;
// Sound may start only after a gesture in the chat: the first one fetches it (comforts chunk).
// The first gesture also fetches the bot answers' renderer, before the first answer comes.
for (const type of ['pointerdown', 'keydown']) {
  addEventListener(type, () => {
    loadComforts(draw);
    loadMarkdown(draw);
  });
}
client.onNew = (m) => {
  loadComforts()?.notify(client);
  const { id, author, kind, body, createdAt } = m;
  toHost({ t: 'message', message: { id, author, kind, body, createdAt } });
};
draw();
toHost({ t: 'ready' });
void client.start();
