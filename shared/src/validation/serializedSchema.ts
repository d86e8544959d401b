import type { SerializedSchemaV2 } from '@tldraw/store'
import { isJsonObject } from './json.js'

export type SerializedSchemaCheck =
  { ok: true; schema: SerializedSchemaV2 } | { ok: false; reason: string }

/**
 * Checks the value a client writes at `meta.schema` (shared/src/document.ts): a version 2
 * tldraw schema, `{ schemaVersion: 2, sequences: { [id]: version } }`, which is all a
 * current client writes (`store.schema.serialize()`). Version 1 boards are only ever read,
 * and upgraded by the client that reads them.
 */
export function checkSerializedSchema(value: unknown): SerializedSchemaCheck {
  if (!isJsonObject(value)) return { ok: false, reason: 'schema is not a JSON object' }
  const { schemaVersion, sequences, ...rest } = value
  if (schemaVersion !== 2) return { ok: false, reason: `schema version ${String(schemaVersion)}` }
  if (Object.keys(rest).length > 0) {
    return { ok: false, reason: `unexpected schema fields ${Object.keys(rest).join(', ')}` }
  }
  if (!isJsonObject(sequences)) return { ok: false, reason: 'sequences is not an object' }
  for (const [sequence, version] of Object.entries(sequences)) {
    if (!Number.isSafeInteger(version) || (version as number) < 0) {
      return { ok: false, reason: `sequence ${sequence} has version ${String(version)}` }
    }
  }
  return { ok: true, schema: value as unknown as SerializedSchemaV2 }
}
