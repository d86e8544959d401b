import type { Locator, Page } from '@playwright/test'

/** The focused element's accessible-ish name: its label, aria-label or text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return ''
    const labelledBy = element.getAttribute('aria-labelledby')
    if (labelledBy) {
      return labelledBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim()
    }
    const inputLike = element as HTMLInputElement
    const label = inputLike.labels?.[0]?.textContent
    return (label ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim()
  })
}

/**
 * Presses Tab (or `key`) until the focused element's name matches `name`, as a keyboard
 * user moves through a page; fails after `max` presses.
 */
export async function tabTo(page: Page, name: RegExp, { key = 'Tab', max = 60 } = {}) {
  for (let i = 0; i < max; i++) {
    if (name.test(await focusedName(page))) return
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${String(name)}; last: ${await focusedName(page)}`)
}

/** Presses `key` until `target` has focus; fails after `max` presses. */
export async function pressUntilFocused(
  page: Page,
  target: Locator,
  { key = 'Tab', max = 60 } = {},
) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${String(target)}`)
}
