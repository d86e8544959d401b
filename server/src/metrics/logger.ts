import { pino, type DestinationStream, type Logger } from 'pino'

/**
 * Paths pino blanks before a line is written. Link tokens are credentials: they travel in
 * `Authorization`, in the session cookie and its `Set-Cookie`, and in request bodies as
 * `token`. Nothing should log them, and this makes sure nothing can by accident.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'token',
  '*.token',
  '*.*.token',
  'tokens',
  '*.tokens',
]

/** The server's logger: JSON lines, credentials redacted. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }
  return destination === undefined ? pino(options) : pino(options, destination)
}
