/**
 * The sound at zero: three short beeps made with WebAudio (no file to load). A person
 * may mute it; the choice is kept in this browser.
 */
const MUTED_KEY = 'cg.session.timerMuted'

export function isTimerMuted(): boolean {
  try {
    return window.localStorage.getItem(MUTED_KEY) === '1'
  } catch {
    return false
  }
}

export function setTimerMuted(muted: boolean): void {
  try {
    if (muted) window.localStorage.setItem(MUTED_KEY, '1')
    else window.localStorage.removeItem(MUTED_KEY)
  } catch {
    // Storage refused (private mode): the choice lasts until the page closes.
  }
}

let context: AudioContext | null = null

export function beep(): void {
  try {
    context ??= new AudioContext()
    const start = context.currentTime
    for (let i = 0; i < 3; i++) {
      const oscillator = context.createOscillator()
      const gain = context.createGain()
      oscillator.frequency.value = 880
      gain.gain.setValueAtTime(0.0001, start + i * 0.3)
      gain.gain.exponentialRampToValueAtTime(0.2, start + i * 0.3 + 0.02)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.3 + 0.2)
      oscillator.connect(gain).connect(context.destination)
      oscillator.start(start + i * 0.3)
      oscillator.stop(start + i * 0.3 + 0.22)
    }
  } catch {
    // No sound here (no WebAudio, or the browser blocked it): the visual cue remains.
  }
}
