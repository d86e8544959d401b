import { ASSET_KINDS, type AssetKind } from '../coproduction/assetCard.js'
import { MAX_SHAPE_DESCRIPTION_LENGTH, MAX_SHAPE_LINE_LENGTH } from '../coproduction/text.js'
import { isShapeId, isText } from './readArgs.js'

/** One hidden card as its author sees it (PROTOCOL.md R106). */
export interface HiddenCard {
  id: string
  title: string
  description: string
  kind: AssetKind
}

export const PRIVATE_ACTIONS = ['on', 'reveal', 'off'] as const
export type PrivateAction = (typeof PRIVATE_ACTIONS)[number]

/** Private mode on a frame (PROTOCOL.md R104–R109). */
export interface PrivateCommandMap {
  /** Facilitator: turns private mode on, reveals what was hidden, or turns it off unrevealed. */
  privateMode: {
    args: { frameId: string; action: PrivateAction; showAuthors: boolean }
    result: { hidden: number }
  }
  /** Adds one hidden card to a private frame; `name` is shown on reveal if authors are. */
  addHidden: {
    args: { frameId: string; title: string; description: string; kind: AssetKind; name: string }
    result: { mine: HiddenCard[] }
  }
  /** Takes back one of the sender's hidden cards. */
  removeHidden: { args: { frameId: string; cardId: string }; result: { mine: HiddenCard[] } }
  /** The sender's own hidden cards in a frame. */
  myHidden: { args: { frameId: string }; result: { mine: HiddenCard[] } }
}

export const PRIVATE_COMMAND_ERRORS = {
  'no-such-frame': 'That area is no longer on the board.',
  'not-private': 'That area is not in private mode.',
  'too-many-hidden': 'You have added as many hidden cards here as you can.',
} as const

type PrivateCommand = {
  [N in keyof PrivateCommandMap]: { name: N; args: PrivateCommandMap[N]['args'] }
}[keyof PrivateCommandMap]

const KINDS: ReadonlySet<unknown> = new Set(ASSET_KINDS.map((kind) => kind.id))

export function readPrivateCommand(
  name: unknown,
  args: Record<string, unknown>,
): PrivateCommand | string | undefined {
  switch (name) {
    case 'privateMode': {
      const { frameId, action, showAuthors } = args
      if (!isShapeId(frameId)) return 'frameId is not a shape id'
      if (!(PRIVATE_ACTIONS as readonly unknown[]).includes(action)) return 'unknown action'
      if (typeof showAuthors !== 'boolean') return 'showAuthors is not true or false'
      return { name, args: { frameId, action: action as PrivateAction, showAuthors } }
    }
    case 'addHidden': {
      const { frameId, title, description, kind, name: author } = args
      if (!isShapeId(frameId)) return 'frameId is not a shape id'
      if (!isText(title, MAX_SHAPE_LINE_LENGTH) || title.trim() === '') return 'title'
      if (!isText(description, MAX_SHAPE_DESCRIPTION_LENGTH)) return 'description'
      if (!KINDS.has(kind)) return 'unknown kind'
      if (!isText(author, MAX_SHAPE_LINE_LENGTH)) return 'name is not text'
      return {
        name,
        args: { frameId, title, description, kind: kind as AssetKind, name: author },
      }
    }
    case 'removeHidden': {
      const { frameId, cardId } = args
      if (!isShapeId(frameId) || !isShapeId(cardId)) return 'not shape ids'
      return { name, args: { frameId, cardId } }
    }
    case 'myHidden': {
      const { frameId } = args
      if (!isShapeId(frameId)) return 'frameId is not a shape id'
      return { name, args: { frameId } }
    }
    default:
      return undefined
  }
}
