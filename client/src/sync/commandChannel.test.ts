import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import { MessageType } from '@common-ground/shared'
import { connectionLostMessage, openCommandChannel } from './commandChannel'

/** The slice of y-websocket's provider the channel uses, with a socket that keeps what is sent. */
function fakeProvider() {
  const sent: Uint8Array[] = []
  const provider = {
    messageHandlers: [] as unknown[],
    wsconnected: false,
    ws: { readyState: 0, send: (data: Uint8Array) => void sent.push(data) },
  }
  const open = () => {
    provider.wsconnected = true
    provider.ws.readyState = 1
  }
  /** Delivers a server reply as y-websocket would: to the handler for its type. */
  const reply = (requestId: number, body: unknown) => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, requestId)
    encoding.writeVarString(encoder, JSON.stringify(body))
    const handler = provider.messageHandlers[MessageType.Command] as (
      e: encoding.Encoder,
      d: decoding.Decoder,
    ) => void
    handler(encoding.createEncoder(), decoding.createDecoder(encoding.toUint8Array(encoder)))
  }
  const read = (message: Uint8Array) => {
    const decoder = decoding.createDecoder(message)
    return {
      type: decoding.readVarUint(decoder),
      id: decoding.readVarUint(decoder),
      body: JSON.parse(decoding.readVarString(decoder)) as unknown,
    }
  }
  return { provider, sent, open, reply, read }
}

describe('command channel', () => {
  it('SPEC 22: a command sent before the socket opens waits for it, and its reply resolves it', async () => {
    const { provider, sent, open, reply, read } = fakeProvider()
    const channel = openCommandChannel(provider)
    const answer = channel.send('myRatings', { checkId: 'shape:check' })
    expect(sent).toHaveLength(0)
    open()
    channel.connected()
    expect(sent.map(read)).toEqual([
      {
        type: MessageType.Command,
        id: 1,
        body: { name: 'myRatings', args: { checkId: 'shape:check' } },
      },
    ])
    reply(1, { ok: true, result: { ratings: { networks: 2 } } })
    expect(await answer).toEqual({ ok: true, result: { ratings: { networks: 2 } } })
  })

  it('SPEC 22: a command whose socket closes before the reply is answered in words', async () => {
    const { provider, open } = fakeProvider()
    open()
    const channel = openCommandChannel(provider)
    const answer = channel.send('rate', { checkId: 'shape:c', question: 'networks', value: 1 })
    channel.disconnected()
    expect(await answer).toEqual({ ok: false, message: connectionLostMessage() })
  })

  it('SPEC 22: a named error from the server comes back with its words', async () => {
    const { provider, open, reply } = fakeProvider()
    open()
    const channel = openCommandChannel(provider)
    const answer = channel.send('rate', { checkId: 'shape:c', question: 'networks', value: 1 })
    reply(1, { ok: false, error: 'read-only', message: 'ignored: words come from shared' })
    expect(await answer).toMatchObject({ ok: false, message: expect.stringMatching(/look at/) })
  })
})
