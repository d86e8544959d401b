import { randomUUID } from 'node:crypto'
import type { TLShapeId } from '@tldraw/tlschema'
import {
  ASSET_CARD_DEFAULT_SIZE,
  ASSET_CARD_TYPE,
  boardSchema,
  MAX_HIDDEN_CARDS_PER_PERSON,
  PRIVATE_FRAME_TYPE,
  privateFrameShapeId,
  type CommandArgs,
  type CommandResult,
  type HiddenCard,
  type PrivateFrameProps,
} from '@common-ground/shared'
import { CommandFailure, type CommandContext } from '../room/roomCommands.js'
import { deleteRecords, putRecord } from '../room/serverWrite.js'
import { isShapeOf, serverShape } from '../room/serverRecords.js'
import { requireFacilitator } from '../voting/dotVoting.js'

/**
 * Private mode on a frame, secret until reveal (PROTOCOL.md R104–R109). While a frame's
 * `cg-private` record says 'on', the room refuses new shapes written into it (R105) and
 * people add cards through `addHidden`: each person's cards are a value of the secret
 * store under `hidden:<frameId>`, returned only to them. The board holds only how many
 * are hidden. On reveal the server writes every card into the frame, as one change.
 */

export const hiddenScope = (frameId: string) => `hidden:${frameId}`

/** R107: people whose hidden cards one frame keeps. */
export const MAX_HIDDEN_AUTHORS = 2000

interface Hidden {
  name: string
  cards: HiddenCard[]
}

const GAP = 20
/**
 * Where revealed cards start in their frame: below a template's instructions (its
 * padding and instructions band, shared/src/templates), so they never cover them.
 */
const FIRST_CARD = { x: 60, y: 260 }

/** R104, R106: a facilitator turns private mode on, reveals, or turns it off. */
export async function privateMode(
  context: CommandContext,
  { frameId, action, showAuthors }: CommandArgs<'privateMode'>,
): Promise<CommandResult<'privateMode'>> {
  requireFacilitator(context)
  const frame = context.record(frameId)
  if (!isShapeOf(frame, 'frame')) throw new CommandFailure('no-such-frame')
  const id = privateFrameShapeId(frameId)
  const existing = context.record(id)
  const now = isShapeOf(existing, PRIVATE_FRAME_TYPE)
    ? (existing.props as unknown as PrivateFrameProps)
    : null
  const { secrets, boardId } = context
  const scope = hiddenScope(frameId)
  switch (action) {
    case 'on': {
      if (now?.state === 'on') return { hidden: now.hidden }
      const props: PrivateFrameProps = { state: 'on', showAuthors, hidden: 0 }
      await context.writeAsServer((doc) =>
        putRecord(
          doc,
          serverShape(existing, { id, type: PRIVATE_FRAME_TYPE, parentId: frameId, props }),
        ),
      )
      return { hidden: 0 }
    }
    case 'reveal': {
      if (now?.state !== 'on') throw new CommandFailure('not-private')
      const all = new Map<string, Hidden>()
      for (const [personId, value] of await secrets.list(boardId, scope)) {
        const hidden = asHidden(value)
        if (hidden !== null && hidden.cards.length > 0) all.set(personId, hidden)
      }
      const frameSize = frame.props as { w?: unknown; h?: unknown }
      const columns = Math.max(
        1,
        Math.floor(
          ((Number(frameSize.w) || 1000) - FIRST_CARD.x) / (ASSET_CARD_DEFAULT_SIZE.w + GAP),
        ),
      )
      const cards: { id: string; personId: string }[] = []
      const props: PrivateFrameProps = { state: 'revealed', showAuthors, hidden: 0 }
      await context.writeAsServer((doc) => {
        let i = 0
        for (const [personId, hidden] of all) {
          for (const card of hidden.cards) {
            const record = cardRecord(frameId, card, showAuthors ? hidden.name : '', i++, columns)
            putRecord(doc, record)
            cards.push({ id: record.id, personId })
          }
        }
        putRecord(
          doc,
          serverShape(existing, { id, type: PRIVATE_FRAME_TYPE, parentId: frameId, props }),
        )
      })
      for (const { id: cardId, personId } of cards) {
        context.attribution.count(personId, frameId, 'cards', 1)
        context.attribution.stampFor(personId, cardId)
      }
      for (const personId of all.keys()) await secrets.put(boardId, scope, personId, null)
      return { hidden: 0 }
    }
    case 'off': {
      // Turned off unrevealed: the hidden cards stay with their authors' secrets only
      // until the next 'on' round clears nothing; they are never shown.
      if (now === null) return { hidden: 0 }
      await context.writeAsServer((doc) => deleteRecords(doc, [id]))
      for (const personId of (await secrets.list(boardId, scope)).keys()) {
        await secrets.put(boardId, scope, personId, null)
      }
      return { hidden: 0 }
    }
  }
}

/** R106, R107: adds one of the sender's hidden cards and counts it on the board. */
export async function addHidden(
  context: CommandContext,
  { frameId, title, description, kind, name }: CommandArgs<'addHidden'>,
): Promise<CommandResult<'addHidden'>> {
  if (!context.sender.writable) throw new CommandFailure('read-only')
  const record = requirePrivate(context, frameId)
  const { secrets, boardId, sender } = context
  const scope = hiddenScope(frameId)
  const stored = asHidden(await secrets.get(boardId, scope, sender.personId))
  if (stored === null && (await secrets.count(boardId, scope)) >= MAX_HIDDEN_AUTHORS) {
    throw new CommandFailure('full')
  }
  const hidden: Hidden = stored ?? { name: '', cards: [] }
  if (hidden.cards.length >= MAX_HIDDEN_CARDS_PER_PERSON) {
    throw new CommandFailure('too-many-hidden')
  }
  const id = `shape:${randomUUID().replaceAll('-', '').slice(0, 21)}`
  hidden.cards.push({ id, title: title.trim(), description, kind })
  hidden.name = name
  await secrets.put(boardId, scope, sender.personId, hidden)
  await writeCount(context, record, +1)
  return { mine: hidden.cards }
}

/** R106: takes back one of the sender's own hidden cards. */
export async function removeHidden(
  context: CommandContext,
  { frameId, cardId }: CommandArgs<'removeHidden'>,
): Promise<CommandResult<'removeHidden'>> {
  if (!context.sender.writable) throw new CommandFailure('read-only')
  const record = requirePrivate(context, frameId)
  const { secrets, boardId, sender } = context
  const scope = hiddenScope(frameId)
  const hidden = asHidden(await secrets.get(boardId, scope, sender.personId))
  if (hidden === null) return { mine: [] }
  const cards = hidden.cards.filter((card) => card.id !== cardId)
  if (cards.length === hidden.cards.length) return { mine: cards }
  await secrets.put(boardId, scope, sender.personId, { ...hidden, cards })
  await writeCount(context, record, -1)
  return { mine: cards }
}

/** R106: the sender's own hidden cards, never anyone else's. */
export async function myHidden(
  context: CommandContext,
  { frameId }: CommandArgs<'myHidden'>,
): Promise<CommandResult<'myHidden'>> {
  const hidden = asHidden(
    await context.secrets.get(context.boardId, hiddenScope(frameId), context.sender.personId),
  )
  return { mine: hidden?.cards ?? [] }
}

function requirePrivate(context: CommandContext, frameId: string) {
  const record = context.record(privateFrameShapeId(frameId))
  if (!isShapeOf(record, PRIVATE_FRAME_TYPE) || record.props.state !== 'on') {
    throw new CommandFailure('not-private')
  }
  return record
}

async function writeCount(
  context: CommandContext,
  record: ReturnType<typeof requirePrivate>,
  delta: number,
): Promise<void> {
  const props = record.props as unknown as PrivateFrameProps
  const hidden = Math.max(0, props.hidden + delta)
  await context.writeAsServer((doc) => putRecord(doc, { ...record, props: { ...props, hidden } }))
}

function cardRecord(
  frameId: string,
  card: HiddenCard,
  addedBy: string,
  i: number,
  columns: number,
) {
  const { w, h } = ASSET_CARD_DEFAULT_SIZE
  return boardSchema().types.shape.create({
    id: card.id as TLShapeId,
    type: ASSET_CARD_TYPE,
    parentId: frameId as TLShapeId,
    index: orderKey(i) as never,
    x: FIRST_CARD.x + (i % columns) * (w + GAP),
    y: FIRST_CARD.y + Math.floor(i / columns) * (h + GAP),
    props: {
      w,
      h,
      title: card.title,
      description: card.description,
      kind: card.kind,
      heldBy: '',
      heldByPersonId: null,
      addedBy,
    },
  }) as unknown as { id: string }
}

function asHidden(value: unknown): Hidden | null {
  if (typeof value !== 'object' || value === null) return null
  const { name, cards } = value as { name?: unknown; cards?: unknown }
  if (!Array.isArray(cards)) return null
  return {
    name: typeof name === 'string' ? name : '',
    cards: cards.filter(
      (card): card is HiddenCard =>
        typeof card === 'object' && card !== null && typeof (card as HiddenCard).id === 'string',
    ),
  }
}

const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * The `i`th of ascending fractional-index keys with no fractional part ('a1'… 'az',
 * 'b00'… 'bzz', 'c000'…), as tldraw orders siblings: enough for every card R107 allows.
 */
export function orderKey(i: number): string {
  let n = i + 1
  for (const [head, width] of [
    ['a', 1],
    ['b', 2],
    ['c', 3],
    ['d', 4],
  ] as const) {
    const size = DIGITS.length ** width
    if (n < size) {
      let key = ''
      for (let d = 0; d < width; d++) {
        key = DIGITS[n % DIGITS.length]! + key
        n = Math.floor(n / DIGITS.length)
      }
      return head + key
    }
    n -= size
  }
  throw new Error(`no order key for ${i}`)
}
