import type { TakesPartAs } from '../roles.js'
import type { VoiceBalance } from '../coproduction/voiceBalance.js'
import { isParentId, isShapeId } from './readArgs.js'

/**
 * When a record was added and last changed, and how the person who did it takes part
 * (PROTOCOL.md R114): stamped by the server from the writer's identity, never a name.
 */
export interface RecordStamp {
  addedAt: string
  addedAs: TakesPartAs
  changedAt: string
  changedAs: TakesPartAs
}

/** R115: records one `stamps` command may ask about. */
export const MAX_STAMPS_PER_REQUEST = 200

/** Voice balance and card stamps (PROTOCOL.md R110–R115). */
export interface BalanceCommandMap {
  /** Facilitator: the voice balance now. */
  voiceBalance: { args: Record<string, never>; result: { balance: VoiceBalance } }
  /** Facilitator: shows the voice balance to everyone (kept up to date), or stops. */
  showVoiceBalance: { args: { pageId: string; shown: boolean }; result: { shown: boolean } }
  /** Anyone: when each of these records was added and changed, and by what group. */
  stamps: { args: { ids: string[] }; result: { stamps: Record<string, RecordStamp> } }
}

type BalanceCommand = {
  [N in keyof BalanceCommandMap]: { name: N; args: BalanceCommandMap[N]['args'] }
}[keyof BalanceCommandMap]

export function readBalanceCommand(
  name: unknown,
  args: Record<string, unknown>,
): BalanceCommand | string | undefined {
  switch (name) {
    case 'voiceBalance':
      return { name, args: {} }
    case 'showVoiceBalance': {
      const { pageId, shown } = args
      if (!isParentId(pageId) || !pageId.startsWith('page:')) return 'pageId is not a page id'
      if (typeof shown !== 'boolean') return 'shown is not true or false'
      return { name, args: { pageId, shown } }
    }
    case 'stamps': {
      const { ids } = args
      if (!Array.isArray(ids) || ids.length > MAX_STAMPS_PER_REQUEST) return 'ids'
      if (!ids.every(isShapeId)) return 'ids holds something that is not a shape id'
      return { name, args: { ids } }
    }
    default:
      return undefined
  }
}
