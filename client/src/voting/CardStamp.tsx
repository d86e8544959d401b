import { useT } from '../i18n/useT'
import { groupName } from '../voiceBalance/groupName'
import { useStamp } from './SessionCommands'

/**
 * When a card was added and last changed, and how the person who did it takes part
 * (SPEC 44; server-stamped, server/PROTOCOL.md R114). Never a name.
 */
export function CardStamp({ id }: { id: string }) {
  const translation = useT()
  const { t, language } = translation
  const stamp = useStamp(id)
  if (stamp === null) return null
  const time = (iso: string) =>
    new Date(iso).toLocaleString(language, { dateStyle: 'short', timeStyle: 'short' })
  const added = t('stamp.added', {
    time: time(stamp.addedAt),
    group: groupName(translation, stamp.addedAs),
  })
  const changed =
    stamp.changedAt === stamp.addedAt
      ? ''
      : ' · ' +
        t('stamp.changed', {
          time: time(stamp.changedAt),
          group: groupName(translation, stamp.changedAs),
        })
  return (
    <span className="cg-stamp hint" data-testid="card-stamp">
      {' '}
      {added}
      {changed}
    </span>
  )
}
