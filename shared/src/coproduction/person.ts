import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  type RecordProps,
  type TLBaseShape,
} from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { lineText, participantIdValidator } from './text.js'

export const PERSON_TYPE = 'cg-person'

/**
 * How a person (or group) on the board takes part (DOMAIN.md "Who is in the room"). The
 * first four ids are those a participant may choose when joining (`TAKES_PART_AS`), so a
 * participant who adds themselves keeps what they said. A role's words are the domain
 * word `role.<id>`.
 */
export const PERSON_ROLES = [
  { id: 'professional' },
  { id: 'service-user' },
  { id: 'family-carer' },
  { id: 'community' },
  { id: 'organisation' },
] as const

export type PersonRole = (typeof PERSON_ROLES)[number]['id']

export interface PersonProps {
  w: number
  h: number
  label: string
  takesPartAs: PersonRole
  /** '' when none is given. */
  organisation: string
  /** The participant's id when a participant added themselves, else null. */
  participantId: string | null
}

export type PersonShape = TLBaseShape<typeof PERSON_TYPE, PersonProps>

export const personShapeProps: RecordProps<PersonShape> = {
  w: T.nonZeroNumber,
  h: T.nonZeroNumber,
  label: lineText,
  takesPartAs: T.literalEnum(...PERSON_ROLES.map((role) => role.id)),
  organisation: lineText,
  participantId: participantIdValidator.nullable(),
}

export const personShapeVersions = createShapePropsMigrationIds(PERSON_TYPE, {
  AddParticipantId: 1,
})

/** Version 0 people could not be linked to a participant; they are nobody's own. */
export const personShapeMigrations = createShapePropsMigrationSequence({
  sequence: [
    {
      id: personShapeVersions.AddParticipantId,
      up: (props: Record<string, unknown>) => {
        props.participantId = null
      },
      down: (props: Record<string, unknown>) => {
        delete props.participantId
      },
    },
  ],
})

export const PERSON_DEFAULT_SIZE = { w: 180, h: 110 } as const
