import { en } from '../i18n/domain/en.js'

/**
 * The templates a board may start from (`POST /api/boards` with `template`). Titles and
 * descriptions, in English, come from the domain catalogue (shared/src/i18n/domain):
 * the home page shows them in the reader's language.
 */
export const TEMPLATES = [
  {
    id: 'asset-map',
    title: en['template.asset-map.title'],
    description: en['template.asset-map.description'],
  },
  {
    id: 'network-map',
    title: en['template.network-map.title'],
    description: en['template.network-map.description'],
  },
  {
    id: 'coproduction-grid',
    title: en['template.coproduction-grid.title'],
    description: en['template.coproduction-grid.description'],
  },
  {
    id: 'ladder',
    title: en['template.ladder.title'],
    description: en['template.ladder.description'],
  },
  {
    id: 'six-elements',
    title: en['template.six-elements.title'],
    description: en['template.six-elements.description'],
  },
  {
    id: 'full-workshop',
    title: en['template.full-workshop.title'],
    description: en['template.full-workshop.description'],
  },
] as const

export type TemplateId = (typeof TEMPLATES)[number]['id']

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((template) => template.id)

export function isTemplateId(value: unknown): value is TemplateId {
  return (TEMPLATE_IDS as readonly unknown[]).includes(value)
}
