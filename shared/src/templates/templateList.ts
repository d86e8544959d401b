/**
 * The templates a board may start from (`POST /api/boards` with `template`). Titles and
 * descriptions are shown on the home page; keep them in plain words.
 */
export const TEMPLATES = [
  {
    id: 'asset-map',
    title: 'Asset map',
    description:
      'Cards for what people bring: skills, time, knowledge, lived experience, places, organisations, resources and relationships.',
  },
  {
    id: 'network-map',
    title: 'Network map',
    description:
      'Rings around one person (me, close, community, services) to map who knows, supports, refers to or funds whom.',
  },
  {
    id: 'coproduction-grid',
    title: 'Co-production grid',
    description:
      'Who plans a service and who delivers it, on nef’s grid: where it is today and where you want it to be.',
  },
  {
    id: 'ladder',
    title: 'Ladder of participation',
    description: 'From coercion to co-production: how much power an activity shares.',
  },
  {
    id: 'six-elements',
    title: 'Is your service co-produced?',
    description:
      'Six questions that each person rates on their own, from 0 (not at all) to 4 (fully).',
  },
  {
    id: 'full-workshop',
    title: 'Full workshop',
    description: 'All five activities side by side, in the order a session usually takes them.',
  },
] as const

export type TemplateId = (typeof TEMPLATES)[number]['id']

export const TEMPLATE_IDS: readonly TemplateId[] = TEMPLATES.map((template) => template.id)

export function isTemplateId(value: unknown): value is TemplateId {
  return (TEMPLATE_IDS as readonly unknown[]).includes(value)
}
