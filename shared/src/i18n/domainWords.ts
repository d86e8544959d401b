import { createInstance, type TFunction } from 'i18next'
import type { AssetKind } from '../coproduction/assetCard.js'
import type { RelationId } from '../coproduction/connections.js'
import type { GridCellId, GridColumnId, GridRowId } from '../coproduction/grid.js'
import type { LadderBandId, LadderRungId } from '../coproduction/ladder.js'
import type { PersonRole } from '../coproduction/person.js'
import type { QuestionId, Rating } from '../coproduction/sixElements.js'
import type { DomainCatalogue } from './catalogue.js'
import { ar } from './domain/ar.js'
import { cy } from './domain/cy.js'
import { en, type DomainKey } from './domain/en.js'
import { DEFAULT_LANGUAGE, LANGUAGE_IDS, type LanguageId } from './languages.js'

/** Every language's domain words, for the client's i18next and the catalogue test. */
export const DOMAIN_CATALOGUES: Readonly<Record<LanguageId, DomainCatalogue>> = { en, cy, ar }

/** The i18next namespace of the domain words. */
export const DOMAIN_NAMESPACE = 'domain'

// One i18next instance for the server and tests. The messages are bundled, so it is
// ready as soon as `init` returns (`initAsync: false`).
const i18n = createInstance()
void i18n.init({
  initAsync: false,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGE_IDS],
  ns: [DOMAIN_NAMESPACE],
  defaultNS: DOMAIN_NAMESPACE,
  keySeparator: false,
  nsSeparator: false,
  // The words go into CSV cells and React text nodes, never into HTML as markup.
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(
    LANGUAGE_IDS.map((language) => [language, { [DOMAIN_NAMESPACE]: DOMAIN_CATALOGUES[language] }]),
  ),
})

export type DomainTranslate = (key: DomainKey, values?: Record<string, unknown>) => string

/**
 * The domain words of one language, looked up by what a record stores (ids), so the same
 * board reads in each reader's own language. Built over any i18next `t` for the domain
 * namespace: the server's (see {@link domainWords}) or the client's.
 */
export function domainWordsOf(translate: DomainTranslate) {
  return {
    relation: (id: RelationId) => translate(`relation.${id}`),
    assetKind: (id: AssetKind) => translate(`assetKind.${id}`),
    role: (id: PersonRole) => translate(`role.${id}`),
    gridAxis: (axis: 'columns' | 'rows') => translate(`grid.axis.${axis}`),
    gridColumn: (id: GridColumnId) => translate(`grid.column.${id}`),
    gridRow: (id: GridRowId) => translate(`grid.row.${id}`),
    gridCell: (id: GridCellId) => translate(`grid.cell.${id}`),
    ladderBand: (id: LadderBandId) => translate(`ladder.band.${id}`),
    ladderRung: (id: LadderRungId) => translate(`ladder.rung.${id}`),
    sixElementsTitle: () => translate('sixElements.title'),
    questionTitle: (id: QuestionId) => translate(`sixElements.${id}.title`),
    questionText: (id: QuestionId) => translate(`sixElements.${id}.question`),
    rating: (value: Rating) => translate(`rating.${value}`),
    translate,
  }
}

export type DomainWords = ReturnType<typeof domainWordsOf>

/** The domain words of `language`, for code outside React (server, templates, tests). */
export function domainWords(language: LanguageId): DomainWords {
  const t: TFunction = i18n.getFixedT(language, DOMAIN_NAMESPACE)
  return domainWordsOf((key, values) => t(key, values ?? {}) as string)
}
