import { useT } from '../i18n/useT'
import { useId } from 'react'
import { useModalDialog } from '../app/useModalDialog'
import { JoinForm } from './JoinForm'
import type { StoredUser, UserDetails } from './storedUser'

export interface ChangeNameDialogProps {
  user: StoredUser
  onSave: (details: UserDetails) => void
  onClose: () => void
}

/**
 * A native modal `<dialog>`: the browser traps focus, closes it on Escape and returns
 * focus to the button that opened it. Mounted only while open.
 */
export function ChangeNameDialog({ user, onSave, onClose }: ChangeNameDialogProps) {
  const ref = useModalDialog()
  const { t } = useT()
  const headingId = useId()

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={headingId}
      data-testid="change-name-dialog"
      onClose={onClose}
    >
      <h2 id={headingId}>{t('join.changeTitle')}</h2>
      <JoinForm
        initialName={user.name}
        initialColor={user.color}
        initialTakesPartAs={user.takesPartAs}
        submitLabel={t('common.save')}
        onSubmit={(details) => {
          onSave(details)
          onClose()
        }}
        onCancel={onClose}
      />
    </dialog>
  )
}
