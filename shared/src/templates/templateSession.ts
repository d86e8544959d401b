import type { TLPageId, TLShape, TLShapeId } from '@tldraw/tlschema'
import {
  emptySessionProps,
  SESSION_SHAPE_ID,
  SESSION_TYPE,
  type SessionShape,
} from '../session/sessionRecord.js'
import { shapeRecord, siblingIndex } from './shapeRecords.js'

/**
 * R85: a board made from a template starts with one stage per frame of the template, in
 * order, each named as its frame; the first is the current stage, so everyone opens the
 * board fitted to the first activity.
 */
export function templateSessionRecord(shapes: TLShape[], pageId: TLPageId): SessionShape {
  const frames = shapes.filter((shape) => shape.type === 'frame' && shape.parentId === pageId)
  const stages = frames.map((frame, i) => ({
    id: `stage-${i + 1}`,
    name: (frame.props as { name?: string }).name?.slice(0, 80) || `${i + 1}`,
    frameId: frame.id,
    plannedMinutes: null,
  }))
  return shapeRecord<SessionShape>(
    {
      id: SESSION_SHAPE_ID as TLShapeId,
      parentId: pageId,
      index: siblingIndex(0),
      x: 0,
      y: 0,
    },
    SESSION_TYPE,
    {
      ...emptySessionProps(),
      stages,
      currentStageId: stages[0]?.id ?? null,
      nextStageNumber: stages.length + 1,
    },
    // Locked like every template shape: tldraw's "select all" leaves it out.
    true,
  )
}
