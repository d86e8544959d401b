import { createMigrationSequence } from '@tldraw/store'
import { toRichText, type TLRecord } from '@tldraw/tlschema'
import { DOMAIN_CATALOGUES } from '../i18n/domainWords.js'
import { LANGUAGE_IDS } from '../i18n/languages.js'
import { isRelationId, RELATION_META_KEY } from './connections.js'

/**
 * The relation on a connection arrow is an id (`meta.relation`), drawn in each reader's
 * language. Boards made before that also wrote the relation's English words into the
 * arrow's own text, which would then show twice, and in English for everyone.
 * `RelationAsIdOnly` empties an arrow's text when it is only the words of its own
 * relation (in any language we speak); text someone typed themselves is kept. The
 * sequence is retroactive, so boards saved before it existed are migrated when opened.
 */
export const RELATION_SEQUENCE_ID = 'com.common-ground.relation'

export const relationMigrationIds = {
  RelationAsIdOnly: `${RELATION_SEQUENCE_ID}/1`,
} as const

/** The arrow text a board written before ids would hold for `relation`. */
function relationWordings(relation: string): Set<string> {
  return new Set(
    LANGUAGE_IDS.map(
      (language) =>
        DOMAIN_CATALOGUES[language][
          `relation.${relation}` as keyof (typeof DOMAIN_CATALOGUES)['en']
        ],
    ),
  )
}

/** The words of a tldraw rich text, paragraphs joined by new lines. */
export function plainTextOf(richText: unknown): string {
  const paragraphs = (richText as { content?: unknown[] } | null)?.content ?? []
  return paragraphs
    .map((paragraph) =>
      ((paragraph as { content?: unknown[] }).content ?? [])
        .map((node) => (node as { text?: unknown }).text)
        .filter((text): text is string => typeof text === 'string')
        .join(''),
    )
    .join('\n')
}

/** True when an arrow's text is the words of its relation: an old board's label. */
export function isRelationWording(relation: unknown, richText: unknown): boolean {
  return isRelationId(relation) && relationWordings(relation).has(plainTextOf(richText).trim())
}

export const relationMigrations = createMigrationSequence({
  sequenceId: RELATION_SEQUENCE_ID,
  retroactive: true,
  sequence: [
    {
      id: relationMigrationIds.RelationAsIdOnly,
      scope: 'record',
      filter: (record) =>
        (record as TLRecord).typeName === 'shape' && (record as { type?: string }).type === 'arrow',
      up: (record) => {
        const arrow = record as unknown as {
          meta: Record<string, unknown>
          props: { richText: unknown }
        }
        if (isRelationWording(arrow.meta[RELATION_META_KEY], arrow.props.richText)) {
          arrow.props.richText = toRichText('')
        }
      },
    },
  ],
})
