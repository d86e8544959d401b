import type { Page } from '@playwright/test'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

/** The parent of the note whose words are `text`, as the editor holds it. */
function parentOfNote(page: Page, text: string) {
  return page.evaluate((words) => {
    const editor = (
      window as unknown as {
        __commonGround: {
          editor: {
            getCurrentPageShapes(): { id: string; type: string; parentId: string }[]
            getShapeUtil(shape: unknown): { getText(shape: unknown): string | undefined }
            getShape(id: string): { type: string; props: { name?: string } } | undefined
          }
        }
      }
    ).__commonGround.editor
    const note = editor
      .getCurrentPageShapes()
      .find((shape) => shape.type === 'note' && editor.getShapeUtil(shape).getText(shape) === words)
    if (!note) return null
    const parent = editor.getShape(note.parentId)
    return parent?.type === 'frame' ? (parent.props.name ?? '') : 'page'
  }, text)
}

test('a sticky note is added, read, edited and moved to another frame through the outline, by keyboard alone', async ({
  server,
  newParticipantPage,
}) => {
  test.slow()
  const board = await createBoard(server.url, 'Workshop', 'full-workshop')
  const page = await newParticipantPage()
  const lin = new BoardPage(page, server.url)
  await lin.open(board.links.participant, { name: 'Lin', color: 'Blue' })

  await lin.views.toggle.focus()
  await page.keyboard.press('Enter')
  const assetsTab = page.getByRole('tab', { name: 'Assets' })
  await assetsTab.focus()
  // Outline is third from the end: Outline, Session, Export.
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  const outlineTab = page.getByRole('tab', { name: 'Outline' })
  await expect(outlineTab).toBeFocused()
  await page.keyboard.press('Enter')
  const outline = page.getByTestId('outline-view')
  await expect(outline.getByRole('heading', { name: 'Everything on the board' })).toBeVisible()

  const sections = outline.getByTestId('outline-section')
  const first = sections.nth(0)
  const second = sections.nth(1)
  const firstTitle = (await first.getByRole('heading').textContent()) ?? ''
  const secondTitle = (await second.getByRole('heading').textContent()) ?? ''

  // Add: type in the first frame's new-note field and press Enter.
  await first.getByTestId('outline-new-note').focus()
  await page.keyboard.type('Bring the bus timetable')
  await page.keyboard.press('Enter')
  const item = first.getByTestId('outline-item').filter({ hasText: 'Bring the bus timetable' })
  await expect(item).toContainText('Sticky note: Bring the bus timetable')
  await expect(page.getByTestId('panel-announcement')).toHaveText(
    `Sticky note added to ${firstTitle}.`,
  )
  await expect.poll(() => parentOfNote(page, 'Bring the bus timetable')).toBe(firstTitle)

  // Edit: Edit, change the words, Tab to Save.
  await item.getByRole('button', { name: 'Edit' }).focus()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+A')
  await page.keyboard.type('Bring the timetable for route 7')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  const edited = first.getByTestId('outline-item').filter({ hasText: 'route 7' })
  await expect(edited).toContainText('Sticky note: Bring the timetable for route 7')
  await expect.poll(() => parentOfNote(page, 'Bring the timetable for route 7')).toBe(firstTitle)

  // Move: choose the second frame in "Move to", then Move.
  const picker = edited.getByRole('combobox')
  await picker.focus()
  await picker.selectOption({ label: secondTitle })
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(second.getByTestId('outline-item').filter({ hasText: 'route 7' })).toBeVisible()
  await expect(first.getByTestId('outline-item').filter({ hasText: 'route 7' })).toHaveCount(0)
  await expect(page.getByTestId('panel-announcement')).toHaveText(`Moved to ${secondTitle}.`)
  await expect.poll(() => parentOfNote(page, 'Bring the timetable for route 7')).toBe(secondTitle)

  // Remove.
  await second
    .getByTestId('outline-item')
    .filter({ hasText: 'route 7' })
    .getByRole('button', { name: 'Remove' })
    .focus()
  await page.keyboard.press('Enter')
  await expect(outline.getByText('route 7')).toHaveCount(0)
  await expect.poll(() => parentOfNote(page, 'Bring the timetable for route 7')).toBeNull()
})
