import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'

test('assets, people and connections added on the canvas and in the panel reach the other browser', async ({
  server,
  newParticipantPage,
}) => {
  const board = await createBoard(server.url, 'Lunch club')
  const ada = new BoardPage(await newParticipantPage(), server.url)
  const grace = new BoardPage(await newParticipantPage(), server.url)
  await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
  await grace.open(board.links.participant, {
    name: 'Grace',
    color: 'Plum',
    takesPartAs: 'Person using services',
  })

  // On the canvas: Ada adds an asset and a person, then draws an arrow between them and
  // says what it means with the relation picker.
  await ada.addAssetOnCanvas('Community kitchen', 'Place')
  await ada.addPersonOnCanvas('Sam', 'Professional')
  await ada.drawArrowBetween(ada.personCard('Sam'), ada.assetCard('Community kitchen'))
  await expect(ada.relationPicker).toBeVisible()
  await ada.relationPicker.getByRole('button', { name: 'supports' }).click()
  await expect(ada.relationPicker.getByRole('button', { name: 'supports' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )

  // Grace sees all three, on her canvas and in her panel.
  await expect(grace.assetCard('Community kitchen')).toBeVisible()
  await expect(grace.assetCard('Community kitchen')).toContainText('Place')
  await expect(grace.personCard('Sam')).toBeVisible()
  await grace.views.show('Assets')
  await expect(grace.views.assetRow('Community kitchen')).toContainText('Place')
  await expect(grace.views.assetRow('Community kitchen')).toContainText('Ada')
  await grace.views.show('People and connections')
  await expect.poll(() => grace.views.connections()).toEqual(['Sam | supports | Community kitchen'])
  await expect(grace.views.personRow('Sam')).toContainText('1')

  // In the panel: Grace adds herself in one press, an asset and a connection.
  await grace.views.addMyselfButton.click()
  await expect(grace.views.personRow('Grace')).toContainText('Person using services')
  await expect(grace.views.personRow('Grace')).toContainText('Isolated')
  await grace.views.addAsset({ title: 'Cooking skills', kind: 'Skill', heldBy: 'Grace' })
  await grace.views.addConnection('Grace (person)', 'learns from', 'Sam (person)')
  await expect(grace.views.personRow('Grace')).not.toContainText('Isolated')

  // Ada sees them on her canvas, laid out apart, and in her own panel.
  await expect(ada.personCard('Grace')).toBeVisible()
  await expect(ada.assetCard('Cooking skills')).toBeVisible()
  const boxes = await Promise.all(
    [ada.personCard('Grace'), ada.assetCard('Cooking skills'), ada.personCard('Sam')].map((card) =>
      card.boundingBox(),
    ),
  )
  const centres = boxes.map((box) => `${Math.round(box!.x)},${Math.round(box!.y)}`)
  expect(new Set(centres).size).toBe(3)
  await ada.views.show('People and connections')
  await expect
    .poll(async () => (await ada.views.connections()).sort())
    .toEqual(['Grace | learns from | Sam', 'Sam | supports | Community kitchen'])
  const arrowLabels = await ada.page.locator('.tl-shape[data-shape-type="arrow"]').allInnerTexts()
  expect(arrowLabels.map((text) => text.trim()).sort()).toEqual(['learns from', 'supports'])
})
