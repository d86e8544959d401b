import type * as Y from 'yjs'
import {
  checkBoardRecord,
  checkSerializedSchema,
  createBoardSchema,
  jsonEqual,
  META_SCHEMA_KEY,
  Y_META,
  Y_RECORDS,
} from '@common-ground/shared'

type BoardSchema = ReturnType<typeof createBoardSchema>
type SerializedSchema = ReturnType<BoardSchema['serialize']>

let serverSchema: BoardSchema | null = null
function getServerSchema(): BoardSchema {
  return (serverSchema ??= createBoardSchema())
}

/**
 * How a board's stored schema compares with the server's (PROTOCOL.md R31):
 * - `current`: the same migrations; nothing to do.
 * - `missing`: none, or one no tldraw can read (a board written before R30, when clients
 *   wrote it). Its records were all checked against the server's schema as they arrived
 *   (R17), so the server's schema describes them.
 * - `older`: every migration sequence at or below the server's, some below or absent.
 * - `newer`: some sequence the server does not know, or a later version of one: written by
 *   a newer server; left untouched.
 */
export type SchemaAge = 'current' | 'missing' | 'older' | 'newer'

export function schemaAge(stored: unknown, ours: SerializedSchema): SchemaAge {
  const checked = checkSerializedSchema(stored)
  if (!checked.ok) return 'missing'
  const schema = checked.schema
  let behind = false
  for (const [sequence, version] of Object.entries(schema.sequences)) {
    const current = ours.sequences[sequence]
    if (current === undefined || typeof version !== 'number' || version > current) return 'newer'
    if (version < current) behind = true
  }
  for (const sequence of Object.keys(ours.sequences)) {
    if (!(sequence in schema.sequences)) behind = true
  }
  return behind ? 'older' : 'current'
}

export type SchemaWrite =
  { wrote: false; age: SchemaAge; problem?: string } | { wrote: true; age: SchemaAge }

/**
 * R31: brings `doc` to the server's schema, in the caller's transaction: writes the schema
 * when the board has none or an older one, and for an older one the records migrated to
 * it (each rewritten as y-utility's YKeyValue writes a key: its entries deleted, one new
 * entry pushed). A board with the current or a newer schema is left as it is, and so is
 * one whose records tldraw cannot migrate or whose migrated records fail `checkBoardRecord`
 * (its clients then say they cannot open it, as before).
 */
export function writeServerSchema(doc: Y.Doc): SchemaWrite {
  const schema = getServerSchema()
  const ours = schema.serialize()
  const meta = doc.getMap<unknown>(Y_META)
  const stored = meta.get(META_SCHEMA_KEY)
  const age = schemaAge(stored, ours)
  if (age === 'current' || age === 'newer') return { wrote: false, age }
  if (age === 'older') {
    const problem = migrateRecords(doc, schema, checkSerializedSchema(stored))
    if (problem !== null) return { wrote: false, age, problem }
  }
  meta.set(META_SCHEMA_KEY, ours)
  return { wrote: true, age }
}

function migrateRecords(
  doc: Y.Doc,
  schema: BoardSchema,
  stored: ReturnType<typeof checkSerializedSchema>,
): string | null {
  if (!stored.ok) return 'unreadable schema'
  const array = doc.getArray<{ key: string; val: unknown }>(Y_RECORDS)
  const entries = array.toArray()
  // Of several entries with one key, the rightmost wins (YKeyValue's rule).
  const records: Record<string, unknown> = {}
  const indexes = new Map<string, number[]>()
  entries.forEach((entry, index) => {
    records[entry.key] = entry.val
    indexes.set(entry.key, [...(indexes.get(entry.key) ?? []), index])
  })
  const migration = schema.migrateStoreSnapshot({
    store: records as never,
    schema: stored.schema,
  })
  if (migration.type === 'error') return `migration failed: ${migration.reason}`
  const migrated = migration.value as Record<string, unknown>
  const changed: { key: string; val: unknown }[] = []
  const gone: number[] = []
  for (const [key, val] of Object.entries(migrated)) {
    if (jsonEqual(records[key], val)) continue
    const result = checkBoardRecord(schema, key, val)
    if (!result.ok) return `migrated record ${key}: ${result.reason}`
    changed.push({ key, val })
    gone.push(...(indexes.get(key) ?? []))
  }
  for (const key of Object.keys(records)) {
    if (!(key in migrated)) gone.push(...(indexes.get(key) ?? []))
  }
  // From the end, so earlier indexes stay where they are.
  for (const index of gone.sort((a, b) => b - a)) array.delete(index, 1)
  if (changed.length > 0) array.push(changed)
  return null
}
