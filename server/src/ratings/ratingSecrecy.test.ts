import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import {
  apiPaths,
  MessageType,
  PERSON_COOKIE_NAME,
  RATING_TOTALS_TYPE,
  sessionCookieName,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
  SyncMessageType,
  wsServerUrl,
  Y_RECORDS,
  type BoardInfo,
  type CommandReply,
} from '@common-ground/shared'
import { bearer, createBoard, startTestServer } from '../serverTestkit.testkit.js'

/**
 * A raw y-websocket client on a real server: opens with sync step 1 like the provider,
 * answers nothing, and keeps every byte it receives, so a test can say what never
 * reached it.
 */
class RawClient {
  readonly received: Buffer[] = []
  readonly doc = new Y.Doc()
  private readonly replies = new Map<number, (reply: CommandReply) => void>()
  readonly opened: Promise<void>

  constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer) => {
      this.received.push(data)
      const decoder = decoding.createDecoder(new Uint8Array(data))
      const type = decoding.readVarUint(decoder)
      if (type === MessageType.Sync) {
        const sync = decoding.readVarUint(decoder)
        if (sync !== SyncMessageType.Step1)
          Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder))
      } else if (type === MessageType.Command) {
        const id = decoding.readVarUint(decoder)
        this.replies.get(id)?.(JSON.parse(decoding.readVarString(decoder)) as CommandReply)
      }
    })
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => {
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, MessageType.Sync)
        encoding.writeVarUint(encoder, SyncMessageType.Step1)
        encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc))
        ws.send(encoding.toUint8Array(encoder))
        resolve()
      })
      ws.once('error', reject)
    })
  }

  private nextId = 1
  command(body: unknown): Promise<CommandReply> {
    const id = this.nextId++
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Command)
    encoding.writeVarUint(encoder, id)
    encoding.writeVarString(encoder, JSON.stringify(body))
    this.ws.send(encoding.toUint8Array(encoder))
    return new Promise((resolve) => this.replies.set(id, resolve))
  }

  records(): { type?: string; props?: unknown }[] {
    return this.doc
      .getArray<{ val: { type?: string; props?: unknown } }>(Y_RECORDS)
      .map((e) => e.val)
  }

  close(): void {
    this.ws.close()
  }
}

describe('secret ratings over a real server', () => {
  it('R52, A12: a person rates all six questions from their browser session; another participant’s raw client never receives those answers, only the totals; the person reads them back after a reload', async () => {
    const server = await startTestServer()
    const board = await createBoard(server.url, 'Secret', 'six-elements')
    const url = `${wsServerUrl(server.url)}/${board.id}`

    // Alice's browser: a session and a person cookie.
    const session = await fetch(server.url + apiPaths.session(board.id), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: board.tokens.participant }),
    })
    const alice = (await session.json()) as BoardInfo
    const cookies = session.headers
      .getSetCookie()
      .map((header) => header.split(';')[0]!)
      .filter(
        (pair) =>
          pair.startsWith(PERSON_COOKIE_NAME) || pair.startsWith(sessionCookieName(board.id)),
      )
      .join('; ')
    const browser = () => new RawClient(new WebSocket(url, { headers: { Cookie: cookies } }))

    const eve = new RawClient(new WebSocket(url, { headers: bearer(board.tokens.participant) }))
    await eve.opened
    const mine = browser()
    await mine.opened
    await expect.poll(() => mine.records().length).toBeGreaterThan(0)
    const check = mine.records().find((record) => record.type === SIX_ELEMENTS_TYPE) as {
      id: string
    }

    const answers = [4, 3, 2, 1, 0, 4]
    for (const [index, question] of SIX_ELEMENTS_QUESTIONS.entries()) {
      const reply = await mine.command({
        name: 'rate',
        args: { checkId: check.id, question: question.id, value: answers[index] },
      })
      expect(reply.ok).toBe(true)
    }
    await expect
      .poll(() => eve.records().find((r) => r.type === RATING_TOTALS_TYPE)?.props)
      .toMatchObject({ raters: 1 })

    const everything = Buffer.concat(eve.received).toString('latin1')
    expect(everything).not.toContain(alice.personId)
    expect(everything).not.toContain('"ratings"')
    expect(everything).not.toContain('"asset-based":4')

    // A reload: a new socket from the same browser reads Alice's answers back.
    mine.close()
    const again = browser()
    await again.opened
    const readBack = await again.command({ name: 'myRatings', args: { checkId: check.id } })
    expect(readBack).toMatchObject({
      ok: true,
      result: {
        ratings: Object.fromEntries(SIX_ELEMENTS_QUESTIONS.map((q, i) => [q.id, answers[i]])),
      },
    })
    const evesOwn = await eve.command({ name: 'myRatings', args: { checkId: check.id } })
    expect(evesOwn).toMatchObject({ ok: true, result: { ratings: { 'asset-based': null } } })
    again.close()
    eve.close()
  })
})
