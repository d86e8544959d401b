import {
  PRIVATE_FRAME_TYPE,
  VOICE_BALANCE_TYPE,
  VOTE_TYPE,
  type PrivateFrameProps,
  type VoiceBalanceProps,
  type VoteProps,
} from '@common-ground/shared'
import { useValue, type Editor, type TLShape } from 'tldraw'

/**
 * The session records the server writes (server/PROTOCOL.md R96–R113), read live from the
 * editor's store: what the voting, private mode and voice balance panels show.
 */

export interface VoteRecord {
  id: string
  voteId: string
  parentId: string
  props: VoteProps
}

export interface FrameInfo {
  id: string
  name: string
}

export interface PrivateFrameRecord {
  frameId: string
  props: PrivateFrameProps
}

const shapes = (editor: Editor) => editor.store.query.records('shape').get() as TLShape[]

export function useVotes(editor: Editor): VoteRecord[] {
  return useValue(
    'votes',
    () =>
      shapes(editor)
        .filter((shape) => (shape.type as string) === VOTE_TYPE)
        .map((shape) => ({
          id: shape.id,
          voteId: shape.id.slice(`shape:${VOTE_TYPE}.`.length),
          parentId: shape.parentId,
          props: shape.props as unknown as VoteProps,
        })),
    [editor],
  )
}

/** The frames of the board (stages' areas), by name. */
export function useFrames(editor: Editor): FrameInfo[] {
  return useValue(
    'frames',
    () =>
      shapes(editor)
        .filter((shape) => shape.type === 'frame')
        .map((shape) => ({ id: shape.id, name: (shape.props as { name?: string }).name ?? '' })),
    [editor],
  )
}

export function usePrivateFrames(editor: Editor): PrivateFrameRecord[] {
  return useValue(
    'private frames',
    () =>
      shapes(editor)
        .filter((shape) => (shape.type as string) === PRIVATE_FRAME_TYPE)
        .map((shape) => ({
          frameId: shape.parentId,
          props: shape.props as unknown as PrivateFrameProps,
        })),
    [editor],
  )
}

export function useShownBalance(editor: Editor): VoiceBalanceProps | null {
  return useValue(
    'shown voice balance',
    () => {
      const shape = shapes(editor).find((s) => (s.type as string) === VOICE_BALANCE_TYPE)
      return shape ? (shape.props as unknown as VoiceBalanceProps) : null
    },
    [editor],
  )
}

/** A card's words for a list: its title, label or text, or null if it has none. */
export function cardLabel(editor: Editor, id: string): string | null {
  const shape = editor.getShape(id as TLShape['id'])
  if (!shape) return null
  const props = shape.props as Record<string, unknown>
  for (const field of ['title', 'label', 'name']) {
    const value = props[field]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  const text = editor.getShapeUtil(shape).getText(shape)
  return text && text.trim() !== '' ? text : null
}

/** Cards a vote may be over in `frameId`: its direct children that are not frames or arrows. */
export function cardsIn(editor: Editor, frameId: string): string[] {
  return editor.getSortedChildIdsForParent(frameId as TLShape['id']).filter((id) => {
    const shape = editor.getShape(id)
    // Locked shapes and instructions are the template's, not contributions.
    return shape !== undefined && !shape.isLocked && !isInstructions(shape) && isVotable(shape)
  })
}

export function isVotable(shape: TLShape): boolean {
  const type = shape.type as string
  return (
    !type.startsWith('cg-rating') &&
    type !== 'frame' &&
    type !== 'arrow' &&
    type !== VOTE_TYPE &&
    type !== PRIVATE_FRAME_TYPE &&
    type !== VOICE_BALANCE_TYPE
  )
}

/** A template's instructions text (`shape:<…>.instructions`), which is not a contribution. */
function isInstructions(shape: TLShape): boolean {
  return shape.type === 'text' && shape.id.endsWith('.instructions')
}
