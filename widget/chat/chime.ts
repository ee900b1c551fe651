/**
 * The new-message sound: two short, quiet notes made with WebAudio (no file to download).
 * Browsers keep audio off until the visitor has used the page, so the context is made on a
 * gesture and anything refused is ignored: a missing chime must never break the chat.
 */

/** Whether a new bot or agent message should chime: only when the visitor may not see it. */
export function wantsChime(a: {
  site: boolean;
  muted: boolean;
  hidden: boolean;
  open: boolean;
}): boolean {
  return a.site && !a.muted && (a.hidden || !a.open);
}

let ctx: AudioContext | null = null;

/** Called on the visitor's gestures: makes or resumes the audio context while allowed. */
export function wake(): void {
  try {
    ctx ??= new AudioContext();
    if (ctx.state === 'suspended') ctx.resume().catch(() => undefined);
  } catch {
    // No WebAudio, or refused: the chat stays silent.
  }
}

export function chime(): void {
  if (ctx?.state !== 'running') return;
  try {
    const t = ctx.currentTime;
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.frequency.setValueAtTime(880, t);
    tone.frequency.setValueAtTime(1320, t + 0.1);
    gain.gain.setValueAtTime(0.0001, t);
    gain.gain.exponentialRampToValueAtTime(0.06, t + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
    tone.connect(gain).connect(ctx.destination);
    tone.start(t);
    tone.stop(t + 0.32);
  } catch {
    // As above: silence rather than an error.
  }
}
