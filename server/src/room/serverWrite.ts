import type * as Y from 'yjs'
import { keyValueEntry, Y_RECORDS } from '@common-ground/shared'

/**
 * How the server writes records into a board's doc: as y-utility's YKeyValue on every
 * client does (delete the key's entry, push the new one), so every client's binding
 * reads the change as it reads any other. Call inside `Room.writeAsServer` only: the
 * change is validated, stored and relayed there (R42).
 */
export function putRecord(doc: Y.Doc, record: { id: string; [field: string]: unknown }): void {
  const records = doc.getArray(Y_RECORDS)
  doc.transact(() => {
    removeEntries(records, new Set([record.id]))
    records.push([{ key: record.id, val: record }])
  })
}

export function deleteRecords(doc: Y.Doc, keys: Iterable<string>): void {
  const records = doc.getArray(Y_RECORDS)
  doc.transact(() => removeEntries(records, new Set(keys)))
}

/** Deletes every entry whose key is in `keys`, last first so indexes stay true. */
function removeEntries(records: Y.Array<unknown>, keys: Set<string>): void {
  if (keys.size === 0) return
  const entries = records.toArray()
  for (let i = entries.length - 1; i >= 0; i--) {
    const kv = keyValueEntry(entries[i])
    if (kv !== null && keys.has(kv.key)) records.delete(i, 1)
  }
}
