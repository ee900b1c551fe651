/**
 * A short chime of two notes from an oscillator, no audio file to download: the widget's
 * new-message sound and the console's. Callers guard it (audio may be refused).
 */
export function twoNotes(ctx: AudioContext, notes: [number, number], peak: number): void {
  const t = ctx.currentTime;
  const tone = ctx.createOscillator();
  const gain = ctx.createGain();
  tone.frequency.setValueAtTime(notes[0], t);
  tone.frequency.setValueAtTime(notes[1], t + 0.1);
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.exponentialRampToValueAtTime(peak, t + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.3);
  tone.connect(gain).connect(ctx.destination);
  tone.start(t);
  tone.stop(t + 0.32);
}
