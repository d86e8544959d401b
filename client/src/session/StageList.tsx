import { useId, useState, type FormEvent } from 'react'
import { useValue, type Editor } from 'tldraw'
import {
  MAX_PLANNED_MINUTES,
  MAX_STAGE_NAME_LENGTH,
  MAX_STAGES,
  type SessionAction,
  type SessionProps,
  type SessionStage,
} from '@common-ground/shared'
import { useT } from '../i18n/useT'

/**
 * The agenda: every stage, the current one marked. Anyone can show a stage's area on
 * their own screen; a facilitator also starts a stage for everyone, reorders, changes,
 * removes and adds stages (PROTOCOL.md R83, R86, R87).
 */
export function StageList({
  id,
  editor,
  session,
  facilitator,
  busy,
  act,
  onShow,
}: {
  id: string
  editor: Editor
  session: SessionProps | null
  facilitator: boolean
  busy: boolean
  act: (action: SessionAction) => Promise<boolean>
  onShow: (stage: SessionStage) => void
}) {
  const { t } = useT()
  const headingId = useId()
  const stages = session?.stages ?? []
  const [editing, setEditing] = useState<string | null>(null)
  return (
    <div id={id} className="session-popover" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="session-popover-heading">
        {t('session.stage.list')}
      </h2>
      {stages.length === 0 && <p>{t('session.stage.empty')}</p>}
      <ol className="session-stages" data-testid="stage-list">
        {stages.map((stage, index) => {
          const current = stage.id === session?.currentStageId
          if (editing === stage.id) {
            return (
              <li key={stage.id}>
                <StageForm
                  editor={editor}
                  stage={stage}
                  busy={busy}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (fields) => {
                    const ok = await act({ action: 'updateStage', stageId: stage.id, ...fields })
                    if (ok) setEditing(null)
                  }}
                />
              </li>
            )
          }
          return (
            <li key={stage.id} data-current={current} data-testid="stage-item">
              <span className="session-stage-name">
                {stage.name}
                {current && <span className="small-badge badge">{t('session.stage.now')}</span>}
                {stage.plannedMinutes !== null && (
                  <span className="cg-muted">
                    {' '}
                    {t('session.stage.minutes', { count: stage.plannedMinutes })}
                  </span>
                )}
              </span>
              <span className="session-stage-actions">
                {stage.frameId !== null && (
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('session.stage.showLabel', { name: stage.name })}
                    onClick={() => onShow(stage)}
                  >
                    {t('session.stage.show')}
                  </button>
                )}
                {facilitator && (
                  <>
                    <button
                      type="button"
                      className="button small primary"
                      aria-label={t('session.stage.startLabel', { name: stage.name })}
                      onClick={() => void act({ action: 'setStage', stageId: stage.id })}
                    >
                      {t('session.stage.start')}
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('session.stage.moveUp', { name: stage.name })}
                      disabled={index === 0}
                      onClick={() =>
                        void act({ action: 'moveStage', stageId: stage.id, to: index - 1 })
                      }
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('session.stage.moveDown', { name: stage.name })}
                      disabled={index === stages.length - 1}
                      onClick={() =>
                        void act({ action: 'moveStage', stageId: stage.id, to: index + 1 })
                      }
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                    <button
                      type="button"
                      className="button small"
                      aria-label={t('session.stage.edit', { name: stage.name })}
                      onClick={() => setEditing(stage.id)}
                    >
                      <span aria-hidden="true">✎</span>
                    </button>
                    <button
                      type="button"
                      className="button small danger"
                      aria-label={t('session.stage.remove', { name: stage.name })}
                      onClick={() => void act({ action: 'removeStage', stageId: stage.id })}
                    >
                      <span aria-hidden="true">✕</span>
                    </button>
                  </>
                )}
              </span>
            </li>
          )
        })}
      </ol>
      {facilitator && stages.length < MAX_STAGES && (
        <details className="session-add-stage">
          <summary>{t('session.stage.add')}</summary>
          <StageForm
            editor={editor}
            stage={null}
            busy={busy}
            onSubmit={async (fields) => {
              await act({ action: 'addStage', ...fields })
            }}
          />
        </details>
      )}
    </div>
  )
}

interface StageFields {
  name: string
  frameId: string | null
  plannedMinutes: number | null
}

/** A stage's name, area (a frame of the board) and planned minutes. */
function StageForm({
  editor,
  stage,
  busy,
  onSubmit,
  onCancel,
}: {
  editor: Editor
  stage: SessionStage | null
  busy: boolean
  onSubmit: (fields: StageFields) => Promise<void>
  onCancel?: () => void
}) {
  const { t } = useT()
  const formId = useId()
  const frames = useValue(
    'frames',
    () =>
      editor
        .getCurrentPageShapesSorted()
        .filter((shape) => shape.type === 'frame')
        .map((shape) => ({
          id: shape.id as string,
          name: (shape.props as { name?: string }).name || t('common.untitled'),
        })),
    [editor, t],
  )
  const [name, setName] = useState(stage?.name ?? '')
  const [frameId, setFrameId] = useState(stage?.frameId ?? '')
  const [minutes, setMinutes] = useState(stage?.plannedMinutes?.toString() ?? '')
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const planned = minutes.trim() === '' ? null : Number(minutes)
    await onSubmit({
      name: name.trim(),
      frameId: frameId === '' ? null : frameId,
      plannedMinutes: planned !== null && Number.isInteger(planned) ? planned : null,
    })
    if (stage === null) {
      setName('')
      setMinutes('')
    }
  }
  return (
    <form className="session-stage-form" onSubmit={(event) => void submit(event)}>
      <label htmlFor={`${formId}-name`}>{t('session.stage.name')}</label>
      <input
        id={`${formId}-name`}
        required
        maxLength={MAX_STAGE_NAME_LENGTH}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <label htmlFor={`${formId}-area`}>{t('session.stage.area')}</label>
      <select
        id={`${formId}-area`}
        value={frameId}
        onChange={(event) => setFrameId(event.target.value)}
      >
        <option value="">{t('session.stage.noArea')}</option>
        {frames.map((frame) => (
          <option key={frame.id} value={frame.id}>
            {frame.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${formId}-minutes`}>{t('session.stage.plannedMinutes')}</label>
      <input
        id={`${formId}-minutes`}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_PLANNED_MINUTES}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
      />
      <div className="session-form-buttons">
        <button type="submit" className="button small primary" disabled={busy}>
          {stage === null ? t('session.stage.add') : t('common.save')}
        </button>
        {onCancel && (
          <button type="button" className="button small" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  )
}
