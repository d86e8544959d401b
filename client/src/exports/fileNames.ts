/**
 * A download's name from the board's title and, for one frame, the frame's name:
 * "Asset map – Our skills.png". Characters file systems refuse become "-"; an empty
 * title falls back to `fallback`.
 */
export function downloadName(
  boardTitle: string,
  part: string | null,
  extension: string,
  fallback: string,
): string {
  const clean = (text: string) =>
    text
      .replace(/[/\\?%*:|"<>\p{Cc}]+/gu, '-')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80)
  const title = clean(boardTitle) || fallback
  const name = part === null || clean(part) === '' ? title : `${title} – ${clean(part)}`
  return `${name.replace(/^\.+/, '')}${extension}`
}
