/** Made on the first chime: browsers allow audio only after the page has seen a gesture. */
let audio: AudioContext | null = null;

/** A short two-note chime from an oscillator: no audio file to download or cache. */
export function chime(): void {
  try {
    audio ??= new AudioContext();
    void audio.resume();
    const t = audio.currentTime;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.setValueAtTime(880, t);
    tone.frequency.setValueAtTime(660, t + 0.12);
    volume.gain.setValueAtTime(0.0001, t);
    volume.gain.exponentialRampToValueAtTime(0.2, t + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
    tone.connect(volume).connect(audio.destination);
    tone.start(t);
    tone.stop(t + 0.32);
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
