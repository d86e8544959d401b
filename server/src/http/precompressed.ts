import { stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import type { RequestHandler, Response } from 'express'

/**
 * Sends `<file>.br` or `<file>.gz`, written at build time (client/build/precompress.ts),
 * to a browser that accepts it, with `Content-Encoding` and the original file's type.
 * Every response for a file that has such variants says `Vary: Accept-Encoding`, so a
 * shared cache never hands brotli to a browser that cannot read it. Anything else falls
 * through to express.static.
 */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export function precompressed(
  root: string,
  setHeaders: (res: Response, path: string) => void,
): RequestHandler {
  const base = normalize(root + sep)
  // Whether a variant exists, remembered: the build does not change under a running
  // server (a new build comes with a restart), and a stat per request is wasted work.
  const exists = new Map<string, Promise<boolean>>()
  const has = (path: string) => {
    let known = exists.get(path)
    if (known === undefined) {
      known = stat(path).then(
        (stats) => stats.isFile(),
        () => false,
      )
      exists.set(path, known)
    }
    return known
  }

  return async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    let decoded: string
    try {
      decoded = decodeURIComponent(req.path)
    } catch {
      return next()
    }
    const file = normalize(join(base, decoded))
    if (!file.startsWith(base) || extname(file) === '' || decoded.includes('\0')) return next()
    const accepted = acceptedEncodings(req.headers['accept-encoding'])
    let anyVariant = false
    for (const encoding of ENCODINGS) {
      if (!(await has(file + encoding.suffix))) continue
      anyVariant = true
      if (!accepted.has(encoding.name)) continue
      res.setHeader('Vary', 'Accept-Encoding')
      res.setHeader('Content-Encoding', encoding.name)
      res.type(extname(file))
      setHeaders(res, file)
      res.sendFile(file + encoding.suffix, (error) => {
        if (error !== undefined && !res.headersSent) next(error)
      })
      return
    }
    if (anyVariant) res.setHeader('Vary', 'Accept-Encoding')
    next()
  }
}

/** The encodings an `Accept-Encoding` header allows (a `q=0` refuses one). */
export function acceptedEncodings(header: string | undefined): Set<string> {
  const accepted = new Set<string>()
  const refused = new Set<string>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='))
    if (q !== undefined && Number(q.slice(2)) === 0) refused.add(name)
    else accepted.add(name)
  }
  if (accepted.has('*')) {
    for (const { name } of ENCODINGS) if (!refused.has(name)) accepted.add(name)
  }
  return accepted
}
