import type { TakesPartAs } from '@common-ground/shared'
import type { Translation } from '../i18n/useT'

/** A way of taking part in the reader's language ("not said" is a UI word, not a role). */
export function groupName({ t, words }: Pick<Translation, 't' | 'words'>, group: TakesPartAs) {
  return group === 'not-said' ? t('voiceBalance.group.not-said') : words.role(group)
}
