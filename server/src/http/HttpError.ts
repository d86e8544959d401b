import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from 'pino'
import { BoardTooNewError } from '../history/boardTooNew.js'
import type { ApiError, ApiErrorCode } from '@common-ground/shared'

/** An error with the status and the ApiError body the client should get. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    /** Extra response headers, such as `Retry-After`. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, 'not_found', `There is nothing at ${req.path}.`)
}

/**
 * The last handler: every error becomes an ApiError with a sentence a person can read.
 * Unexpected errors are logged with their stack, which never reaches the client.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const body = toApiError(error)
    if (body.status >= 500 && !(error instanceof HttpError)) {
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed')
    }
    if (res.headersSent) {
      res.destroy()
      return
    }
    if (error instanceof HttpError) res.set(error.headers)
    res.status(body.status).json({ error: body.error, message: body.message } satisfies ApiError)
  }
}

function toApiError(error: unknown): ApiError & { status: number; error: ApiErrorCode } {
  if (error instanceof HttpError) {
    return { status: error.status, error: error.code, message: error.message }
  }
  if (error instanceof BoardTooNewError) {
    return { status: 409, error: 'board_too_new', message: error.message }
  }
  // Errors from Express' own body parsers carry a status and a type.
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown }
  if (type === 'entity.too.large') {
    return {
      status: 413,
      error: 'too_large',
      message: 'That file is larger than the server accepts.',
    }
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, error: 'bad_request', message: 'The server could not read that request.' }
  }
  return { status: 500, error: 'internal', message: 'The server hit an unexpected error.' }
}
