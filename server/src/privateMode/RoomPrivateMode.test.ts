import { describe, expect, it } from 'vitest'
import { CloseCode, privateFrameShapeId } from '@common-ground/shared'
import { recordsOf } from '../room/roomTestkit.testkit.js'
import {
  cardRecord,
  receivedText,
  recordIn,
  sessionBoard,
} from '../voting/sessionTestkit.testkit.js'

const FRAME = 'shape:stage1'
const hide = (title: string, name = '') => ({
  frameId: FRAME,
  title,
  description: '',
  kind: 'lived-experience',
  name,
})

async function privateBoard() {
  const rig = await sessionBoard([
    ['fran', 'facilitator', 'professional'],
    ['alice', 'participant', 'service-user'],
    ['bob', 'participant', 'family-carer'],
    ['olly', 'observer'],
  ])
  const [fran] = rig.clients
  expect(
    await rig.command(fran!, 'privateMode', { frameId: FRAME, action: 'on', showAuthors: true }),
  ).toMatchObject({ ok: true })
  return rig
}

describe('private mode, secret until reveal', () => {
  it('R104: only a facilitator turns private mode on or reveals', async () => {
    const rig = await sessionBoard([
      ['fran', 'facilitator'],
      ['alice', 'participant'],
    ])
    const [fran, alice] = rig.clients
    for (const action of ['on', 'reveal', 'off']) {
      expect(
        await rig.command(alice!, 'privateMode', { frameId: FRAME, action, showAuthors: false }),
      ).toMatchObject({ ok: false, error: 'not-facilitator' })
    }
    expect(
      await rig.command(fran!, 'privateMode', {
        frameId: 'shape:nowhere',
        action: 'on',
        showAuthors: false,
      }),
    ).toMatchObject({ ok: false, error: 'no-such-frame' })
    expect(await rig.command(alice!, 'addHidden', hide('Not yet private'))).toMatchObject({
      ok: false,
      error: 'not-private',
    })
  })

  it('R105: a new shape written into a private frame is refused; one outside it is not', async () => {
    const rig = await privateBoard()
    const [, alice, bob] = rig.clients
    await rig.add(bob!, cardRecord('outside'))
    expect(bob!.closedWith).toBeNull()
    await rig.add(alice!, cardRecord('sneaky', FRAME))
    expect(alice!.closedWith).toBe(CloseCode.ServerOnly)
    expect(recordIn(bob!.doc, 'shape:sneaky')).toBeUndefined()
  })

  it('R106, R108: hidden cards reach only their author; everyone sees how many are hidden; on reveal everyone sees them, with names when chosen', async () => {
    const rig = await privateBoard()
    const [fran, alice, bob, olly] = rig.clients
    expect(
      await rig.command(alice!, 'addHidden', hide('Night buses stop at 10', 'Alice A')),
    ).toMatchObject({
      ok: true,
      result: { mine: [{ title: 'Night buses stop at 10' }] },
    })
    await rig.command(alice!, 'addHidden', hide('Lonely on Sundays', 'Alice A'))
    const bobs = (await rig.command(
      bob!,
      'addHidden',
      hide('I cook for twenty', 'Bob B'),
    )) as unknown as {
      result: { mine: { id: string }[] }
    }
    expect(await rig.command(bob!, 'myHidden', { frameId: FRAME })).toMatchObject({
      ok: true,
      result: { mine: [{ title: 'I cook for twenty' }] },
    })
    for (const client of [fran!, alice!, bob!, olly!]) {
      expect(recordIn(client.doc, privateFrameShapeId(FRAME))?.props).toMatchObject({
        state: 'on',
        hidden: 3,
      })
    }
    for (const client of [fran!, bob!, olly!]) {
      expect(receivedText(client)).not.toContain('Night buses')
      expect(receivedText(client)).not.toContain('Alice A')
    }
    for (const client of [fran!, alice!, olly!]) {
      expect(receivedText(client)).not.toContain('I cook for twenty')
    }
    // Bob takes his back and adds it again.
    await rig.command(bob!, 'removeHidden', { frameId: FRAME, cardId: bobs.result.mine[0]!.id })
    expect(recordIn(olly!.doc, privateFrameShapeId(FRAME))?.props).toMatchObject({ hidden: 2 })
    await rig.command(bob!, 'addHidden', hide('I cook for twenty', 'Bob B'))

    expect(
      await rig.command(fran!, 'privateMode', {
        frameId: FRAME,
        action: 'reveal',
        showAuthors: true,
      }),
    ).toMatchObject({ ok: true })
    for (const client of [fran!, alice!, bob!, olly!]) {
      const cards = recordsOf(client.doc)
        .toArray()
        .map(({ val }) => val as { type: string; parentId: string; props: Record<string, unknown> })
        .filter((val) => val.type === 'cg-asset' && val.parentId === FRAME)
      expect(cards.map((card) => [card.props.title, card.props.addedBy]).sort()).toEqual([
        ['I cook for twenty', 'Bob B'],
        ['Lonely on Sundays', 'Alice A'],
        ['Night buses stop at 10', 'Alice A'],
      ])
      expect(recordIn(client.doc, privateFrameShapeId(FRAME))?.props).toMatchObject({
        state: 'revealed',
        hidden: 0,
      })
    }
    // Revealed, the frame takes ordinary writes again.
    await rig.add(alice!, cardRecord('after', FRAME))
    expect(alice!.closedWith).toBeNull()
  })

  it('R106: a reveal without authors’ names writes the cards with none', async () => {
    const rig = await privateBoard()
    const [fran, alice] = rig.clients
    await rig.command(alice!, 'addHidden', hide('Quiet idea', 'Alice A'))
    await rig.command(fran!, 'privateMode', {
      frameId: FRAME,
      action: 'reveal',
      showAuthors: false,
    })
    const card = recordsOf(fran!.doc)
      .toArray()
      .map(({ val }) => val as { type: string; props: Record<string, unknown> })
      .find((val) => val.type === 'cg-asset')
    expect(card?.props).toMatchObject({ title: 'Quiet idea', addedBy: '' })
    expect(receivedText(fran!)).not.toContain('Alice A')
  })

  it('R107: a person keeps at most 50 hidden cards in one frame', async () => {
    const rig = await privateBoard()
    const [, alice] = rig.clients
    for (let i = 0; i < 50; i++) {
      expect(await rig.command(alice!, 'addHidden', hide(`idea ${i}`))).toMatchObject({ ok: true })
      rig.timers.advance(200)
    }
    expect(await rig.command(alice!, 'addHidden', hide('one more'))).toMatchObject({
      ok: false,
      error: 'too-many-hidden',
    })
  })
})
