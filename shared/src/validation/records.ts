import type { TLRecord, TLSchema } from '@tldraw/tlschema'
import { isJsonObject } from './json.js'

export type RecordCheck = { ok: true; record: TLRecord } | { ok: false; reason: string }

/**
 * Decides whether `value`, found in a board's doc under `key`, may be a record of the
 * board. The server runs it on every record a client writes and the client on every
 * record it reads, so both sides refuse the same things:
 * - only document-scope types (shapes, bindings, pages, assets, the document, users);
 *   instance, camera, pointer, page state and presence are one person's session, never
 *   the board's;
 * - the record is stored under its own id;
 * - it is plain JSON, its `meta` a JSON object, and the type's validator accepts it.
 *
 * Pure and total: it never throws, whatever `value` is.
 */
export function checkBoardRecord(schema: TLSchema, key: string, value: unknown): RecordCheck {
  try {
    return check(schema, key, value)
  } catch (error) {
    // Only a hostile object (a throwing getter, say) gets here; the doc never holds one.
    return fail(`unreadable record: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function check(schema: TLSchema, key: string, value: unknown): RecordCheck {
  if (!isJsonObject(value)) return fail('not a JSON object')
  const { id, typeName, meta } = value
  if (id !== key) return fail(`stored under ${key} but has id ${String(id)}`)
  if (typeof typeName !== 'string' || !Object.hasOwn(schema.types, typeName)) {
    return fail(`unknown record type ${String(typeName)}`)
  }
  const recordType = schema.types[typeName as TLRecord['typeName']]
  if (recordType.scope !== 'document') {
    return fail(`${typeName} records are ${recordType.scope} state, not part of a board`)
  }
  if (!isJsonObject(meta)) return fail('meta is not a JSON object')
  try {
    return { ok: true, record: recordType.validate(value) as TLRecord }
  } catch (error) {
    return fail(`invalid ${typeName}: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const fail = (reason: string): RecordCheck => ({ ok: false, reason })
