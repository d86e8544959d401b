import { useCallback, useEffect, useRef, useState } from 'react'
import { createUserId, useValue, type Editor } from 'tldraw'
import {
  currentStage,
  SESSION_SHAPE_ID,
  type SessionProps,
  type SessionShape,
  type SessionStage,
} from '@common-ground/shared'
import { contentArea, fitArea, stageArea } from './sessionViews'

export interface SessionViews {
  /** Someone else leads ("Follow me") and this person follows them now. */
  following: boolean
  /** Someone else leads and this person stepped out of following. */
  steppedOut: boolean
  followAgain(): void
  stopFollowing(): void
  /** Fits the current stage's area ("Back to the stage"). */
  backToStage(): void
  /** Fits any stage's area (the stage list). */
  goToStage(stage: SessionStage): void
}

/**
 * What the session does to this person's view: SPEC 26 (fit the current stage on open
 * and at every stage change), 27 (bring everyone here), 28 (follow the facilitator, step
 * out and back in), 29 (a board without stages opens fitted to its content). Moves that
 * happened before this page opened are not replayed: only the current stage is fitted.
 */
export function useSessionViews(
  editor: Editor | null,
  session: SessionProps | null,
  myId: string,
): SessionViews {
  const stageSeq = session?.stageSeq ?? 0
  const bring = session?.bring ?? null
  const followId = session?.followId ?? null
  const leaderId = followId !== null && followId !== myId ? createUserId(followId) : null

  const followingUserId = useValue(
    'following',
    () => editor?.getInstanceState().followingUserId ?? null,
    [editor],
  )
  const leaderPresent = useValue(
    'leader present',
    () =>
      leaderId !== null &&
      editor !== null &&
      editor.getCollaborators().some((presence) => presence.userId === leaderId),
    [editor, leaderId],
  )
  const [steppedOutOf, setSteppedOutOf] = useState<string | null>(null)
  const steppedOut = leaderId !== null && steppedOutOf === leaderId
  const following = leaderId !== null && followingUserId === leaderId
  const leadingRef = useRef<{ leader: string | null; following: boolean }>({
    leader: null,
    following: false,
  })

  // SPEC 26, 29: on open, the current stage, else everything on the board.
  const seen = useRef<{ stageSeq: number; bringSeq: number } | null>(null)
  useEffect(() => {
    if (editor === null) return
    const opened = sessionIn(editor)
    seen.current = { stageSeq: opened?.stageSeq ?? 0, bringSeq: opened?.bring?.seq ?? 0 }
    const frame = requestAnimationFrame(() => {
      const area = stageArea(editor, currentStage(sessionIn(editor))) ?? contentArea(editor)
      if (area) fitArea(editor, area, false)
    })
    return () => cancelAnimationFrame(frame)
  }, [editor])

  // SPEC 26: the facilitator moved to another stage (followers see the leader's view).
  useEffect(() => {
    if (editor === null || seen.current === null || stageSeq <= seen.current.stageSeq) return
    seen.current.stageSeq = stageSeq
    if (leadingRef.current.following) return
    const area = stageArea(editor, currentStage(sessionIn(editor)))
    if (area) fitArea(editor, area)
  }, [editor, stageSeq])

  // SPEC 27: brought here by the facilitator, once.
  useEffect(() => {
    if (editor === null || seen.current === null || bring === null) return
    if (bring.seq <= seen.current.bringSeq) return
    seen.current.bringSeq = bring.seq
    if (leadingRef.current.following) return
    fitArea(editor, bring)
  }, [editor, bring])

  // SPEC 28: follow the leader until they stop, or until this person steps out.
  useEffect(() => {
    if (editor === null) return
    const was = leadingRef.current
    if (leaderId === null) {
      if (was.following) editor.stopFollowingUser()
      leadingRef.current = { leader: null, following: false }
      return
    }
    if (followingUserId === leaderId) {
      leadingRef.current = { leader: leaderId, following: true }
      return
    }
    if (was.leader === leaderId && was.following) {
      // tldraw stops following when the person moves their own view: they stepped out.
      leadingRef.current = { leader: leaderId, following: false }
      setSteppedOutOf(leaderId)
      return
    }
    leadingRef.current = { leader: leaderId, following: false }
    if (!steppedOut && leaderPresent) editor.startFollowingUser(leaderId)
  }, [editor, leaderId, followingUserId, leaderPresent, steppedOut])

  const followAgain = useCallback(() => setSteppedOutOf(null), [])
  const stopFollowing = useCallback(() => {
    if (leaderId !== null) setSteppedOutOf(leaderId)
    editor?.stopFollowingUser()
  }, [editor, leaderId])
  const goToStage = useCallback(
    (target: SessionStage) => {
      if (editor === null) return
      const area = stageArea(editor, target)
      if (area === null) return
      if (leadingRef.current.following) stopFollowing()
      fitArea(editor, area)
    },
    [editor, stopFollowing],
  )
  const backToStage = useCallback(() => {
    const stage = editor === null ? null : currentStage(sessionIn(editor))
    if (stage) goToStage(stage)
  }, [editor, goToStage])

  return { following, steppedOut, followAgain, stopFollowing, backToStage, goToStage }
}

/** The session as the editor's store holds it now. */
function sessionIn(editor: Editor): SessionProps | null {
  return (editor.getShape(SESSION_SHAPE_ID) as SessionShape | undefined)?.props ?? null
}
