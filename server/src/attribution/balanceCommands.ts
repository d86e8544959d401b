import {
  VOICE_BALANCE_SHAPE_ID,
  VOICE_BALANCE_TYPE,
  type CommandArgs,
  type CommandResult,
  type VoiceBalance,
} from '@common-ground/shared'
import { CommandFailure, type CommandContext } from '../room/roomCommands.js'
import { deleteRecords, putRecord } from '../room/serverWrite.js'
import { isShapeOf, serverShape } from '../room/serverRecords.js'
import { requireFacilitator } from '../voting/dotVoting.js'

/** R111: the facilitator's live view of whose contributions are on the board. */
export async function voiceBalance(
  context: CommandContext,
): Promise<CommandResult<'voiceBalance'>> {
  requireFacilitator(context)
  return { balance: balanceOf(context) }
}

/** R112: shows the voice balance to everyone (a server-only record), or takes it away. */
export async function showVoiceBalance(
  context: CommandContext,
  { pageId, shown }: CommandArgs<'showVoiceBalance'>,
): Promise<CommandResult<'showVoiceBalance'>> {
  requireFacilitator(context)
  if (!shown) {
    await context.writeAsServer((doc) => deleteRecords(doc, [VOICE_BALANCE_SHAPE_ID]))
    return { shown: false }
  }
  if (context.record(pageId) === null) throw new CommandFailure('bad-command')
  await refreshShownBalance(context, pageId)
  return { shown: true }
}

/**
 * Rewrites the shown voice balance if it is shown and has changed; the room calls it after
 * each batch of counts (R112), so it lags by at most one batch.
 */
export async function refreshShownBalance(
  context: Pick<CommandContext, 'record' | 'writeAsServer' | 'attribution'>,
  pageId?: string,
): Promise<void> {
  const existing = context.record(VOICE_BALANCE_SHAPE_ID)
  if (pageId === undefined && !isShapeOf(existing, VOICE_BALANCE_TYPE)) return
  const balance = balanceOf(context)
  if (isShapeOf(existing, VOICE_BALANCE_TYPE) && sameJson(existing.props, balance)) return
  await context.writeAsServer((doc) =>
    putRecord(
      doc,
      serverShape(existing, {
        id: VOICE_BALANCE_SHAPE_ID,
        type: VOICE_BALANCE_TYPE,
        parentId: pageId ?? (existing as { parentId: string }).parentId,
        props: balance,
      }),
    ),
  )
}

/** R115: stamps of the records asked about. */
export async function stamps(
  context: CommandContext,
  { ids }: CommandArgs<'stamps'>,
): Promise<CommandResult<'stamps'>> {
  return { stamps: context.attribution.stampsOf(ids) }
}

function balanceOf(context: Pick<CommandContext, 'record' | 'attribution'>): VoiceBalance {
  return context.attribution.balance(frameNamer(context.record))
}

/** A frame's name (cut to 300 characters) by its id, or null if `record` has no such frame. */
export function frameNamer(record: (id: string) => unknown): (frameId: string) => string | null {
  return (frameId) => {
    const frame = record(frameId)
    if (!isShapeOf(frame, 'frame')) return null
    const name = frame.props.name
    return typeof name === 'string' ? name.slice(0, 300) : ''
  }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
