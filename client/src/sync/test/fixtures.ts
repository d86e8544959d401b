import {
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  toRichText,
  type IndexKey,
  type TLGeoShape,
  type TLPageId,
  type TLStore,
  type TLTextShape,
} from 'tldraw'
import {
  boardDocRoots,
  geoShapeRecord,
  openBoardDocument,
  readBoardRecords,
  readKeyValues,
  writeBoardSchema,
} from '@common-ground/shared'
import * as Y from 'yjs'

export const PAGE_ID = 'page:page' as TLPageId

/** A headless tldraw store, as the app creates it but without an editor. */
export function createTestStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
}

let serverSchemaUpdate: Uint8Array | null = null

/**
 * A board's doc as the server makes every board: its schema alone (server/PROTOCOL.md
 * R31). Each call applies the same update, so docs made by it share the one schema entry
 * as every client of one board does.
 */
export function serverMadeDoc(): Y.Doc {
  if (serverSchemaUpdate === null) {
    const server = new Y.Doc()
    server.clientID = 1
    writeBoardSchema(openBoardDocument(server), createTestStore().schema.serialize())
    serverSchemaUpdate = Y.encodeStateAsUpdate(server)
  }
  const doc = new Y.Doc()
  Y.applyUpdate(doc, serverSchemaUpdate)
  return doc
}

export function geoShape(name: string, x = 0, y = 0, index = 'a1'): TLGeoShape {
  const placed = { id: createShapeId(name), parentId: PAGE_ID, index: index as IndexKey, x, y }
  return geoShapeRecord(placed, { richText: toRichText(name) })
}

export function textShape(name: string, x = 0, y = 0): TLTextShape {
  return {
    id: createShapeId(name),
    typeName: 'shape',
    type: 'text',
    x,
    y,
    rotation: 0,
    index: 'a2' as IndexKey,
    parentId: PAGE_ID,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'black',
      size: 'm',
      w: 8,
      font: 'draw',
      textAlign: 'start',
      autoSize: true,
      scale: 1,
      richText: toRichText(name),
    },
  }
}

/** Counts the updates a doc emits. */
export function countUpdates(doc: Y.Doc): { total: () => number } {
  let total = 0
  doc.on('update', () => total++)
  return { total: () => total }
}

/** Copies everything `from` has that `to` lacks, as a relay would after reconnecting. */
export function syncDocs(from: Y.Doc, to: Y.Doc, origin: unknown = 'relay'): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), origin)
}

export function documentRecords(store: TLStore): Record<string, unknown> {
  return JSON.parse(JSON.stringify(store.serialize('document'))) as Record<string, unknown>
}

/** The board's records as readers see them: each stored value with its motion laid over. */
export function docRecords(doc: Y.Doc): Record<string, unknown> {
  return JSON.parse(JSON.stringify(readBoardRecords(doc))) as Record<string, unknown>
}

/** The doc's motion entries by shape id. */
export function docMotion(doc: Y.Doc): Record<string, unknown> {
  return Object.fromEntries(readKeyValues(boardDocRoots(doc).motion))
}

/** A clock and timer for a binding's `settleTimer` and `now`, moved by hand. */
export function createManualClock() {
  let time = 0
  const timers = new Set<{ at: number; task: () => void }>()
  return {
    now: () => time,
    settleTimer(ms: number, task: () => void) {
      const timer = { at: time + ms, task }
      timers.add(timer)
      return () => void timers.delete(timer)
    },
    /** Moves the clock on and runs every timer that has come due, in order. */
    advance(ms: number) {
      time += ms
      for (const timer of [...timers].sort((a, b) => a.at - b.at)) {
        if (timer.at > time || !timers.has(timer)) continue
        timers.delete(timer)
        timer.task()
      }
    },
  }
}
