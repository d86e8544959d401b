import { useId, useState } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { saveBlob } from '../exports/download'
import { downloadName } from '../exports/fileNames'
import { frameAreas, makePicture, type PictureFormat } from '../exports/pictures'
import { useT } from '../i18n/useT'

const WHOLE_BOARD = ''

type Status =
  { kind: 'idle' } | { kind: 'making' } | { kind: 'done'; name: string } | { kind: 'failed' }

/**
 * PNG and SVG of the whole board or one frame (SPEC 55), named after the board and the
 * frame, at a size a report can use. Made in the page by tldraw's own exporter, so they
 * look as the canvas does.
 */
export function PictureExport({ editor, title }: { editor: Editor; title: string }) {
  const { t } = useT()
  const headingId = useId()
  const selectId = useId()
  const frames = useValue('picture frames', () => frameAreas(editor), [editor])
  const [chosen, setChosen] = useState<string>(WHOLE_BOARD)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const frame = frames.find((area) => area.frameId === chosen)
  const frameName = (name: string) => name || t('exports.pictures.untitledFrame')

  const download = async (format: PictureFormat) => {
    setStatus({ kind: 'making' })
    try {
      const area =
        frame === undefined
          ? { frameId: null, name: '' }
          : { frameId: frame.frameId as TLShapeId, name: frameName(frame.name) }
      const blob = await makePicture(editor, area, format)
      const name = downloadName(
        title,
        area.frameId === null ? null : area.name,
        `.${format}`,
        t('common.untitled'),
      )
      saveBlob(blob, name)
      setStatus({ kind: 'done', name })
    } catch {
      setStatus({ kind: 'failed' })
    }
  }

  const making = status.kind === 'making'
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('exports.pictures.heading')}</h3>
      <label htmlFor={selectId}>{t('exports.pictures.area')}</label>
      <select
        id={selectId}
        value={frame === undefined ? WHOLE_BOARD : chosen}
        onChange={(event) => setChosen(event.target.value)}
        data-testid="export-picture-area"
      >
        <option value={WHOLE_BOARD}>{t('exports.pictures.wholeBoard')}</option>
        {frames.map((area) => (
          <option key={area.frameId} value={area.frameId ?? ''}>
            {frameName(area.name)}
          </option>
        ))}
      </select>
      <div className="cg-export-buttons">
        <button
          type="button"
          className="button"
          disabled={making}
          aria-busy={making}
          onClick={() => void download('png')}
          data-testid="export-png"
        >
          {t('exports.pictures.png')}
        </button>
        <button
          type="button"
          className="button"
          disabled={making}
          aria-busy={making}
          onClick={() => void download('svg')}
          data-testid="export-svg"
        >
          {t('exports.pictures.svg')}
        </button>
      </div>
      <p role="status" className="cg-export-status" data-testid="export-picture-status">
        {status.kind === 'making' && t('exports.pictures.making')}
        {status.kind === 'done' && t('exports.pictures.done', { name: status.name })}
        {status.kind === 'failed' && t('exports.pictures.failed')}
      </p>
    </section>
  )
}
