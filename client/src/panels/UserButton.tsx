import type { StoredUser } from '../join/storedUser'

/** Shows who you are on this board; pressing it lets you change name or colour. */
export function UserButton({ user, onClick }: { user: StoredUser; onClick: () => void }) {
  return (
    <button
      type="button"
      className="button user-button"
      data-testid="change-name"
      aria-label={`${user.name}: change name or colour`}
      onClick={onClick}
    >
      <span className="swatch" style={{ backgroundColor: user.color }} aria-hidden="true" />
      <span className="user-name">{user.name}</span>
    </button>
  )
}
