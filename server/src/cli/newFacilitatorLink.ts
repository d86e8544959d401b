import { join } from 'node:path'
import { isBoardId, ROTATABLE_ROLES } from '@common-ground/shared'
import { boardLinks, boardTokens, hashToken, newFacilitatorToken } from '../auth/linkTokens.js'
import { readConfig } from '../config.js'
import { SQLITE_FILE } from '../startServer.js'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.js'

/**
 * `node server/dist/cli/newFacilitatorLink.js <board id> [https://your.server]`
 *
 * For a facilitator who lost their link (A28): the server's operator gives the board a
 * new facilitator token and prints the new links. The old facilitator link stops working.
 * The participant and observer links are derived from the facilitator token (A1), so they
 * change too; their rotation counts stay. People already on the board stay connected until
 * they reconnect, then need a new link. Reads DATA_DIR like the server and may run while it
 * does. `origin` defaults to PUBLIC_URL, then `http://localhost:<PORT>`.
 */

const USAGE = 'Usage: node server/dist/cli/newFacilitatorLink.js <board id> [https://your.server]'

async function main(args: string[]): Promise<number> {
  const [id, rawOrigin] = args
  if (!isBoardId(id)) {
    console.error(USAGE)
    return 2
  }
  const config = readConfig(process.env)
  const origin = (
    rawOrigin ??
    config.publicUrl ??
    `http://localhost:${config.port || 8080}`
  ).replace(/\/+$/, '')
  const store = new SqliteBoardStore(join(config.dataDir, SQLITE_FILE))
  try {
    const board = await store.boards.getBoard(id)
    if (board === null) {
      console.error(
        `There is no board ${id} in ${config.dataDir}. A board without links can be given some with cli/adoptBoard.js.`,
      )
      return 1
    }
    const rotations = { ...board.rotations, facilitator: board.rotations.facilitator + 1 }
    const tokens = boardTokens(newFacilitatorToken(), rotations)
    // The facilitator's hash goes last: until then the old link still manages the board.
    for (const role of ROTATABLE_ROLES) {
      await store.boards.setTokenHash(id, role, hashToken(tokens[role]), rotations[role])
    }
    await store.boards.setTokenHash(
      id,
      'facilitator',
      hashToken(tokens.facilitator),
      rotations.facilitator,
    )
    const links = boardLinks(origin, id, tokens)
    console.log(`Board ${id} ("${board.title}") has a new facilitator link:`)
    console.log(`facilitator  ${links.facilitator}`)
    console.log('The old facilitator link no longer works. Give this one only to the facilitator.')
    console.log('The participant and observer links changed with it:')
    console.log(`participant  ${links.participant}`)
    console.log(`observer     ${links.observer}`)
    return 0
  } finally {
    await store.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`newFacilitatorLink failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
