import { describe, expect, it } from 'vitest'
import { parseTemplatesResponse, templatesApi } from './templatesApi'

describe('parseTemplatesResponse', () => {
  it('keeps the templates this client knows, in the server’s order', () => {
    expect(
      parseTemplatesResponse({
        templates: [
          { id: 'ladder', title: 'Ladder', description: 'Rungs' },
          { id: 'from-the-future', title: 'New', description: 'Unknown here' },
          { id: 'asset-map', title: 'Assets', description: 'Cards' },
        ],
      }),
    ).toEqual({
      templates: [
        { id: 'ladder', title: 'Ladder', description: 'Rungs' },
        { id: 'asset-map', title: 'Assets', description: 'Cards' },
      ],
    })
  })

  it('refuses a body that is not a list of templates', () => {
    expect(parseTemplatesResponse(null)).toBeNull()
    expect(parseTemplatesResponse({ templates: 'x' })).toBeNull()
    expect(parseTemplatesResponse({ templates: [{ id: 'ladder', title: 1 }] })).toBeNull()
  })
})

describe('createBoard', () => {
  it('sends the template only when one was chosen, and the language', async () => {
    const bodies: unknown[] = []
    const fetchFn: typeof fetch = async (_input, init) => {
      bodies.push(JSON.parse(String(init?.body)))
      return new Response(JSON.stringify({ error: 'x', message: 'no' }), { status: 500 })
    }
    const api = templatesApi(fetchFn)
    await api.createBoard('Blank', null, 'en')
    await api.createBoard('Workshop', 'full-workshop', 'cy')
    expect(bodies).toEqual([
      { title: 'Blank', language: 'en' },
      { title: 'Workshop', template: 'full-workshop', language: 'cy' },
    ])
  })
})
