import type { LanguageId } from '@common-ground/shared'
import { ar } from './ar'
import { cy } from './cy'
import { en, type UiCatalogue } from './en'

/** The i18next namespace of the UI words. */
export const UI_NAMESPACE = 'ui'

export const UI_CATALOGUES: Readonly<Record<LanguageId, UiCatalogue>> = { en, cy, ar }
