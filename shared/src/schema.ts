import {
  createTLSchema,
  defaultBindingSchemas,
  defaultShapeSchemas,
  type TLSchema,
} from '@tldraw/tlschema'
import { relationMigrations } from './coproduction/relationMigrations.js'
import { coproductionShapeSchemas } from './coproduction/shapes.js'

/**
 * The tldraw schema of a board: tldraw's default shapes and bindings and Common Ground's
 * co-production shapes. The client's store and the server's validators both build from
 * these, so a record one side accepts the other accepts too. The client's store must
 * register a ShapeUtil for every type in `coproductionShapeSchemas`, with the same
 * `props` and `migrations`, or its serialized schema differs from the board's.
 */
export function createBoardSchema(): TLSchema {
  return createTLSchema({
    shapes: { ...defaultShapeSchemas, ...coproductionShapeSchemas },
    bindings: defaultBindingSchemas,
    // Must match the client store's `migrations` (client/src/sync), like the shapes.
    migrations: [relationMigrations],
  })
}
