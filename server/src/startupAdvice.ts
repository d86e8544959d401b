import type { Logger } from 'pino'
import { isLoopbackHostname, networkOrigins } from './http/publicOrigin.js'

export interface StartupAdviceOptions {
  publicUrl: string | null
  /** The address the server listens on (`HOST`). */
  host: string
  port: number
  tldrawLicenseKey: string | null
}

/**
 * What the operator must know before people arrive (A26, A27): the address phones should
 * open, and whether the canvas will disappear for lack of a tldraw licence. tldraw runs
 * without a key only on localhost (and plain http); on a public https address it hides
 * the canvas after a few seconds.
 */
export function logStartupAdvice(logger: Logger, options: StartupAdviceOptions): void {
  const { publicUrl, host, port } = options
  if (publicUrl !== null) {
    logger.info({ publicUrl }, `people join at ${publicUrl} (PUBLIC_URL)`)
  } else {
    const everywhere = host === '0.0.0.0' || host === '::'
    const origins = everywhere
      ? networkOrigins(port)
      : isLoopbackHostname(host)
        ? []
        : [`http://${host}:${port}`]
    if (origins.length > 0) {
      logger.info(
        { origins },
        `phones and other computers on this network can join at ${origins.join(' or ')}; set PUBLIC_URL to the address people should use`,
      )
    } else {
      logger.warn(
        `only this computer can reach the server (HOST=${host}); set HOST=0.0.0.0 and PUBLIC_URL so phones can join`,
      )
    }
  }
  if (publicUrl !== null && needsLicence(publicUrl) && options.tldrawLicenseKey === null) {
    logger.warn(
      { publicUrl },
      'TLDRAW_LICENSE_KEY is not set: on this public https address tldraw hides the canvas after a few seconds. ' +
        'People can still use the side panel, but get a licence key from https://tldraw.dev and set TLDRAW_LICENSE_KEY.',
    )
  }
}

/** tldraw asks for no key on localhost or over plain http (development). */
export function needsLicence(publicUrl: string): boolean {
  const url = new URL(publicUrl)
  return url.protocol === 'https:' && !isLoopbackHostname(url.hostname)
}
