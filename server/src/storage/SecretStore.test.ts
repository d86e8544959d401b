import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { MemorySecretStore } from './MemorySecretStore.js'
import { secretStoreContract } from './secretStoreContract.testkit.js'
import { SqliteBoardStore } from './SqliteBoardStore.js'
import { SqliteSecretStore } from './SqliteSecretStore.js'

secretStoreContract('MemorySecretStore', { create: async () => new MemorySecretStore() })

const dir = mkdtempSync(join(tmpdir(), 'cg-secrets-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
let file = ''
let files = 0
secretStoreContract('SqliteSecretStore', {
  create: async () => {
    file = join(dir, `secrets-${files++}.sqlite`)
    // Beside a board store on the same file, as the server runs them.
    await new SqliteBoardStore(file).close()
    return new SqliteSecretStore(file)
  },
  reopen: async () => new SqliteSecretStore(file),
})
