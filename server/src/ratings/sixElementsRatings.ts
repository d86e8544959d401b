import type * as Y from 'yjs'
import type { TLShapeId } from '@tldraw/tlschema'
import {
  createBoardSchema,
  emptyRatings,
  emptyRatingSummary,
  RATING_TOTALS_TYPE,
  RATING_TYPE,
  ratingShapeId,
  ratingTotalsShapeId,
  SIX_ELEMENTS_QUESTIONS,
  SIX_ELEMENTS_TYPE,
  type CommandArgs,
  type CommandResult,
  type Rating,
  type Ratings,
  type RatingSummary,
} from '@common-ground/shared'
import type { CommandContext } from '../room/roomCommands.js'
import { CommandFailure } from '../room/roomCommands.js'
import { deleteRecords, putRecord } from '../room/serverWrite.js'

/**
 * Six-elements ratings as secrets (PROTOCOL.md R50–R54). One person's answers on one
 * check are a value of the secret store under `rating:<checkId>`; the board holds only
 * the totals, a `cg-rating-totals` record the server rewrites after every answer.
 */

/** R52: people whose answers one check keeps; a person past it is told the check is full. */
export const MAX_RATERS_PER_CHECK = 2000

export const ratingScope = (checkId: string) => `rating:${checkId}`

let schema: ReturnType<typeof createBoardSchema> | null = null
const boardSchema = () => (schema ??= createBoardSchema())

/** R50: gives (or takes back) one answer of the sender's, then rewrites the check's totals. */
export async function rate(
  context: CommandContext,
  { checkId, question, value }: CommandArgs<'rate'>,
): Promise<CommandResult<'rate'>> {
  if (!context.sender.writable) throw new CommandFailure('read-only')
  requireCheck(context, checkId)
  const { secrets, boardId, sender } = context
  const scope = ratingScope(checkId)
  const stored = asRatings(await secrets.get(boardId, scope, sender.personId))
  if (stored === null && (await secrets.count(boardId, scope)) >= MAX_RATERS_PER_CHECK) {
    throw new CommandFailure('full')
  }
  const ratings = { ...(stored ?? emptyRatings()), [question]: value }
  await secrets.put(boardId, scope, sender.personId, ratings)
  const summary = summarize((await secrets.list(boardId, scope)).values())
  await context.writeAsServer((doc) => putRecord(doc, totalsRecord(context, checkId, summary)))
  return { ratings }
}

/** R51: the sender's own answers, and nobody else's. */
export async function myRatings(
  context: CommandContext,
  { checkId }: CommandArgs<'myRatings'>,
): Promise<CommandResult<'myRatings'>> {
  const stored = await context.secrets.get(
    context.boardId,
    ratingScope(checkId),
    context.sender.personId,
  )
  return { ratings: asRatings(stored) ?? emptyRatings() }
}

/**
 * R53: a board from before ratings were secrets holds each person's answers as
 * `cg-rating` records. Moves them into the secret store (never over an answer the store
 * already has), writes each check's totals and deletes the records, so named answers
 * stop reaching clients and exports. Returns how many records it moved.
 */
export async function moveLegacyRatings(
  context: Pick<CommandContext, 'boardId' | 'secrets' | 'record' | 'writeAsServer'>,
  records: Iterable<unknown>,
): Promise<number> {
  const legacy: { id: string; checkId: string; personId: string; ratings: Ratings | null }[] = []
  for (const record of records) {
    if (!isShape(record, RATING_TYPE)) continue
    const props = record.props as { participantId?: unknown; ratings?: unknown }
    const personId = typeof props.participantId === 'string' ? props.participantId : ''
    const checkId = String(record.parentId)
    // Only a person's own record counts, as `ratingDistribution` counted them.
    const genuine = record.id === ratingShapeId(checkId as TLShapeId, personId)
    legacy.push({
      id: record.id,
      checkId,
      personId,
      ratings: genuine ? asRatings(props.ratings) : null,
    })
  }
  if (legacy.length === 0) return 0
  const { boardId, secrets } = context
  const checks = new Set<string>()
  for (const { checkId, personId, ratings } of legacy) {
    if (ratings === null || !isShape(context.record(checkId), SIX_ELEMENTS_TYPE)) continue
    checks.add(checkId)
    const scope = ratingScope(checkId)
    if ((await secrets.get(boardId, scope, personId)) === null) {
      await secrets.put(boardId, scope, personId, ratings)
    }
  }
  const totals = new Map<string, RatingSummary>()
  for (const checkId of checks) {
    totals.set(checkId, summarize((await secrets.list(boardId, ratingScope(checkId))).values()))
  }
  await context.writeAsServer((doc: Y.Doc) => {
    deleteRecords(
      doc,
      legacy.map(({ id }) => id),
    )
    for (const [checkId, summary] of totals) putRecord(doc, totalsRecord(context, checkId, summary))
  })
  return legacy.length
}

/** How many people gave each answer to each question, and how many answered any. */
export function summarize(all: Iterable<unknown>): RatingSummary {
  const summary = emptyRatingSummary()
  for (const value of all) {
    const ratings = asRatings(value)
    if (ratings === null) continue
    let answered = false
    for (const { id } of SIX_ELEMENTS_QUESTIONS) {
      const rating = ratings[id]
      if (rating === null) continue
      summary.distribution[id][rating]++
      answered = true
    }
    if (answered) summary.raters++
  }
  return summary
}

function requireCheck(context: Pick<CommandContext, 'record'>, checkId: string): void {
  if (!isShape(context.record(checkId), SIX_ELEMENTS_TYPE))
    throw new CommandFailure('no-such-check')
}

/** The check's totals record: the one there with new props, or a new one. */
function totalsRecord(
  context: Pick<CommandContext, 'record'>,
  checkId: string,
  summary: RatingSummary,
): { id: string } {
  const id = ratingTotalsShapeId(checkId as TLShapeId)
  const existing = context.record(id)
  if (isShape(existing, RATING_TOTALS_TYPE)) {
    const updated: { id: string; props: RatingSummary } = { ...existing, props: summary }
    return updated
  }
  return boardSchema().types.shape.create({
    id,
    type: RATING_TOTALS_TYPE,
    parentId: checkId as TLShapeId,
    index: 'a0' as never,
    x: 0,
    y: 0,
    props: summary,
  }) as unknown as { id: string }
}

function isShape(
  record: unknown,
  type: string,
): record is {
  id: string
  typeName: 'shape'
  type: string
  parentId: unknown
  props: Record<string, unknown>
} {
  if (typeof record !== 'object' || record === null) return false
  const r = record as Record<string, unknown>
  return (
    r.typeName === 'shape' && r.type === type && typeof r.props === 'object' && r.props !== null
  )
}

const RATING_VALUES: ReadonlySet<unknown> = new Set([0, 1, 2, 3, 4])

/** Ratings read from storage, each answer checked; null for anything that is not ratings. */
function asRatings(value: unknown): Ratings | null {
  if (typeof value !== 'object' || value === null) return null
  const source = value as Record<string, unknown>
  const ratings = emptyRatings()
  for (const { id } of SIX_ELEMENTS_QUESTIONS) {
    const answer = source[id]
    if (RATING_VALUES.has(answer)) ratings[id] = answer as Rating
  }
  return ratings
}
