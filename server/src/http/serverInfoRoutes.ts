import express, { type Router } from 'express'
import { apiPaths, type ServerInfo } from '@common-ground/shared'
import {
  isLoopbackHostname,
  linkOrigin,
  networkOrigins,
  PUBLIC_URL_SETTING,
} from './publicOrigin.js'

/**
 * `GET /api/server-info` (A25): where links point. When they point at a loopback address,
 * the page was opened on this machine (no one else can reach a loopback address), so it
 * is safe and useful to list this machine's network addresses for the facilitator to open
 * instead; otherwise none are listed, since a visitor has no use for them.
 */
export function serverInfoRoutes(): Router {
  const router = express.Router()
  router.get(apiPaths.serverInfo, (req, res) => {
    const origin = linkOrigin(req)
    const url = new URL(origin)
    const loopback = isLoopbackHostname(url.hostname)
    const port = url.port || (url.protocol === 'https:' ? '443' : '80')
    res.set('Cache-Control', 'no-store').json({
      linkOrigin: origin,
      publicUrlSet: typeof req.app.get(PUBLIC_URL_SETTING) === 'string',
      linkOriginIsLoopback: loopback,
      networkOrigins: loopback ? networkOrigins(port) : [],
    } satisfies ServerInfo)
  })
  return router
}
