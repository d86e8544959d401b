import type * as Y from 'yjs'
import { syncStep2Message } from './serverMessage.js'

/** Answers other than the whole board are kept only this small (bytes). */
const MAX_PARTIAL_ANSWER_BYTES = 256 * 1024
/** Distinct state vectors whose answers are kept at once. */
const MAX_ANSWERS = 4

/**
 * Answers to sync step 1 ("send me what I lack") for the doc as it is now, kept until
 * the doc changes (PROTOCOL.md R28). Encoding an answer walks the whole board, however
 * little the asker lacks; when nothing changed, the same question gets the same bytes.
 * Most questions are one of two: the empty state vector (a client with nothing: the
 * whole board) and the doc's own state vector (a client that reconnects having missed
 * nothing). Held: the whole-board answer (one copy of the board's encoded size) and at
 * most three small ones.
 */
export class BoardAnswers {
  private doc: Y.Doc | null = null
  /** Keyed by the state vector's bytes; oldest first. */
  private readonly answers = new Map<string, Uint8Array>()
  private readonly clear = () => this.answers.clear()

  /** The sync step 2 message answering `stateVector` on `doc`. */
  answer(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    if (doc !== this.doc) this.watch(doc)
    const key = Buffer.from(stateVector).toString('latin1')
    const kept = this.answers.get(key)
    if (kept !== undefined) return kept
    const message = syncStep2Message(doc, stateVector)
    if (isEmptyStateVector(stateVector) || message.byteLength <= MAX_PARTIAL_ANSWER_BYTES) {
      if (this.answers.size >= MAX_ANSWERS) this.answers.delete(this.answers.keys().next().value!)
      this.answers.set(key, message)
    }
    return message
  }

  /** Drops every answer, and stops watching the doc (the room is leaving memory). */
  dispose(): void {
    this.doc?.off('afterTransaction', this.clear)
    this.doc = null
    this.answers.clear()
  }

  /**
   * Any transaction may change the answers (deletions change no state vector), and the
   * room's doc sees a transaction only for a change: an update applied, refused or written
   * by the server. A rebuilt room has a new doc, which is watched instead.
   */
  private watch(doc: Y.Doc): void {
    this.dispose()
    this.doc = doc
    doc.on('afterTransaction', this.clear)
  }
}

/** `[0]`: no clients. */
function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.byteLength === 1 && stateVector[0] === 0
}
