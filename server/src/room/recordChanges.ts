import * as Y from 'yjs'
import { keyValueEntry, Y_MOTION, Y_RECORDS, type RecordChange } from '@common-ground/shared'

/** What one transaction did to a board's records and motion entries. */
export interface BoardChanges {
  /** One per record key the transaction inserted, replaced or deleted. */
  records: RecordChange[]
  /** Motion entries it inserted (deleting one only ends a move, so it is not listed). */
  motion: { key: string; shape: unknown }[]
}

/**
 * Every live record of a board by key: what a record was before a change, for the write
 * policy (R35). Built once per doc from the records array, then kept up to date with
 * every accepted change, so a check costs what the update touches, not the board's
 * size. It belongs to one doc: a rebuilt doc gets a new index.
 */
export class RecordIndex {
  private readonly values = new Map<string, unknown>()

  constructor(doc: Y.Doc) {
    for (const entry of doc.getArray(Y_RECORDS).toArray()) {
      const kv = keyValueEntry(entry)
      if (kv !== null) this.values.set(kv.key, kv.val)
    }
  }

  get(key: string): unknown {
    return this.values.get(key) ?? null
  }

  apply(changes: BoardChanges): void {
    for (const { key, after } of changes.records) {
      if (after === null) this.values.delete(key)
      else this.values.set(key, after)
    }
  }
}

/**
 * Reads, inside `transaction` (before it ends: deleted content is collected only then),
 * which records it inserted and deleted, paired by key with their values before and
 * after. A record replaced the way YKeyValue does it (delete the old entry, push the new
 * one) is one change; a pushed entry for a key that is already live, without deleting
 * it, is a change too, its `before` read from `index`.
 */
export function collectChanges(
  doc: Y.Doc,
  transaction: Y.Transaction,
  index: RecordIndex,
): BoardChanges {
  const records = doc.share.get(Y_RECORDS)
  const motionRoot = doc.share.get(Y_MOTION)
  const isOld = (struct: Y.Item) =>
    struct.id.clock < (transaction.beforeState.get(struct.id.client) ?? 0)

  const before = new Map<string, unknown>()
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (!(struct instanceof Y.Item) || struct.parent !== records || !isOld(struct)) return
    forEachEntry(struct, (key, val) => before.set(key, val))
  })

  const after = new Map<string, unknown>()
  const motion: BoardChanges['motion'] = []
  for (const [client, structs] of doc.store.clients) {
    const start = transaction.beforeState.get(client) ?? 0
    const last = structs[structs.length - 1]
    if (last === undefined || last.id.clock + last.length <= start) continue
    for (let i = Y.findIndexSS(structs, start); i < structs.length; i++) {
      const struct = structs[i]!
      if (!(struct instanceof Y.Item) || struct.deleted) continue
      if (struct.parent === records) forEachEntry(struct, (key, val) => after.set(key, val))
      else if (struct.parent === motionRoot) {
        forEachEntry(struct, (key) => motion.push({ key, shape: null }))
      }
    }
  }

  const changes: RecordChange[] = []
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    changes.push({
      key,
      before: before.has(key) ? before.get(key) : index.get(key),
      after: after.get(key) ?? null,
    })
  }
  for (const entry of motion) entry.shape = index.get(entry.key) ?? after.get(entry.key) ?? null
  return { records: changes, motion }
}

function forEachEntry(item: Y.Item, f: (key: string, val: unknown) => void): void {
  if (!(item.content instanceof Y.ContentAny)) return
  for (const entry of item.content.arr as unknown[]) {
    const kv = keyValueEntry(entry)
    if (kv !== null) f(kv.key, kv.val)
  }
}
