import type { TakesPartAs } from '@common-ground/shared'

/** Who is using the panel: what "Add myself" and "added by" need. */
export interface Participant {
  id: string
  name: string
  takesPartAs?: TakesPartAs
}
