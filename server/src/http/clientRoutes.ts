import { extname, join } from 'node:path'
import express, { type Response, type Router } from 'express'
import { HttpError } from './HttpError.js'
import { precompressed } from './precompressed.js'

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

/**
 * Serves the built client, brotli or gzip from the build when the browser takes it
 * (precompressed.ts). Vite fingerprints everything under `assets/`, so those files
 * are cached for good; other files (favicon) are revalidated; any other GET without a file extension is a page of the app
 * (`/`, `/b/<id>`) and gets index.html, which is never cached.
 */
export function clientRoutes(clientDist: string): Router {
  const router = express.Router()
  const setHeaders = (res: Response, path: string) => {
    if (path.startsWith(join(clientDist, 'assets'))) {
      res.setHeader('Cache-Control', `public, max-age=${ONE_YEAR_SECONDS}, immutable`)
    } else {
      res.setHeader('Cache-Control', 'no-cache')
    }
  }
  router.use(precompressed(clientDist, setHeaders))
  router.use(express.static(clientDist, { index: false, setHeaders }))
  router.get('/{*splat}', (req, res, next) => {
    if (req.path.startsWith('/api/') || extname(req.path) !== '') return next()
    res.sendFile(
      join(clientDist, 'index.html'),
      { headers: { 'Cache-Control': 'no-cache' } },
      (error) => {
        if (error === undefined) return
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
          next(
            new HttpError(
              503,
              'client_not_built',
              'The web client has not been built yet. Run `npm run build`, then reload this page.',
            ),
          )
        } else if (!res.headersSent) {
          next(error)
        }
      },
    )
  })
  return router
}
