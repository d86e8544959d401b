import {
  emptyContributions,
  emptyGroups,
  isTakesPartAs,
  MAX_BALANCE_FRAMES,
  type BoardId,
  type ContributionKind,
  type Contributions,
  type FrameBalance,
  type GroupBalance,
  type RecordChange,
  type RecordStamp,
  type TakesPartAs,
  type VoiceBalance,
} from '@common-ground/shared'
import type { SecretStore } from '../storage/SecretStore.js'
import { PARTICIPANT_SCOPE, recordParticipant } from '../participation/participants.js'

/**
 * Who contributed what to a board, from the identity the server vouches for (PROTOCOL.md
 * R110, R114), never from what a client claims about who wrote. Per person: cards
 * added, changes, connections, dots and ratings, per frame (a stage's area, '' outside
 * every frame). Per record: when it was added and last changed, and how the writer takes
 * part. Kept in memory and written to the secret store in batches (every `flushMs`, and
 * when the room unloads), so a client's update costs O(its changes) here and no storage
 * call. A crash loses at most one batch of counts, never the board.
 */

export const CONTRIBUTION_SCOPE = 'contributions'
export const STAMP_SCOPE = 'stamp'

/** Shapes that count as a card a person added; arrows count as connections. */
const CARD_TYPES: ReadonlySet<string> = new Set(['cg-asset', 'cg-person', 'note', 'text', 'geo'])
const CONNECTION_TYPES: ReadonlySet<string> = new Set(['arrow'])

type FrameCounts = Map<string, Contributions>

interface Shape {
  typeName: 'shape'
  type: string
  parentId: string
}

export class Attribution {
  /** How each person takes part, as they last declared it (R110). */
  private readonly groups = new Map<string, TakesPartAs>()
  private readonly counts = new Map<string, FrameCounts>()
  private readonly stamps = new Map<string, RecordStamp>()
  private readonly dirtyPeople = new Set<string>()
  private readonly dirtyStamps = new Set<string>()
  private readonly declared = new Set<string>()
  private loaded = false

  constructor(
    private readonly boardId: BoardId,
    private readonly secrets: SecretStore,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Reads what earlier rooms stored; counts noted before it ends are added to it. */
  async load(): Promise<void> {
    const [people, stamps, participants] = await Promise.all([
      this.secrets.list(this.boardId, CONTRIBUTION_SCOPE),
      this.secrets.list(this.boardId, STAMP_SCOPE),
      this.secrets.list(this.boardId, PARTICIPANT_SCOPE),
    ])
    for (const [personId, value] of participants) {
      const group = (value as { takesPartAs?: unknown } | null)?.takesPartAs
      if (isTakesPartAs(group) && !this.groups.has(personId)) this.groups.set(personId, group)
    }
    for (const [personId, value] of people) {
      const frames = readFrameCounts(value)
      const mine = this.countsOf(personId)
      for (const [frame, counts] of frames) {
        const into = mine.get(frame) ?? emptyContributions()
        for (const kind of Object.keys(counts) as ContributionKind[]) into[kind] += counts[kind]
        mine.set(frame, into)
      }
    }
    for (const [id, value] of stamps) {
      if (!this.stamps.has(id) && isStamp(value)) this.stamps.set(id, value)
    }
    this.loaded = true
  }

  /**
   * R110: how `personId` says they take part (their awareness `user.takesPartAs`, or
   * nothing: 'not-said'). A declaration, remembered for the participation summary.
   */
  declare(personId: string, takesPartAs: unknown, at = new Date()): void {
    const group: TakesPartAs = isTakesPartAs(takesPartAs) ? takesPartAs : 'not-said'
    const known = this.groups.get(personId)
    if (known === group && this.declared.has(personId)) return
    this.groups.set(personId, group)
    this.declared.add(personId)
    recordParticipant(this.secrets, this.boardId, personId, group, at).catch(this.onError)
  }

  /** R110, R114: counts and stamps one accepted client write; O(changes). */
  noteChanges(
    personId: string,
    changes: readonly RecordChange[],
    record: (key: string) => unknown,
    at = new Date(),
  ): void {
    if (!this.groups.has(personId)) this.declare(personId, null, at)
    const group = this.groups.get(personId)!
    const stampedAt = at.toISOString()
    for (const { key, before, after } of changes) {
      const shape = asShape(after) ?? asShape(before)
      if (shape === null) continue
      const frame = frameOf(shape.parentId, record)
      if (before === null && after !== null) {
        const kind: ContributionKind = CARD_TYPES.has(shape.type)
          ? 'cards'
          : CONNECTION_TYPES.has(shape.type)
            ? 'connections'
            : 'changes'
        this.count(personId, frame, kind, 1)
        this.stamp(key, {
          addedAt: stampedAt,
          addedAs: group,
          changedAt: stampedAt,
          changedAs: group,
        })
      } else {
        this.count(personId, frame, 'changes', 1)
        if (after === null) {
          this.stamps.delete(key)
          continue
        }
        const known = this.stamps.get(key)
        this.stamp(key, {
          addedAt: known?.addedAt ?? stampedAt,
          addedAs: known?.addedAs ?? group,
          changedAt: stampedAt,
          changedAs: group,
        })
      }
    }
  }

  /** Counts what did not come as a document write: dots on reveal, ratings (R110). */
  count(personId: string, frame: string, kind: ContributionKind, n: number): void {
    if (n === 0) return
    if (!this.groups.has(personId)) this.declare(personId, null)
    const mine = this.countsOf(personId)
    const counts = mine.get(frame) ?? emptyContributions()
    counts[kind] += n
    mine.set(frame, counts)
    this.dirtyPeople.add(personId)
  }

  /** Stamps a record the server wrote for `personId` (a revealed hidden card). */
  stampFor(personId: string, key: string, at = new Date()): void {
    const group = this.groups.get(personId) ?? 'not-said'
    const stampedAt = at.toISOString()
    this.stamp(key, { addedAt: stampedAt, addedAs: group, changedAt: stampedAt, changedAs: group })
  }

  /** R114: the stamps of `ids` (those it has). */
  stampsOf(ids: readonly string[]): Record<string, RecordStamp> {
    const found: Record<string, RecordStamp> = {}
    for (const id of ids) {
      const stamp = this.stamps.get(id)
      if (stamp !== undefined) found[id] = stamp
    }
    return found
  }

  /**
   * R111: contributions by group, for the session and per frame, with the number of
   * people in each group. `frameName` names a frame; frames are listed in the order
   * first met, at most `MAX_BALANCE_FRAMES`.
   */
  balance(frameName: (frameId: string) => string | null): VoiceBalance {
    const session = emptyGroups()
    const people = new Map<TakesPartAs, number>()
    for (const group of this.groups.values()) people.set(group, (people.get(group) ?? 0) + 1)
    for (const row of session) row.people = people.get(row.takesPartAs) ?? 0
    const frames = new Map<string, FrameBalance>()
    for (const [personId, mine] of this.counts) {
      const group = this.groups.get(personId) ?? 'not-said'
      for (const [frameId, counts] of mine) {
        add(rowOf(session, group), counts)
        if (frameId === '') continue
        let frame = frames.get(frameId)
        if (frame === undefined) {
          const name = frameName(frameId)
          if (name === null || frames.size >= MAX_BALANCE_FRAMES) continue
          frame = {
            frameId,
            name,
            groups: session.map((row) => ({ ...row, ...emptyContributions() })),
          }
          frames.set(frameId, frame)
        }
        add(rowOf(frame.groups, group), counts)
      }
    }
    return { session, frames: [...frames.values()] }
  }

  /** Whether there are counts or stamps not yet stored. */
  get dirty(): boolean {
    return this.dirtyPeople.size > 0 || this.dirtyStamps.size > 0
  }

  /** Writes what changed since the last flush; what fails stays dirty for the next. */
  async flush(): Promise<void> {
    if (!this.loaded) return
    const people = [...this.dirtyPeople]
    const stamps = [...this.dirtyStamps]
    this.dirtyPeople.clear()
    this.dirtyStamps.clear()
    for (const personId of people) {
      const mine = this.counts.get(personId)
      if (mine === undefined) continue
      try {
        await this.secrets.put(this.boardId, CONTRIBUTION_SCOPE, personId, Object.fromEntries(mine))
      } catch (error) {
        this.dirtyPeople.add(personId)
        this.onError(error)
      }
    }
    for (const id of stamps) {
      try {
        await this.secrets.put(this.boardId, STAMP_SCOPE, id, this.stamps.get(id) ?? null)
      } catch (error) {
        this.dirtyStamps.add(id)
        this.onError(error)
      }
    }
  }

  private stamp(key: string, stamp: RecordStamp): void {
    this.stamps.set(key, stamp)
    this.dirtyStamps.add(key)
  }

  private countsOf(personId: string): FrameCounts {
    let mine = this.counts.get(personId)
    if (mine === undefined) {
      mine = new Map()
      this.counts.set(personId, mine)
    }
    return mine
  }
}

/** The frame a shape sits in directly ('' when its parent is a page or not a frame). */
export function frameOf(parentId: unknown, record: (key: string) => unknown): string {
  if (typeof parentId !== 'string' || !parentId.startsWith('shape:')) return ''
  const parent = asShape(record(parentId))
  return parent !== null && parent.type === 'frame' ? parentId : ''
}

function asShape(value: unknown): Shape | null {
  if (typeof value !== 'object' || value === null) return null
  const r = value as Record<string, unknown>
  if (r.typeName !== 'shape' || typeof r.type !== 'string') return null
  return { typeName: 'shape', type: r.type, parentId: String(r.parentId) }
}

function rowOf(rows: GroupBalance[], group: TakesPartAs): GroupBalance {
  return rows.find((row) => row.takesPartAs === group)!
}

function add(row: GroupBalance, counts: Contributions): void {
  for (const kind of Object.keys(counts) as ContributionKind[]) row[kind] += counts[kind]
}

function readFrameCounts(value: unknown): FrameCounts {
  const frames: FrameCounts = new Map()
  if (typeof value !== 'object' || value === null) return frames
  for (const [frame, raw] of Object.entries(value as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null) continue
    const counts = emptyContributions()
    for (const kind of Object.keys(counts) as ContributionKind[]) {
      const n = (raw as Record<string, unknown>)[kind]
      if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) counts[kind] = n
    }
    frames.set(frame, counts)
  }
  return frames
}

function isStamp(value: unknown): value is RecordStamp {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Record<string, unknown>
  return (
    typeof s.addedAt === 'string' &&
    typeof s.changedAt === 'string' &&
    isTakesPartAs(s.addedAs) &&
    isTakesPartAs(s.changedAs)
  )
}
