import { normalizeJoinCode } from '@common-ground/shared'
import { useId, useState, type FormEvent } from 'react'
import { boardsApi } from '../api/boardsApi'
import { navigate } from '../app/navigation'
import { useT } from '../i18n/useT'
import { boardPathFromInput } from './boardAddress'

const api = boardsApi()

/** For someone who was told a board's link or code rather than sent it. */
export function OpenBoardForm() {
  const { t } = useT()
  const id = useId()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [lookingUp, setLookingUp] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (lookingUp) return
    // A join code (ABCD-EFGH, from the facilitator's Share) is asked of the server, which
    // answers the participant link it stands for.
    if (normalizeJoinCode(value) !== null && !value.includes('/')) {
      setError(null)
      setLookingUp(true)
      const result = await api.lookupJoinCode(value)
      setLookingUp(false)
      if (result.ok) navigate(result.value.path)
      else setError(result.message)
      return
    }
    const path = boardPathFromInput(value)
    if (path === null) {
      setError(t('home.open.invalid'))
      return
    }
    navigate(path)
  }

  return (
    <form className="open-board" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-address`}>{t('home.open.label')}</label>
      <div className="inline-field">
        <input
          id={`${id}-address`}
          type="text"
          inputMode="url"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error !== null}
          aria-describedby={error === null ? undefined : `${id}-error`}
        />
        <button type="submit" className="button" aria-disabled={lookingUp}>
          {t('home.open.submit')}
        </button>
      </div>
      {lookingUp && <p role="status">{t('home.open.lookingUp')}</p>}
      {error !== null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
