import { twoNotes } from './two-notes.ts';

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
    twoNotes(ctx, [880, 1320], 0.06);
  } catch {
    // As above: silence rather than an error.
  }
}
