import express, { type Router } from 'express'
import { apiPaths, TEMPLATES, type TemplatesResponse } from '@common-ground/shared'

/** `GET /api/templates`: the templates a new board may start from. */
export function templateRoutes(): Router {
  const router = express.Router()
  const body: TemplatesResponse = {
    templates: TEMPLATES.map(({ id, title, description }) => ({ id, title, description })),
  }
  router.get(apiPaths.templates, (_req, res) => {
    res.set('Cache-Control', 'no-cache').json(body)
  })
  return router
}
