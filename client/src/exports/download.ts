/** Hands a file made in the page to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the URL; let it finish before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
