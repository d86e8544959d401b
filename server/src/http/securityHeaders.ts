import type { RequestHandler } from 'express'

/**
 * The page may run only our own scripts. tldraw sets inline `style` attributes, hence
 * `'unsafe-inline'` for styles only; images and workers may come from `blob:`/`data:`
 * URLs tldraw makes itself; sockets go to our own origin (`ws:`/`wss:` because CSP's
 * `'self'` does not cover WebSocket schemes in every browser).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
  "form-action 'self'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Links carry their token in the fragment, which is never sent; no-referrer also keeps
  // board ids out of other sites' logs when someone follows a link off the board.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
}

/** Sets {@link SECURITY_HEADERS} on every response; a route may tighten the CSP further. */
export const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set(SECURITY_HEADERS)
  next()
}
