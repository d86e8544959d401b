import type { MyDots } from '@common-ground/shared'
import type { CommandSender } from '../sync/commandChannel'

/** This person's dots on one vote as this page knows them. */
export interface MyVoteDots {
  /** Null until the server has said. */
  mine: MyDots | null
  /** Words to show when the last dot failed; null when all is well. */
  error: string | null
  /** True while a dot is on its way. */
  busy: boolean
}

const UNKNOWN: MyVoteDots = { mine: null, error: null, busy: false }

/**
 * This person's own dots, per vote, read and changed by command (server/PROTOCOL.md R97):
 * one per board session, so the panel's buttons and the canvas's agree at once. Every
 * reply is the server's truth; nobody else's dots are ever here.
 */
export class MyDotsStore {
  private readonly votes = new Map<string, MyVoteDots>()
  private readonly listeners = new Set<() => void>()

  constructor(private readonly commands: CommandSender) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get(voteId: string): MyVoteDots {
    return this.votes.get(voteId) ?? UNKNOWN
  }

  /** Reads the person's dots again (on opening, and when the vote's state changes). */
  async refresh(voteId: string): Promise<void> {
    const outcome = await this.commands.send('myDots', { voteId })
    if (outcome.ok) this.set(voteId, { ...this.get(voteId), mine: outcome.result, error: null })
  }

  async dot(voteId: string, cardId: string, add: boolean, name: string): Promise<void> {
    if (this.get(voteId).busy) return
    this.set(voteId, { ...this.get(voteId), busy: true })
    const outcome = await this.commands.send('dot', { voteId, cardId, add, name })
    if (outcome.ok) this.set(voteId, { mine: outcome.result, error: null, busy: false })
    else this.set(voteId, { ...this.get(voteId), error: outcome.message, busy: false })
  }

  private set(voteId: string, value: MyVoteDots): void {
    this.votes.set(voteId, value)
    for (const listener of this.listeners) listener()
  }
}
