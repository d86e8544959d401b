import {
  emptyGroups,
  emptyVoteProps,
  PRIVATE_FRAME_TYPE,
  privateFrameShapeMigrations,
  privateFrameShapeProps,
  VOICE_BALANCE_TYPE,
  voiceBalanceShapeMigrations,
  voiceBalanceShapeProps,
  VOTE_TYPE,
  voteShapeMigrations,
  voteShapeProps,
  type PrivateFrameShape,
  type VoiceBalanceShape,
  type VoteShape,
} from '@common-ground/shared'
import { HiddenRecordShapeUtil } from './HiddenRecordShapeUtil'

/**
 * Records the server writes about a session (server/PROTOCOL.md R96–R113): a vote, a
 * frame's private mode, the shown voice balance. Never drawn: the voting, private mode
 * and voice balance panels read them.
 */
export class VoteShapeUtil extends HiddenRecordShapeUtil<VoteShape> {
  static override type = VOTE_TYPE
  static override props = voteShapeProps
  static override migrations = voteShapeMigrations

  override getDefaultProps(): VoteShape['props'] {
    return emptyVoteProps()
  }
}

export class PrivateFrameShapeUtil extends HiddenRecordShapeUtil<PrivateFrameShape> {
  static override type = PRIVATE_FRAME_TYPE
  static override props = privateFrameShapeProps
  static override migrations = privateFrameShapeMigrations

  override getDefaultProps(): PrivateFrameShape['props'] {
    return { state: 'on', showAuthors: false, hidden: 0 }
  }
}

export class VoiceBalanceShapeUtil extends HiddenRecordShapeUtil<VoiceBalanceShape> {
  static override type = VOICE_BALANCE_TYPE
  static override props = voiceBalanceShapeProps
  static override migrations = voiceBalanceShapeMigrations

  override getDefaultProps(): VoiceBalanceShape['props'] {
    return { session: emptyGroups(), frames: [] }
  }
}
