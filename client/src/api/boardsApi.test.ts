import type { BoardId } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import { i18n } from '../i18n/i18n'
import { translatorFor } from '../i18n/translate'
import { boardsApi, offlineMessage, type FetchFn } from './boardsApi'

const boardId = 'Xy12abCD34efGH56' as BoardId

/** Answers every request with `response` and records what was asked. */
function server(response: () => Response) {
  const requests: { url: string; method: string; body: unknown }[] = []
  const fetchFn: FetchFn = async (input, init) => {
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    })
    return response()
  }
  return { requests, api: boardsApi(fetchFn) }
}

describe('boards API', () => {
  it('creates a board with its title and reads back the three links', async () => {
    const links = {
      facilitator: `http://cg.test/b/${boardId}#t=f`,
      participant: `http://cg.test/b/${boardId}#t=p`,
      observer: `http://cg.test/b/${boardId}#t=o`,
    }
    const { requests, api } = server(() =>
      Response.json({ id: boardId, title: 'Lunch club', links }, { status: 201 }),
    )
    expect(await api.createBoard('Lunch club')).toEqual({
      ok: true,
      value: { id: boardId, title: 'Lunch club', links },
    })
    expect(requests).toEqual([
      { url: '/api/boards', method: 'POST', body: { title: 'Lunch club' } },
    ])
  })

  it('shows our words for the server’s error code, in the reader’s language, never its English', async () => {
    const english = 'Too many boards were started from your network. Wait 12 seconds.'
    const { api } = server(() =>
      Response.json({ error: 'too_many_boards', message: english }, { status: 429 }),
    )
    expect(await api.createBoard('x')).toEqual({
      ok: false,
      status: 429,
      message: translatorFor('en')('apiError.tooManyBoards'),
    })
    await i18n.changeLanguage('cy')
    try {
      const welsh = await api.createBoard('x')
      expect(welsh).toEqual({
        ok: false,
        status: 429,
        message: translatorFor('cy')('apiError.tooManyBoards'),
      })
      expect(!welsh.ok && welsh.message).not.toBe(english)
    } finally {
      await i18n.changeLanguage('en')
    }
  })

  it('speaks by HTTP status for an error code it does not know (a newer server)', async () => {
    const { api } = server(() =>
      Response.json({ error: 'brand_new', message: 'Something new.' }, { status: 403 }),
    )
    expect(await api.getLinks(boardId)).toEqual({
      ok: false,
      status: 403,
      message: translatorFor('en')('api.status403'),
    })
  })

  it('has words of its own when the error body is not an ApiError', async () => {
    const { api } = server(() => new Response('<h1>Bad gateway</h1>', { status: 502 }))
    const result = await api.getBoardInfo(boardId)
    expect(result).toMatchObject({ ok: false, status: 502 })
    expect(!result.ok && result.message).toMatch(/server had a problem/)
  })

  it('reports an unreachable server as status 0', async () => {
    const api = boardsApi(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await api.getBoardInfo(boardId)).toEqual({
      ok: false,
      status: 0,
      message: offlineMessage(),
    })
  })

  it('accepts BoardInfo only in its documented shape', async () => {
    const good = {
      id: boardId,
      title: 'T',
      role: 'observer',
      archived: true,
      personId: 'pAAAAAAAAAAAAAAAAAAAAAA',
    }
    expect(await server(() => Response.json(good)).api.getBoardInfo(boardId)).toEqual({
      ok: true,
      value: good,
    })
    for (const bad of [
      { ...good, role: 'admin' },
      { ...good, archived: 'yes' },
      { ...good, id: 'not an id' },
      { ...good, personId: 'chosen-by-me' },
      null,
    ]) {
      const result = await server(() => Response.json(bad)).api.getBoardInfo(boardId)
      expect(result.ok).toBe(false)
    }
  })

  it('exchanges a token at the session route', async () => {
    const { requests, api } = server(() =>
      Response.json({ id: boardId, title: 'T', role: 'facilitator', archived: false }),
    )
    await api.startSession(boardId, 'tok')
    expect(requests).toEqual([
      { url: `/api/boards/${boardId}/session`, method: 'POST', body: { token: 'tok' } },
    ])
  })

  it('rotates, lists links and archives at their routes', async () => {
    const rotate = server(() => Response.json({ role: 'observer', link: 'http://x/b/1#t=2' }))
    expect(await rotate.api.rotateLink(boardId, 'observer')).toEqual({
      ok: true,
      value: { role: 'observer', link: 'http://x/b/1#t=2' },
    })
    expect(rotate.requests[0]?.url).toBe(`/api/boards/${boardId}/links/observer/rotate`)

    const links = server(() => Response.json({ links: { participant: 'p', observer: 'o' } }))
    expect(await links.api.getLinks(boardId)).toEqual({
      ok: true,
      value: { links: { participant: 'p', observer: 'o' } },
    })

    const archive = server(() => new Response(null, { status: 204 }))
    expect(await archive.api.setArchived(boardId, true)).toEqual({ ok: true, value: true })
    expect(archive.requests[0]).toEqual({
      url: `/api/boards/${boardId}/archive`,
      method: 'POST',
      body: { archived: true },
    })
  })
})
