import { randomBytes } from 'node:crypto'
import express, { type Request, type RequestHandler, type Router } from 'express'
import {
  apiPaths,
  ASSET_TYPES,
  isBoardId,
  type AssetUploadResponse,
  type BoardId,
  type Limits,
} from '@common-ground/shared'
import type { BoardStore } from '../storage/BoardStore.js'
import { authorize, requireWrite } from './authorize.js'
import { HttpError } from './HttpError.js'

const ASSET_ID = /^[A-Za-z0-9_-]{1,64}$/
// Route patterns built from the shared paths, so the URL shape is spelled in one place.
const UPLOAD_ROUTE = apiPaths.assets(':id' as BoardId)
const ASSET_ROUTE = apiPaths.asset(':id' as BoardId, ':assetId')
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60

export function boardIdOf(req: Request): BoardId {
  const id = req.params.id
  if (!isBoardId(id)) {
    throw new HttpError(400, 'invalid_board_id', 'That board address is not valid.')
  }
  return id
}

function mediaTypeOf(req: Request): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
}

/**
 * Uploading and serving a board's images and files. Uploading takes a role that can write
 * on an open board; downloading, any role on that board (an `<img>` on our page sends the
 * session cookie). Assets are immutable (a new upload gets a new id), so browsers cache
 * them for a year, but never shared caches: they are private to the board. SVG is served
 * sandboxed so a drawing cannot run script on our origin.
 */
export function assetRoutes(store: BoardStore, limits: Limits): Router {
  const router = express.Router()

  // Runs before the body is read: an upload nobody may make is refused unread.
  const checkUpload: RequestHandler = async (req, _res, next) => {
    requireWrite(await authorize(store.boards, req))
    const type = mediaTypeOf(req)
    if (!(ASSET_TYPES as readonly string[]).includes(type)) {
      throw new HttpError(
        415,
        'unsupported_type',
        `Files of type "${type || 'unknown'}" cannot be added. Use one of: ${ASSET_TYPES.join(', ')}.`,
      )
    }
    next()
  }

  router.post(
    UPLOAD_ROUTE,
    checkUpload,
    express.raw({ type: () => true, limit: limits.maxAssetBytes }),
    async (req, res) => {
      const boardId = boardIdOf(req)
      const body: unknown = req.body
      if (!(body instanceof Uint8Array) || body.byteLength === 0) {
        throw new HttpError(400, 'empty_upload', 'The upload was empty.')
      }
      const assetId = randomBytes(16).toString('base64url')
      await store.assets.putAsset(boardId, assetId, mediaTypeOf(req), body)
      res.status(201).json({ url: apiPaths.asset(boardId, assetId) } satisfies AssetUploadResponse)
    },
  )

  router.get(ASSET_ROUTE, async (req, res) => {
    const boardId = (await authorize(store.boards, req)).board.id
    const assetId = String(req.params.assetId)
    const asset = ASSET_ID.test(assetId) ? await store.assets.getAsset(boardId, assetId) : null
    if (asset === null)
      throw new HttpError(404, 'asset_not_found', 'That file is not on this board.')
    res.setHeader('Content-Type', asset.contentType)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Cache-Control', `private, max-age=${ONE_YEAR_SECONDS}, immutable`)
    if (asset.contentType === 'image/svg+xml') {
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'")
    }
    res.send(Buffer.from(asset.bytes.buffer, asset.bytes.byteOffset, asset.bytes.byteLength))
  })

  return router
}
