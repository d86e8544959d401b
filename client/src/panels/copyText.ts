/**
 * Copies text to the clipboard. `navigator.clipboard` exists only on https or localhost;
 * a workshop server on a local network is often plain http, so fall back to the older
 * `execCommand('copy')`, which still works there. Resolves false if neither does.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard) {
    try {
      await navigator.clipboard.writeText(text)
      return true
    } catch {
      // Permission refused: try the fallback.
    }
  }
  const previousFocus = document.activeElement
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  let copied = false
  try {
    copied = document.execCommand('copy')
  } catch {
    copied = false
  }
  area.remove()
  if (previousFocus instanceof HTMLElement) previousFocus.focus()
  return copied
}
