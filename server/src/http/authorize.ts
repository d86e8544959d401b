import type { Request } from 'express'
import { canWrite } from '@common-ground/shared'
import { authenticate, type Authentication, type AuthFailure } from '../auth/authenticate.js'
import type { BoardRegistry } from '../storage/BoardRegistry.js'
import { HttpError } from './HttpError.js'

export type Authorized = Extract<Authentication, { ok: true }>

/** The HttpError for a failed authentication; the messages match CLOSE_REASONS. */
export function authFailure(status: AuthFailure): HttpError {
  switch (status) {
    case 400:
      return new HttpError(400, 'invalid_board_id', 'That board address is not valid.')
    case 401:
      return new HttpError(
        401,
        'unauthorized',
        'This link is not valid for this board. Ask the facilitator for a current link.',
      )
    case 404:
      return new HttpError(404, 'board_not_found', 'This board does not exist.')
    default:
      return status satisfies never
  }
}

/** The role of the request on board `:id`, or an HttpError (400, 401, 404). */
export async function authorize(boards: BoardRegistry, req: Request): Promise<Authorized> {
  const result = await authenticate(boards, String(req.params.id), req.headers)
  if (!result.ok) throw authFailure(result.status)
  return result
}

export function requireWrite(auth: Authorized): void {
  if (auth.board.archived) {
    throw new HttpError(403, 'archived', 'This board is archived, so it can no longer be changed.')
  }
  if (!canWrite(auth.role, auth.board.archived)) {
    throw new HttpError(403, 'forbidden', 'Your link lets you look at this board, not change it.')
  }
}

export function requireFacilitator(auth: Authorized): void {
  if (auth.role !== 'facilitator') {
    throw new HttpError(403, 'forbidden', 'Only the facilitator of this board can do that.')
  }
}
