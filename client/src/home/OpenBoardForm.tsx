import { useId, useState, type FormEvent } from 'react'
import { navigate } from '../app/navigation'
import { boardPathFromInput } from './boardAddress'

/** For someone who was told a board's link or code rather than sent it. */
export function OpenBoardForm() {
  const id = useId()
  const [value, setValue] = useState('')
  const [error, setError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const path = boardPathFromInput(value)
    if (path === null) {
      setError('That does not look like a board link or code. Check it and try again.')
      return
    }
    navigate(path)
  }

  return (
    <form className="open-board" onSubmit={submit} noValidate>
      <label htmlFor={`${id}-address`}>Have a board link or code?</label>
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
          Open board
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
