/**
 * Shared names asset kinds by tldraw colour name; the card needs a colour that white
 * text on it reads against (WCAG AA, 4.5:1), which tldraw's light palette does not give
 * for yellow or light red. These are darker tones of the same hues.
 */
const COLOURS: Record<string, string> = {
  blue: '#1c5bb8',
  orange: '#b04a00',
  violet: '#6741d9',
  'light-red': '#b02a4a',
  green: '#2b7a3b',
  grey: '#495057',
  yellow: '#7a5b00',
  'light-violet': '#862e9c',
}

export function kindColour(tldrawColour: string): string {
  return COLOURS[tldrawColour] ?? '#495057'
}
