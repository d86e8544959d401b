import * as Y from 'yjs'
import {
  addsToPrivateFrame,
  checkBoardRecord,
  checkMotionWrite,
  checkRecordWrite,
  CloseCode,
  checkMotionEntry,
  createBoardSchema,
  keyValueEntry,
  Y_META,
  Y_MOTION,
  Y_RECORDS,
  Y_ROOT_TYPES,
  type WriteRefusal,
  type WriteRule,
  type Writer,
} from '@common-ground/shared'
import { collectChanges, RecordIndex, type BoardChanges } from './recordChanges.js'

declare const checkedBrand: unique symbol
/** An update {@link UpdateValidator.check} accepted; only these are stored (R17). */
export type CheckedUpdate = Uint8Array & { readonly [checkedBrand]: true }

export type Verdict =
  | {
      ok: true
      update: CheckedUpdate
      /** False when the doc already held everything the update carries. */
      changed: boolean
      /** The records it changed, with their writer's view before and after (attribution). */
      changes: BoardChanges | null
    }
  | {
      ok: false
      reason: string
      /** InvalidRecord for an invalid change, the policy's code for a refused one (R35). */
      code: CloseCode
    }

/** The close code and words a writer gets for each rule of the write policy. */
const REFUSAL_CODES: Record<WriteRule, CloseCode> = {
  'read-only': CloseCode.Forbidden,
  locked: CloseCode.Locked,
  'not-yours': CloseCode.NotYours,
  'server-only': CloseCode.ServerOnly,
}

type BoardSchema = ReturnType<typeof createBoardSchema>

let boardSchema: BoardSchema | null = null
/** Built once per process: a schema is immutable, and building one validates every type. */
function getBoardSchema(): BoardSchema {
  return (boardSchema ??= createBoardSchema())
}

const ROOT_TYPES: ReadonlySet<string> = new Set(Y_ROOT_TYPES)

/** An empty board's doc, as the room holds one. */
export function boardDoc(): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  // Typed roots first, so items decoded later attach to these exact instances: the
  // inspection recognises a struct's parent by identity.
  doc.getArray(Y_RECORDS)
  doc.getMap(Y_META)
  doc.getArray(Y_MOTION)
  return doc
}

/**
 * Decides whether a client's update may enter a board (PROTOCOL.md R17, R18). It holds
 * no copy of the board: {@link check} applies the update to the room's doc in one
 * transaction and inspects every struct that transaction added, with its parent and
 * content resolved exactly as Yjs resolved them. Resolving structs without applying them
 * would mean re-implementing how Yjs finds an item's parent (origins, splits, parents in
 * the same update). The price is that a refused update has reached the doc, which the
 * caller must then discard (the room rebuilds it from the store).
 */
export class UpdateValidator {
  private readonly schema = getBoardSchema()
  /** Each doc's record index, made on the first write the policy checks (R35). */
  private readonly indexes = new WeakMap<Y.Doc, RecordIndex>()

  /**
   * Applies `update` to `doc` in one transaction with `origin`, and accepts it if
   * everything it added is a valid record entry or motion entry (the board's schema and
   * the rest of `meta` are the server's alone, R30), and, when `writer` is given, the
   * write policy allows every record it inserts, changes or deletes and every motion
   * entry it adds (R35–R41). The verdict is known before the transaction's 'update' event
   * fires. On refusal `doc` holds content that must not stay: discard it.
   */
  check(update: Uint8Array, doc: Y.Doc, origin: unknown = null, writer?: Writer): Verdict {
    const verdict = this.run(doc, origin, writer ?? null, () => Y.applyUpdate(doc, update, origin))
    return verdict.ok ? { ...verdict, update: update as CheckedUpdate } : verdict
  }

  /**
   * R42: the server's own change, made by `write` on `doc` and checked like a client's
   * (validators on, policy off: the server writes what only it may write). Accepted, the
   * verdict carries the update `write` made, to store and relay as any other.
   */
  checkServerWrite(doc: Y.Doc, write: () => void): Verdict {
    let made: Uint8Array | null = null
    const capture = (update: Uint8Array) => (made = update)
    doc.on('update', capture)
    try {
      const verdict = this.run(doc, SERVER_ORIGIN, null, write)
      if (!verdict.ok) return verdict
      return { ...verdict, update: (made ?? new Uint8Array()) as CheckedUpdate }
    } finally {
      doc.off('update', capture)
    }
  }

  /** A record as `doc` holds it now, or null: what commands read the board through. */
  recordOf(doc: Y.Doc, key: string): unknown {
    return this.indexOf(doc).get(key)
  }

  private indexOf(doc: Y.Doc): RecordIndex {
    let index = this.indexes.get(doc)
    if (index === undefined) {
      index = new RecordIndex(doc)
      this.indexes.set(doc, index)
    }
    return index
  }

  private run(
    doc: Y.Doc,
    origin: unknown,
    writer: Writer | null,
    apply: () => void,
  ):
    { ok: true; changed: boolean; changes: BoardChanges | null } | Extract<Verdict, { ok: false }> {
    const rootsBefore = new Set(doc.share.keys())
    let reason: string | null = null
    let refusal: WriteRefusal | null = null
    let changed = false
    let changes: BoardChanges | null = null
    const index = this.indexOf(doc)
    try {
      doc.transact((transaction) => {
        apply()
        const byServer = origin === SERVER_ORIGIN
        const added = this.inspect(doc, transaction, rootsBefore, byServer)
        if (typeof added === 'string') {
          reason = added
          return
        }
        if (!byServer && deletesMeta(doc, transaction)) {
          reason = `deletes from ${Y_META}`
          return
        }
        changed = added || transaction.deleteSet.clients.size > 0
        if (!changed) return
        changes = collectChanges(doc, transaction, index)
        if (writer !== null) refusal = policyRefusal(writer, changes, index)
      }, origin)
      // Missing dependencies: structs Yjs cannot place yet. R18 already held back updates
      // that wait for their own client's earlier changes, so what remains points at
      // content no client can have seen (every update is stored before it is relayed,
      // R3). Accepting it would store and relay content nobody validated, which a later
      // update could bring to life; so it is refused like any other invalid change.
      if (reason === null && (doc.store.pendingStructs || doc.store.pendingDs)) {
        reason = 'depends on changes the board does not have'
      }
    } catch (error) {
      reason = `unreadable update: ${String(error)}`
    }
    if (reason !== null) return { ok: false, reason, code: CloseCode.InvalidRecord }
    const refused = refusal as WriteRefusal | null
    if (refused !== null) {
      return { ok: false, reason: refused.detail, code: REFUSAL_CODES[refused.rule] }
    }
    const accepted = changes as BoardChanges | null
    if (accepted !== null) index.apply(accepted)
    return { ok: true, changed, changes: accepted }
  }

  /**
   * Why the structs `transaction` added are not acceptable; otherwise whether it added
   * any.
   */
  private inspect(
    doc: Y.Doc,
    transaction: Y.Transaction,
    rootsBefore: Set<string>,
    byServer: boolean,
  ): string | boolean {
    for (const name of doc.share.keys()) {
      if (!rootsBefore.has(name) && !ROOT_TYPES.has(name)) return `foreign root type "${name}"`
    }
    const roots = {
      records: doc.share.get(Y_RECORDS),
      motion: doc.share.get(Y_MOTION),
      meta: doc.share.get(Y_META),
    }
    let added = false
    for (const [client, structs] of doc.store.clients) {
      const before = transaction.beforeState.get(client) ?? 0
      const last = structs[structs.length - 1]
      if (last === undefined || last.id.clock + last.length <= before) continue
      added = true
      // Structs are stored in clock order and nothing merges until the transaction ends,
      // so everything from `before` on is new.
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const reason = this.inspectStruct(structs[i]!, roots, byServer)
        if (reason !== null) return reason
      }
    }
    return added
  }

  private inspectStruct(
    struct: Y.Item | Y.GC,
    roots: Record<'records' | 'motion' | 'meta', unknown>,
    byServer: boolean,
  ): string | null {
    // A GC struct is a range of collected, deleted content: nothing to see.
    if (struct instanceof Y.GC) return null
    const { parent, parentSub, content } = struct
    if (parent === roots.records) {
      if (parentSub !== null) return `keyed entry "${parentSub}" in ${Y_RECORDS}`
      return checkContent(content, (entry) => this.checkEntry(entry))
    }
    if (parent === roots.motion) {
      if (parentSub !== null) return `keyed entry "${parentSub}" in ${Y_MOTION}`
      return checkContent(content, checkMotionEntry)
    }
    // R30: the board's schema is the server's to write (boardSchema.ts); a client that
    // deleted or rewrote it could make the board unreadable for every browser.
    if (parent === roots.meta) {
      if (byServer) return null
      return `writes ${Y_META}.${String(parentSub)}: only the server does`
    }
    return 'content inside a nested or foreign type'
  }

  private checkEntry(entry: unknown): string | null {
    const kv = keyValueEntry(entry)
    if (kv === null) return 'a record entry that is not { key, val }'
    const result = checkBoardRecord(this.schema, kv.key, kv.val)
    return result.ok ? null : result.reason
  }
}

/** Whether `transaction` deleted any entry of the `meta` map (R30). */
function deletesMeta(doc: Y.Doc, transaction: Y.Transaction): boolean {
  const meta = doc.share.get(Y_META)
  let found = false
  Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
    if (struct instanceof Y.Item && struct.parent === meta) found = true
  })
  return found
}

/** The origin of the server's own transactions on a room's doc. */
export const SERVER_ORIGIN = Symbol('server')

/** The first change of `changes` the write policy refuses to `writer`, if any. */
function policyRefusal(
  writer: Writer,
  changes: BoardChanges,
  index: RecordIndex,
): WriteRefusal | null {
  for (const change of changes.records) {
    const refusal = checkRecordWrite(writer, change)
    if (refusal !== null) return refusal
    // R105: a private frame takes new cards only through `addHidden`.
    if (addsToPrivateFrame(change, (key) => index.get(key))) {
      return { rule: 'server-only', detail: `${change.key}: added to a private area` }
    }
  }
  for (const { key, shape } of changes.motion) {
    const refusal = checkMotionWrite(writer, key, shape)
    if (refusal !== null) return refusal
  }
  return null
}

/** Plain JSON values (ContentAny) only; content that arrived already deleted is empty. */
function checkContent(
  content: Y.Item['content'],
  checkValue: (value: unknown) => string | null,
): string | null {
  if (content instanceof Y.ContentDeleted) return null
  if (!(content instanceof Y.ContentAny)) return `${content.constructor.name} content`
  for (const value of content.arr as unknown[]) {
    const reason = checkValue(value)
    if (reason !== null) return reason
  }
  return null
}
