import type { BoardId } from '@common-ground/shared'

/**
 * What the server keeps for a board outside its shared document (PROTOCOL.md R49):
 * values that belong to one person and that nobody else may see, such as one person's
 * answers on a six-elements check. A value sits under a board, a scope (what it is
 * about, e.g. `rating:<checkId>`) and a person, and is plain JSON. Nothing here ever
 * reaches a client but the person's own values (through a command) and what the server
 * derives from all of them (the totals it writes into the board).
 *
 * Its own interface, beside {@link BoardStore}: the board log is shared with every
 * client, these values with nobody.
 */
export interface SecretStore {
  /** `personId`'s value under `scope`, or null if they have none. */
  get(boardId: BoardId, scope: string, personId: string): Promise<unknown>
  /** Sets (replaces) `personId`'s value under `scope`. */
  put(boardId: BoardId, scope: string, personId: string, value: unknown): Promise<void>
  /** Every person's value under `scope`, by person. */
  list(boardId: BoardId, scope: string): Promise<Map<string, unknown>>
  /** How many people hold a value under `scope`. */
  count(boardId: BoardId, scope: string): Promise<number>
  close(): Promise<void>
}
