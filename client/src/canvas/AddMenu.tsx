import { useT } from '../i18n/useT'
import { useState } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { addMyself } from '../views/AddPersonControls'
import { AssetForm } from '../views/AssetForm'
import { createAsset, createPerson, ownPersonCard } from '../views/boardActions'
import type { Participant } from '../views/participant'
import { PersonForm } from '../views/PersonForm'
import { AddDialog } from './AddDialog'

/**
 * "Add" buttons over the canvas: an asset card or a person (a short form in a dialog),
 * or yourself in one press from what you said when joining. Each lands in a free slot
 * near the middle of the view, selected, so it can be dragged where it belongs.
 */
export function AddMenu({ editor, participant }: { editor: Editor; participant: Participant }) {
  const { t } = useT()
  const [adding, setAdding] = useState<'asset' | 'person' | null>(null)
  const own = useValue('own person card', () => ownPersonCard(editor, participant.id), [
    editor,
    participant.id,
  ])
  const select = (id: TLShapeId) => {
    editor.select(id)
  }

  return (
    <div className="add-menu" role="group" aria-label={t('add.group')} data-testid="add-menu">
      <button type="button" className="button" onClick={() => setAdding('asset')}>
        <span aria-hidden="true">+</span> {t('add.asset')}
      </button>
      <button type="button" className="button" onClick={() => setAdding('person')}>
        <span aria-hidden="true">+</span> {t('add.person')}
      </button>
      {own === null ? (
        <button
          type="button"
          className="button"
          data-testid="canvas-add-myself"
          onClick={() => select(addMyself(editor, participant))}
        >
          <span aria-hidden="true">+</span> {t('add.me')}
          <span className="visually-hidden"> ({participant.name})</span>
        </button>
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            select(own)
            editor.zoomToSelection({ animation: { duration: 200 } })
          }}
        >
          {t('add.findMe')}
        </button>
      )}
      {adding === 'asset' && (
        <AddDialog
          title={t('add.assetTitle')}
          onClose={() => setAdding(null)}
          testId="add-asset-dialog"
        >
          <AssetForm
            legend={t('add.assetLegend')}
            submitLabel={t('add.assetSubmit')}
            testId="canvas-asset-form"
            autoFocus
            onSubmit={(fields) => {
              select(createAsset(editor, fields, participant.name))
              setAdding(null)
            }}
            onCancel={() => setAdding(null)}
          />
        </AddDialog>
      )}
      {adding === 'person' && (
        <AddDialog
          title={t('add.personTitle')}
          onClose={() => setAdding(null)}
          testId="add-person-dialog"
        >
          <PersonForm
            legend={t('add.personLegend')}
            submitLabel={t('add.personSubmit')}
            testId="canvas-person-form"
            autoFocus
            onSubmit={(fields) => {
              select(createPerson(editor, fields))
              setAdding(null)
            }}
            onCancel={() => setAdding(null)}
          />
        </AddDialog>
      )}
    </div>
  )
}
