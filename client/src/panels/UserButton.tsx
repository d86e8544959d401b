import { useT } from '../i18n/useT'
import type { StoredUser } from '../join/storedUser'

/** Shows who you are on this board; pressing it lets you change name or colour. */
export function UserButton({ user, onClick }: { user: StoredUser; onClick: () => void }) {
  const { t } = useT()
  return (
    <button
      type="button"
      className="button user-button"
      data-testid="change-name"
      aria-label={t('topBar.changeUser', { name: user.name })}
      onClick={onClick}
    >
      <span className="swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
      <span className="user-name">{user.name}</span>
    </button>
  )
}
