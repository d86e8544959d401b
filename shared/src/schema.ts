import {
  createTLSchema,
  defaultBindingSchemas,
  defaultShapeSchemas,
  type TLSchema,
} from '@tldraw/tlschema'

/**
 * The tldraw schema of a board: tldraw's default shapes and bindings (Common Ground's
 * own shapes join here). The client's store and the server's validators both build
 * from this, so a record one side accepts the other accepts too.
 */
export function createBoardSchema(): TLSchema {
  return createTLSchema({ shapes: defaultShapeSchemas, bindings: defaultBindingSchemas })
}
