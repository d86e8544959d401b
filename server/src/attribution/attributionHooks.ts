import type { Command, CommandReply } from '@common-ground/shared'
import { frameOf, type Attribution } from './Attribution.js'
import { refreshShownBalance } from './balanceCommands.js'
import type { CommandContext } from '../room/roomCommands.js'

/** How long counts wait in memory before they are stored (and a shown balance rewritten). */
export const ATTRIBUTION_FLUSH_MS = 2000

/**
 * R110: a command that contributes something countable. A rating counts once per answer
 * given (not taken back), in the frame of its check.
 */
export function noteCommand(
  attribution: Attribution,
  personId: string,
  command: Command | { invalid: string },
  reply: CommandReply,
  record: (key: string) => unknown,
): void {
  if (!reply.ok || 'invalid' in command) return
  if (command.name === 'rate' && command.args.value !== null) {
    const check = record(command.args.checkId) as { parentId?: unknown } | null
    attribution.count(personId, frameOf(check?.parentId, record), 'ratings', 1)
  }
}

/**
 * One pending batch per room: `schedule` runs `flush` once `ATTRIBUTION_FLUSH_MS` after
 * the first change of a batch, inside the room's queue.
 */
export class AttributionBatch {
  private cancel: (() => void) | null = null

  constructor(
    private readonly schedule: (ms: number, task: () => void) => () => void,
    private readonly run: (task: () => Promise<void>) => void,
    private readonly context: () => Pick<
      CommandContext,
      'record' | 'writeAsServer' | 'attribution'
    >,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Called after anything was counted. */
  due(): void {
    if (this.cancel !== null) return
    this.cancel = this.schedule(ATTRIBUTION_FLUSH_MS, () => {
      this.cancel = null
      this.run(() => this.flush())
    })
  }

  /** Stores the batch now (e.g. at unload) and rewrites a shown voice balance. */
  async flush(): Promise<void> {
    this.cancel?.()
    this.cancel = null
    const context = this.context()
    await context.attribution.flush()
    try {
      await refreshShownBalance(context)
    } catch (error) {
      this.onError(error)
    }
  }
}
