import * as Y from 'yjs'
import {
  checkBoardRecord,
  checkSerializedSchema,
  createBoardSchema,
  isJsonObject,
  META_SCHEMA_KEY,
  Y_META,
  Y_RECORDS,
  Y_ROOT_TYPES,
} from '@common-ground/shared'

declare const checkedBrand: unique symbol
/** An update {@link UpdateValidator.check} accepted; only these are stored (R17). */
export type CheckedUpdate = Uint8Array & { readonly [checkedBrand]: true }

export type Verdict = { ok: true; update: CheckedUpdate } | { ok: false; reason: string }

type BoardSchema = ReturnType<typeof createBoardSchema>

let boardSchema: BoardSchema | null = null
/** Built once per process: a schema is immutable, and building one validates every type. */
function getBoardSchema(): BoardSchema {
  return (boardSchema ??= createBoardSchema())
}

const ROOT_TYPES: ReadonlySet<string> = new Set(Y_ROOT_TYPES)

/**
 * Decides whether a client's update may enter a board without touching the room's doc
 * (PROTOCOL.md R17). It keeps a replica: a second Y.Doc equal to the room's doc. An update
 * is applied to the replica in one transaction and every struct the transaction added is
 * inspected, with its parent and content resolved exactly as Yjs resolved them. If it is
 * refused, the replica is rebuilt from the room's doc, so the two stay equal either way.
 *
 * Cost: the replica holds a second copy of the board (about the room doc's memory again),
 * and each update is integrated twice. Resolving structs against the room doc's store
 * without applying them would avoid the copy, but would have to re-implement how Yjs
 * finds an item's parent (origins, splits, parents in the same update); this is the
 * correct version first.
 */
export class UpdateValidator {
  private replica: Y.Doc
  private readonly schema = getBoardSchema()

  constructor() {
    this.replica = emptyBoard()
  }

  /** Makes the replica equal to `doc` again; after loading, or after a refused update. */
  reset(doc: Y.Doc): void {
    this.replica.destroy()
    this.replica = emptyBoard()
    Y.applyUpdate(this.replica, Y.encodeStateAsUpdate(doc))
  }

  destroy(): void {
    this.replica.destroy()
  }

  /**
   * True when `update` builds on changes of its own clients, or deletes content, that the
   * room has not received: it cannot be integrated yet (R18).
   */
  isAhead(update: Uint8Array): boolean {
    const known = Y.decodeStateVector(Y.encodeStateVector(this.replica))
    const { from, to } = Y.parseUpdateMeta(update)
    for (const [client, clock] of from) if (clock > (known.get(client) ?? 0)) return true
    for (const [client, deletions] of Y.decodeUpdate(update).ds.clients) {
      const end = Math.max(known.get(client) ?? 0, to.get(client) ?? 0)
      if (deletions.some(({ clock, len }) => clock + len > end)) return true
    }
    return false
  }

  /**
   * Applies `update` to the replica and accepts it if everything it adds is a valid
   * record entry or the board's schema. Deletions are always acceptable. On refusal the
   * replica is rebuilt from `roomDoc`, which the update never reached.
   */
  check(update: Uint8Array, roomDoc: Y.Doc): Verdict {
    const replica = this.replica
    const rootsBefore = new Set(replica.share.keys())
    let reason: string | null = null
    try {
      replica.transact((transaction) => {
        Y.applyUpdate(replica, update)
        reason = this.inspect(transaction, rootsBefore)
      })
      // Missing dependencies: structs Yjs cannot place yet. R18 already held back updates
      // that wait for their own client's earlier changes, so what remains points at
      // content no client can have seen (every update is stored before it is relayed,
      // R3). Accepting it would store and relay content nobody validated, which a later
      // update could bring to life; so it is refused like any other invalid change.
      if (reason === null && (replica.store.pendingStructs || replica.store.pendingDs)) {
        reason = 'depends on changes the board does not have'
      }
    } catch (error) {
      reason = `unreadable update: ${String(error)}`
    }
    if (reason !== null) {
      this.reset(roomDoc)
      return { ok: false, reason }
    }
    return { ok: true, update: update as CheckedUpdate }
  }

  /** Returns why the structs `transaction` added are not acceptable, or null. */
  private inspect(transaction: Y.Transaction, rootsBefore: Set<string>): string | null {
    for (const name of this.replica.share.keys()) {
      if (!rootsBefore.has(name) && !ROOT_TYPES.has(name)) return `foreign root type "${name}"`
    }
    for (const [client, structs] of this.replica.store.clients) {
      const before = transaction.beforeState.get(client) ?? 0
      const last = structs[structs.length - 1]
      if (last === undefined || last.id.clock + last.length <= before) continue
      // Structs are stored in clock order and nothing merges until the transaction ends,
      // so everything from `before` on is new.
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const reason = this.inspectStruct(structs[i]!)
        if (reason !== null) return reason
      }
    }
    return null
  }

  private inspectStruct(struct: Y.Item | Y.GC): string | null {
    // A GC struct is a range of collected, deleted content: nothing to see.
    if (struct instanceof Y.GC) return null
    const { parent, parentSub, content } = struct
    if (parent === this.replica.share.get(Y_RECORDS)) {
      if (parentSub !== null) return `keyed entry "${parentSub}" in ${Y_RECORDS}`
      return checkContent(content, (entry) => this.checkEntry(entry))
    }
    if (parent === this.replica.share.get(Y_META)) {
      if (parentSub !== META_SCHEMA_KEY) return `unknown ${Y_META} key "${String(parentSub)}"`
      return checkContent(content, (value) => {
        const result = checkSerializedSchema(value)
        return result.ok ? null : `${Y_META}.${META_SCHEMA_KEY}: ${result.reason}`
      })
    }
    return 'content inside a nested or foreign type'
  }

  private checkEntry(entry: unknown): string | null {
    if (!isJsonObject(entry)) return 'a record entry that is not an object'
    const { key, val, ...rest } = entry
    if (typeof key !== 'string' || Object.keys(rest).length > 0) {
      return 'a record entry that is not { key, val }'
    }
    const result = checkBoardRecord(this.schema, key, val)
    return result.ok ? null : result.reason
  }
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

function emptyBoard(): Y.Doc {
  const doc = new Y.Doc({ gc: true })
  // Typed roots first, so items decoded later attach to these exact instances.
  doc.getArray(Y_RECORDS)
  doc.getMap(Y_META)
  return doc
}
