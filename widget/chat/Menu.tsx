import { useState } from 'preact/hooks';
import type { ChatClient } from './client.ts';
import { COMFORT_TEXTS } from './comforts-texts.ts';
import { download } from './save-transcript.ts';

/** The site owner's `data-sound="off"` comes in the chat's address: no sound, no switch. */
export const siteSound = new URLSearchParams(location.search).get('sound') !== 'off';

/**
 * What the header's 更多 button opens: the visitor's sound switch (kept in the chat's stored
 * state) and the transcript download. A disclosure: Tab reaches the items after the button.
 */
export function Menu({ client }: { client: ChatClient }) {
  const t = COMFORT_TEXTS[client.lang];
  const [failed, setFailed] = useState(false);
  const on = !client.state.muted;
  return (
    <div class="menu">
      {siteSound && (
        <button type="button" aria-pressed={on} onClick={() => client.update({ muted: on })}>
          {t.sound}
          <span aria-hidden="true">{on ? t.on : t.off}</span>
        </button>
      )}
      <button type="button" onClick={() => void download(client).then((ok) => setFailed(!ok))}>
        {t.download}
      </button>
      <p role="status">{failed ? t.failed : ''}</p>
    </div>
  );
}
