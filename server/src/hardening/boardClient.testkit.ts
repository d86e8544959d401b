import { onTestFinished } from 'vitest'
import { WebSocket, type ClientOptions } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import {
  apiPaths,
  BEARER_PREFIX,
  createBoardSchema,
  tokenFromHash,
  wsServerUrl,
  Y_RECORDS,
  type BoardId,
  type CreateBoardResponse,
  type Role,
} from '@common-ground/shared'

/** A board made through `POST /api/boards`, with the token of each role's link. */
export interface TestBoard {
  id: BoardId
  tokens: Record<Role, string>
}

/** Creates a board as the home page does and reads each link's token from its fragment. */
export async function createBoard(url: string, title = 'Hardening'): Promise<TestBoard> {
  const response = await fetch(new URL(apiPaths.boards, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  if (response.status !== 201) {
    throw new Error(`POST /api/boards answered ${response.status}: ${await response.text()}`)
  }
  const body = (await response.json()) as CreateBoardResponse
  const token = (role: Role) => {
    const found = tokenFromHash(new URL(body.links[role]).hash)
    if (found === null) throw new Error(`no token in the ${role} link ${body.links[role]}`)
    return found
  }
  return {
    id: body.id,
    tokens: {
      facilitator: token('facilitator'),
      participant: token('participant'),
      observer: token('observer'),
    },
  }
}

/** ws options that authenticate a socket with a link token, as non-browser clients do. */
export function bearer(token: string): ClientOptions {
  return { headers: { Authorization: `${BEARER_PREFIX}${token}` } }
}

/**
 * A `WebSocket` class for y-websocket's `WebSocketPolyfill` that sends the token on the
 * upgrade. The provider constructs it with `(url, protocols)` only, so the header has to
 * be added here.
 */
export function bearerWebSocket(token: string): typeof globalThis.WebSocket {
  class BearerWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, bearer(token))
    }
  }
  return BearerWebSocket as unknown as typeof globalThis.WebSocket
}

/** The socket URL of a board. */
export const boardSocketUrl = (url: string, boardId: string) => `${wsServerUrl(url)}/${boardId}`

/** What a shape label is made of: who wrote it and their running count. */
export interface Edit {
  author: string
  n: number
}

export const editLabel = ({ author, n }: Edit) => `${author}#${n}`

const schema = createBoardSchema()

/**
 * A complete tldraw rectangle, every prop as the editor writes it, checked against the
 * board schema so that the server is right to accept it. `padding` makes it bigger.
 */
export function shapeRecord(edit: Edit, padding = 0) {
  const label = editLabel(edit)
  const record = {
    id: `shape:${label.replace('#', '-')}`,
    typeName: 'shape',
    type: 'geo',
    x: edit.n * 10,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: padding > 0 ? { padding: 'x'.repeat(padding) } : {},
    props: {
      geo: 'rectangle',
      dash: 'draw',
      url: '',
      w: 100,
      h: 60,
      growY: 0,
      scale: 1,
      flipX: false,
      flipY: false,
      labelColor: 'black',
      color: 'blue',
      fill: 'semi',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      richText: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: label }] }],
      },
    },
  }
  schema.types.shape.validate(record)
  return record
}

/**
 * An unmodified y-websocket provider in Node writing tldraw shapes into the board's
 * YKeyValue, as a browser's binding would. Destroyed when the test finishes.
 */
export class BoardClient {
  readonly doc = new Y.Doc()
  readonly records: YKeyValue<{ id: string; typeName: string }>
  readonly provider: WebsocketProvider
  /** Close codes this client's sockets received, in order. */
  readonly closes: number[] = []
  private count = 0

  constructor(
    url: string,
    boardId: BoardId,
    token: string,
    readonly name: string,
  ) {
    this.records = new YKeyValue(this.doc.getArray(Y_RECORDS))
    this.provider = new WebsocketProvider(wsServerUrl(url), boardId, this.doc, {
      WebSocketPolyfill: bearerWebSocket(token),
      disableBc: true,
    })
    this.provider.on('connection-close', (event) => {
      if (event) this.closes.push(event.code)
    })
    onTestFinished(() => this.destroy())
  }

  get synced(): boolean {
    return this.provider.synced
  }

  /** Adds one shape labelled `<name>#<n>`; returns its label. */
  edit(padding = 0): string {
    const edit = { author: this.name, n: this.count++ }
    const record = shapeRecord(edit, padding)
    this.records.set(record.id, record)
    return editLabel(edit)
  }

  /** Labels of every shape this client holds. */
  labels(): Set<string> {
    const labels = new Set<string>()
    for (const { val } of this.records.map.values()) {
      const label = labelOf(val)
      if (label !== undefined) labels.add(label)
    }
    return labels
  }

  /** Every record id this client holds. */
  ids(): string[] {
    return [...this.records.map.keys()].sort()
  }

  destroy(): void {
    this.provider.destroy()
    this.doc.destroy()
  }
}

function labelOf(record: unknown): string | undefined {
  const text = (
    record as { props?: { richText?: { content?: { content?: { text?: unknown }[] }[] } } }
  )?.props?.richText?.content?.[0]?.content?.[0]?.text
  return typeof text === 'string' ? text : undefined
}

export { random, type Random } from '../seededRandom.testkit.js'
