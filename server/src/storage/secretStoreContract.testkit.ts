import { describe, expect, it } from 'vitest'
import type { BoardId } from '@common-ground/shared'
import type { SecretStore } from './SecretStore.js'

export interface SecretStoreFactory {
  create(): Promise<SecretStore>
  /** Opens the same storage again, as a restarted server would; omit for memory stores. */
  reopen?(): Promise<SecretStore>
}

const A = 'board-a' as BoardId
const B = 'board-b' as BoardId

/** The behaviour every {@link SecretStore} adapter must have (R49). */
export function secretStoreContract(name: string, factory: SecretStoreFactory): void {
  describe(`${name} (secret store contract)`, () => {
    it('R49: keeps one value per board, scope and person, and replaces it on put', async () => {
      const store = await factory.create()
      expect(await store.get(A, 'rating:x', 'p1')).toBeNull()
      await store.put(A, 'rating:x', 'p1', { q: 1 })
      await store.put(A, 'rating:x', 'p1', { q: 2 })
      await store.put(A, 'rating:x', 'p2', { q: 3 })
      await store.put(A, 'rating:y', 'p1', { q: 4 })
      await store.put(B, 'rating:x', 'p1', { q: 5 })
      expect(await store.get(A, 'rating:x', 'p1')).toEqual({ q: 2 })
      expect(await store.list(A, 'rating:x')).toEqual(
        new Map([
          ['p1', { q: 2 }],
          ['p2', { q: 3 }],
        ]),
      )
      expect(await store.count(A, 'rating:x')).toBe(2)
      expect(await store.count(B, 'rating:y')).toBe(0)
      expect(await store.list(B, 'rating:y')).toEqual(new Map())
      await store.close()
    })

    it('R49: hands out copies, never its own objects', async () => {
      const store = await factory.create()
      const value = { q: [1, 2] }
      await store.put(A, 's', 'p', value)
      value.q.push(3)
      const read = (await store.get(A, 's', 'p')) as { q: number[] }
      read.q.push(4)
      expect(await store.get(A, 's', 'p')).toEqual({ q: [1, 2] })
      await store.close()
    })

    if (factory.reopen !== undefined) {
      const reopen = factory.reopen
      it('R49: keeps every value across a restart', async () => {
        const store = await factory.create()
        await store.put(A, 'rating:x', 'p1', { q: 1 })
        await store.close()
        const again = await reopen()
        expect(await again.get(A, 'rating:x', 'p1')).toEqual({ q: 1 })
        await again.close()
      })
    }
  })
}
