import {
  emptySessionProps,
  sessionShapeMigrations,
  sessionShapeProps,
  type SessionShape,
} from '@common-ground/shared'
import { HiddenRecordShapeUtil } from './HiddenRecordShapeUtil'

/**
 * The state of the running session (stages, timer, follow), written by the server
 * (PROTOCOL.md R83). A record, not a drawing: the session bar reads it.
 */
export class SessionShapeUtil extends HiddenRecordShapeUtil<SessionShape> {
  static override type = 'cg-session' as const
  static override props = sessionShapeProps
  static override migrations = sessionShapeMigrations

  override getDefaultProps(): SessionShape['props'] {
    return emptySessionProps()
  }
}
