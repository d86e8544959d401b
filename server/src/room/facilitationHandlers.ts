import { stamps, showVoiceBalance, voiceBalance } from '../attribution/balanceCommands.js'
import { addHidden, myHidden, privateMode, removeHidden } from '../privateMode/privateMode.js'
import { dot, endVote, myDots, startVote } from '../voting/dotVoting.js'
import type { Handlers } from './roomCommands.js'

/** R96–R115: votes, private mode, voice balance and stamps, one handler each. */
export const facilitationHandlers = {
  startVote,
  dot,
  myDots,
  endVote,
  privateMode,
  addHidden,
  removeHidden,
  myHidden,
  voiceBalance,
  showVoiceBalance,
  stamps,
} satisfies Partial<Handlers>
