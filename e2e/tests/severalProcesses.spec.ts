import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { BoardPage } from '../pages/BoardPage.js'
import { createBoard } from '../support/boards.js'
import { expect, test } from '../support/fixtures.js'
import { startServer, type TestServer } from '../support/server.js'

/**
 * Two server processes on one PostgreSQL and one Redis (README "Several processes"), each
 * browser on a different one, as a load balancer without stickiness would place them.
 * E2E_DATABASE_URL and E2E_REDIS_URL default to the services `.ci/run` starts; the test
 * works in a schema of its own and drops it.
 */
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379'

test('two browsers on two processes of one board see each other’s shapes and cursors', async ({
  newParticipantPage,
}) => {
  const schema = `cg_e2e_${randomBytes(4).toString('hex')}`
  const env = {
    DATABASE_URL,
    REDIS_URL,
    DATABASE_SCHEMA: schema,
    REDIS_PREFIX: `${schema}:`,
    PERSON_SECRET: randomBytes(24).toString('base64url'),
    BOARD_CREATIONS_PER_MINUTE: '10000',
  }
  const servers: TestServer[] = []
  try {
    servers.push(await startServer({ env }))
    servers.push(await startServer({ env }))
    const [one, two] = servers as [TestServer, TestServer]
    const board = await createBoard(one.url)
    const onTwo = (link: string) => link.replace(one.url, two.url)

    const ada = new BoardPage(await newParticipantPage(), one.url)
    const grace = new BoardPage(await newParticipantPage(), two.url)
    await ada.open(board.links.facilitator, { name: 'Ada', color: 'Red' })
    await grace.open(onTwo(board.links.participant), { name: 'Grace', color: 'Plum' })

    const drawn = await ada.drawRectangle({ x: 400, y: 250 }, { x: 560, y: 350 })
    await expect(grace.shapeElement(drawn.id)).toBeVisible()
    await expect
      .poll(async () => (await grace.shapes()).map(({ id, x, y }) => ({ id, x, y })))
      .toEqual([{ id: drawn.id, x: drawn.x, y: drawn.y }])

    await ada.pointAt({ x: 300, y: 500 })
    await grace.pointAt({ x: 700, y: 450 })
    await expect(ada.collaboratorNameTag('Grace')).toBeVisible()
    await expect(grace.collaboratorNameTag('Ada')).toBeVisible()
    expect(await ada.cursorNames()).toEqual(['Grace'])
    expect(await grace.cursorNames()).toEqual(['Ada'])
  } finally {
    for (const server of servers) await server.dispose()
    const client = new pg.Client({ connectionString: DATABASE_URL })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)
    await client.end()
  }
})
