import type { BoardId } from '@common-ground/shared'
import type { SecretStore } from './SecretStore.js'

/** A {@link SecretStore} in memory, for tests and for servers started on a memory store. */
export class MemorySecretStore implements SecretStore {
  /** board → scope → person → JSON text (stored as text, so callers never share objects). */
  private readonly boards = new Map<string, Map<string, Map<string, string>>>()

  async get(boardId: BoardId, scope: string, personId: string): Promise<unknown> {
    const text = this.boards.get(boardId)?.get(scope)?.get(personId)
    return text === undefined ? null : (JSON.parse(text) as unknown)
  }

  async put(boardId: BoardId, scope: string, personId: string, value: unknown): Promise<void> {
    let scopes = this.boards.get(boardId)
    if (scopes === undefined) this.boards.set(boardId, (scopes = new Map()))
    let people = scopes.get(scope)
    if (people === undefined) scopes.set(scope, (people = new Map()))
    people.set(personId, JSON.stringify(value))
  }

  async list(boardId: BoardId, scope: string): Promise<Map<string, unknown>> {
    const people = this.boards.get(boardId)?.get(scope) ?? new Map<string, string>()
    return new Map([...people].map(([person, text]) => [person, JSON.parse(text) as unknown]))
  }

  async count(boardId: BoardId, scope: string): Promise<number> {
    return this.boards.get(boardId)?.get(scope)?.size ?? 0
  }

  async close(): Promise<void> {}
}
