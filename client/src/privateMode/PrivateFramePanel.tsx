import { ASSET_KINDS, type AssetKind, type HiddenCard } from '@common-ground/shared'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useT } from '../i18n/useT'
import { useSessionCommands } from '../voting/SessionCommands'
import type { PrivateFrameRecord } from '../voting/sessionRecords'
import '../voting/voting.css'

/**
 * A frame in private mode as a person sees it (SPEC 38, 39): how many cards are hidden
 * (everyone may know), and this person's own hidden cards, added and taken back here by
 * command (server/PROTOCOL.md R106). Nobody else's ever reach this page before reveal.
 */
export function PrivateFramePanel({
  record,
  frameName,
  readOnly,
  userName,
}: {
  record: PrivateFrameRecord
  frameName: string
  readOnly: boolean
  userName: string
}) {
  const { t, words } = useT()
  const id = useId()
  const commands = useSessionCommands()
  const [mine, setMine] = useState<HiddenCard[]>([])
  const [title, setTitle] = useState('')
  const [kind, setKind] = useState<AssetKind>('skill')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { frameId, props } = record

  useEffect(() => {
    let live = true
    void commands.send('myHidden', { frameId }).then((outcome) => {
      if (live && outcome.ok) setMine(outcome.result.mine)
    })
    return () => {
      live = false
    }
  }, [commands, frameId, props.state])

  if (props.state !== 'on') return null

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (title.trim() === '') return
    setBusy(true)
    const outcome = await commands.send('addHidden', {
      frameId,
      title: title.trim(),
      description: '',
      kind,
      name: userName,
    })
    setBusy(false)
    if (outcome.ok) {
      setMine(outcome.result.mine)
      setTitle('')
      setError(null)
    } else setError(outcome.message)
  }
  const remove = async (cardId: string) => {
    const outcome = await commands.send('removeHidden', { frameId, cardId })
    if (outcome.ok) setMine(outcome.result.mine)
    else setError(outcome.message)
  }

  return (
    <section className="cg-private" aria-labelledby={`${id}-h`} data-testid="private-frame">
      <h3 id={`${id}-h`}>{t('private.heading', { frame: frameName })}</h3>
      <p className="hint">{t('private.hint')}</p>
      <p role="status" data-testid="hidden-count">
        {t('private.hiddenCount', { count: props.hidden })}
      </p>
      {!readOnly && (
        <form onSubmit={(event) => void add(event)} className="cg-row">
          <label>
            {t('private.cardTitle')}
            <input
              value={title}
              maxLength={300}
              onChange={(event) => setTitle(event.target.value)}
              data-testid="hidden-title"
            />
          </label>
          <label>
            {t('private.kind')}
            <select value={kind} onChange={(event) => setKind(event.target.value as AssetKind)}>
              {ASSET_KINDS.map((option) => (
                <option key={option.id} value={option.id}>
                  {words.assetKind(option.id)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button" disabled={busy || title.trim() === ''}>
            {t('private.add')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="cg-vote-error">
          {error}
        </p>
      )}
      {mine.length > 0 && (
        <>
          <h4>{t('private.mine')}</h4>
          <ul className="cg-vote-cards" data-testid="my-hidden">
            {mine.map((card) => (
              <li key={card.id}>
                <span className="cg-vote-card-name">{card.title}</span>
                <button
                  type="button"
                  className="button quiet"
                  onClick={() => void remove(card.id)}
                  aria-label={t('private.remove', { card: card.title })}
                >
                  {t('common.remove')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
