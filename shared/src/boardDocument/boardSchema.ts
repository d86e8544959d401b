import type { TLSchema } from '@tldraw/tlschema'
import { createBoardSchema } from '../schema.js'

let schema: TLSchema | null = null

/**
 * The board schema, built once per process: building it walks every shape's props and
 * migrations, and every reader and writer of board documents needs the same one.
 * A tldraw store that needs its own instance still calls `createBoardSchema()`.
 */
export function boardSchema(): TLSchema {
  return (schema ??= createBoardSchema())
}
