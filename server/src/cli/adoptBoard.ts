import { join } from 'node:path'
import { isBoardId, MAX_BOARD_TITLE_LENGTH } from '@common-ground/shared'
import { boardLinks, newBoardCredentials } from '../auth/linkTokens.js'
import { readConfig } from '../config.js'
import { SQLITE_FILE } from '../startServer.js'
import { hasStoredContent } from '../storage/BoardStore.js'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.js'

/**
 * `node server/dist/cli/adoptBoard.js <board id> "<title>" [origin]`
 *
 * Boards made before links existed have an update log but no record, so no link opens
 * them. This gives such a board a record and prints its three links (the only time they
 * are shown: the server keeps hashes). It reads DATA_DIR like the server and may run while
 * the server does. `origin` is the address people use, default `http://localhost:<PORT>`.
 */

const USAGE = 'Usage: node server/dist/cli/adoptBoard.js <board id> "<title>" [https://your.server]'

async function main(args: string[]): Promise<number> {
  const [id, rawTitle, rawOrigin] = args
  const title = rawTitle?.trim() ?? ''
  if (!isBoardId(id) || title.length === 0 || title.length > MAX_BOARD_TITLE_LENGTH) {
    console.error(USAGE)
    return 2
  }
  const config = readConfig(process.env)
  const origin = (rawOrigin ?? `http://localhost:${config.port || 8080}`).replace(/\/+$/, '')
  const store = new SqliteBoardStore(join(config.dataDir, SQLITE_FILE))
  try {
    if ((await store.boards.getBoard(id)) !== null) {
      console.error(`Board ${id} already has links. Its facilitator can see and rotate them.`)
      return 1
    }
    if (!(await hasStoredContent(store, id))) {
      console.error(`Warning: board ${id} has no stored content in ${config.dataDir}.`)
    }
    const credentials = newBoardCredentials()
    await store.boards.createBoard({ id, title, ...credentials })
    const links = boardLinks(origin, id, credentials.tokens)
    console.log(`Board ${id} ("${title}") can now be opened with these links:`)
    console.log(`facilitator  ${links.facilitator}`)
    console.log(`participant  ${links.participant}`)
    console.log(`observer     ${links.observer}`)
    console.log('Keep the facilitator link private: it manages the other two.')
    return 0
  } finally {
    await store.close()
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`adoptBoard failed: ${(error as Error).message}`)
    process.exit(1)
  },
)
