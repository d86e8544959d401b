import { useId, useState, type FormEvent } from 'react'
import { navigate } from '../app/navigation'
import { useT } from '../i18n/useT'
import { boardPathFromInput } from './boardAddress'

/** For someone who was told a board's link or code rather than sent it. */
export function OpenBoardForm() {
  const { t } = useT()
  const id = useId()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
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
        <button type="submit" className="button">
          {t('home.open.submit')}
        </button>
      </div>
      {error !== null && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  )
}
