import type { SerializedSchema, SerializedSchemaV2 } from 'tldraw'

/**
 * Reads the schema a board stores in its meta map. The value came over the network, so
 * it is checked for shape before tldraw's migration code sees it.
 */
export function readSerializedSchema(value: unknown): SerializedSchema | null {
  if (typeof value !== 'object' || value === null) return null
  const candidate = value as Record<string, unknown>
  if (candidate.schemaVersion === 2) {
    return isVersionTable(candidate.sequences) ? (value as SerializedSchemaV2) : null
  }
  if (candidate.schemaVersion === 1) {
    // tldraw v1 boards; tldraw's own upgradeSchema() validates the details.
    return isVersionTable(candidate.recordVersions) ? (value as SerializedSchema) : null
  }
  return null
}

function isVersionTable(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * True when a board was written by a newer client than this one: it names a migration
 * sequence this client does not know, or a later version of one it knows. Such a board
 * cannot be migrated down, and writing to it with old records would corrupt it.
 *
 * tldraw's own `migrateStoreSnapshot` reports this case only as a generic
 * "migration-error", indistinguishable from a broken migration, hence this check.
 */
export function isSchemaNewer(board: SerializedSchema, client: SerializedSchemaV2): boolean {
  if (board.schemaVersion !== 2) return false
  for (const [sequenceId, version] of Object.entries(board.sequences)) {
    const ours = client.sequences[sequenceId]
    if (ours === undefined || typeof version !== 'number' || version > ours) return true
  }
  return false
}
