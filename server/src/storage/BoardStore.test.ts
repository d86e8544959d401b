import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { boardStoreContract } from './boardStoreContract.testkit.js'
import { MemoryBoardStore } from './MemoryBoardStore.js'
import { SqliteBoardStore } from './SqliteBoardStore.js'

boardStoreContract('MemoryBoardStore', { create: async () => new MemoryBoardStore() })

const dir = mkdtempSync(join(tmpdir(), 'cg-store-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let file = ''
let files = 0
boardStoreContract('SqliteBoardStore', {
  create: async () => {
    file = join(dir, `board-${files++}.sqlite`)
    return new SqliteBoardStore(file)
  },
  reopen: async () => new SqliteBoardStore(file),
})
