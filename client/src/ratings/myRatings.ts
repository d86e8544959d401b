import { emptyRatings, type QuestionId, type Rating, type Ratings } from '@common-ground/shared'
import type { CommandSender } from '../sync/commandChannel'

/** One person's answers on one check, as this page knows them. */
export interface MyCheckRatings {
  /** Null until the server has said (on opening the board, and after every answer). */
  ratings: Ratings | null
  /** Words to show when the last answer or read-back failed; null when all is well. */
  error: string | null
}

const UNKNOWN: MyCheckRatings = { ratings: null, error: null }

/**
 * This person's own six-elements answers, read from and given to the server by command
 * (PROTOCOL.md R50, R51): the board itself holds only everyone's totals. One per board
 * session, shared by the panel and the canvas, so an answer given in one shows in the
 * other at once. An answer shows as given straight away and is put back if the server
 * refuses it.
 */
export class MyRatings {
  private readonly checks = new Map<string, MyCheckRatings>()
  private readonly asked = new Set<string>()
  private readonly listeners = new Set<() => void>()

  constructor(private readonly commands: CommandSender) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** What is known of `checkId`; the first call asks the server. */
  get(checkId: string): MyCheckRatings {
    if (!this.asked.has(checkId)) {
      this.asked.add(checkId)
      void this.load(checkId)
    }
    return this.checks.get(checkId) ?? UNKNOWN
  }

  async rate(checkId: string, question: QuestionId, value: Rating | null): Promise<void> {
    const before = this.checks.get(checkId)?.ratings ?? null
    this.set(checkId, {
      ratings: { ...(before ?? emptyRatings()), [question]: value },
      error: null,
    })
    const outcome = await this.commands.send('rate', { checkId, question, value })
    if (outcome.ok) this.set(checkId, { ratings: outcome.result.ratings, error: null })
    else this.set(checkId, { ratings: before, error: outcome.message })
  }

  private async load(checkId: string): Promise<void> {
    const outcome = await this.commands.send('myRatings', { checkId })
    // An answer given meanwhile is newer than what was read.
    if (this.checks.get(checkId)?.ratings) return
    // A failed read is not retried on its own (that could loop); the next answer given
    // returns all of this person's answers anyway.
    if (outcome.ok) this.set(checkId, { ratings: outcome.result.ratings, error: null })
    else this.set(checkId, { ratings: null, error: outcome.message })
  }

  private set(checkId: string, value: MyCheckRatings): void {
    this.checks.set(checkId, value)
    for (const listener of this.listeners) listener()
  }
}
