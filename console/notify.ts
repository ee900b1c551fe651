import { twoNotes } from '../widget/chat/two-notes.ts';

/** Made on the first chime: browsers allow audio only after the page has seen a gesture. */
let audio: AudioContext | null = null;

/** A short two-note chime from an oscillator: no audio file to download or cache. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    twoNotes(audio, [880, 660], 0.2);
  } catch {
    // No audio device, or the browser refused: the badge and the title still tell.
  }
}

export function notificationsSupported(): boolean {
  return typeof Notification !== 'undefined';
}

/**
 * A desktop notification, only when the agent allowed them and is not looking at the
 * console (there, the sound and the badge are enough). Clicking it brings the tab forward.
 */
export function desktopNotify(title: string, body: string, tag: string, onClick: () => void): void {
  if (!notificationsSupported() || Notification.permission !== 'granted') return;
  if (document.visibilityState === 'visible' && document.hasFocus()) return;
  const n = new Notification(title, { body, tag });
  n.onclick = () => {
    window.focus();
    onClick();
    n.close();
  };
}

/** The tab title with the unread count in front, so a background tab shows it too. */
export function titleWith(unread: number, product: string): string {
  return unread > 0 ? `(${unread}) ${product}` : product;
}
