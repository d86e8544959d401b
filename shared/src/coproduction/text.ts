import { T } from '@tldraw/validate'

/**
 * Longest text a co-production shape holds in a one-line field (a title, a label, a name)
 * and in a description. The server refuses longer values (and closes the writer's socket,
 * PROTOCOL.md R17), so editors must stop typing at these lengths.
 */
export const MAX_SHAPE_LINE_LENGTH = 300
export const MAX_SHAPE_DESCRIPTION_LENGTH = 4000

export const lineText = T.string.check((value) => {
  if (value.length > MAX_SHAPE_LINE_LENGTH) {
    throw new Error(`Expected at most ${MAX_SHAPE_LINE_LENGTH} characters, got ${value.length}`)
  }
})

export const descriptionText = T.string.check((value) => {
  if (value.length > MAX_SHAPE_DESCRIPTION_LENGTH) {
    throw new Error(
      `Expected at most ${MAX_SHAPE_DESCRIPTION_LENGTH} characters, got ${value.length}`,
    )
  }
})

/**
 * A participant's id as the client remembers it (client/src/join/storedUser.ts): stable
 * per browser, 8 to 64 letters, digits, `_` or `-`. Ratings are keyed by it.
 */
export const PARTICIPANT_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

export const participantIdValidator = T.string.check((value) => {
  if (!PARTICIPANT_ID_PATTERN.test(value)) throw new Error(`Not a participant id: ${value}`)
})
