import { useT } from '../i18n/useT'
import type { SessionViews } from './useSessionViews'

/**
 * What "Follow me" means for this person (SPEC 28): the leader sees that everyone
 * follows them; a follower sees whom they follow and how to look around on their own;
 * after stepping out, how to follow again.
 */
export function FollowBanner({
  leading,
  leaderName,
  views,
  onStopLeading,
}: {
  /** This person is the one everyone follows. */
  leading: boolean
  /** The leader's name, when someone else leads. */
  leaderName: string | null
  views: SessionViews
  onStopLeading: () => void
}) {
  const { t } = useT()
  let message: string
  let action: { label: string; run: () => void }
  if (leading) {
    message = t('session.follow.leading')
    action = { label: t('session.stopFollowMe'), run: onStopLeading }
  } else if (leaderName !== null && views.steppedOut) {
    message = t('session.follow.steppedOut', { name: leaderName })
    action = { label: t('session.follow.again', { name: leaderName }), run: views.followAgain }
  } else if (leaderName !== null && views.following) {
    message = t('session.follow.following', { name: leaderName })
    action = { label: t('session.follow.stop'), run: views.stopFollowing }
  } else {
    return null
  }
  return (
    <div className="session-follow" role="status" data-testid="follow-banner">
      <span>{message}</span>
      <button type="button" className="button small" onClick={action.run}>
        {action.label}
      </button>
    </div>
  )
}
