import {
  apiPaths,
  isTemplateId,
  type CreateBoardRequest,
  type LanguageId,
  type TemplateId,
  type TemplatesResponse,
} from '@common-ground/shared'
import { parseCreateBoardResponse, requestJson, type FetchFn } from '../api/boardsApi'

export type TemplateInfo = TemplatesResponse['templates'][number]

/**
 * `GET /api/templates`, checked: a template this client does not know (a newer server)
 * is left out rather than offered, since the client could not describe it.
 */
export function parseTemplatesResponse(body: unknown): TemplatesResponse | null {
  if (typeof body !== 'object' || body === null) return null
  const list = (body as Record<string, unknown>).templates
  if (!Array.isArray(list)) return null
  const templates: TemplateInfo[] = []
  for (const item of list) {
    if (typeof item !== 'object' || item === null) return null
    const { id, title, description } = item as Record<string, unknown>
    if (typeof title !== 'string' || typeof description !== 'string') return null
    if (isTemplateId(id)) templates.push({ id, title, description })
  }
  return { templates }
}

const defaultFetch: FetchFn = (...args) => globalThis.fetch(...args)

export function templatesApi(fetchFn: FetchFn = defaultFetch) {
  return {
    getTemplates: () =>
      requestJson(fetchFn, apiPaths.templates, { method: 'GET' }, parseTemplatesResponse),
    /**
     * `POST /api/boards`; no template ("Blank board") sends none. `language` is the
     * facilitator's: the template's instructions and labels are written in it.
     */
    createBoard: (title: string, template: TemplateId | null, language: LanguageId) =>
      requestJson(
        fetchFn,
        apiPaths.boards,
        {
          method: 'POST',
          body: (template === null
            ? { title, language }
            : { title, template, language }) satisfies CreateBoardRequest,
        },
        parseCreateBoardResponse,
      ),
  }
}
