import { ASSET_TYPES, type BoardId } from '@common-ground/shared'
import type { TLAsset, TLImageAsset } from 'tldraw'
import { describe, expect, it } from 'vitest'
import {
  AssetUploadError,
  checkAssetFile,
  createAssetStore,
  describeAssetTypes,
  formatBytes,
  parseUploadResponse,
  type AssetPolicy,
} from './assetStore'

const policy: AssetPolicy = { maxAssetBytes: 1024, assetTypes: ASSET_TYPES }
const boardId = 'board1' as BoardId

const asset = {
  id: 'asset:1',
  typeName: 'asset',
  type: 'image',
  props: {
    src: null,
    w: 1,
    h: 1,
    name: 'a.png',
    isAnimated: false,
    mimeType: 'image/png',
  },
  meta: {},
} as unknown as TLImageAsset

interface Sent {
  url: string
  init: RequestInit | undefined
}

function setup(answer: (sent: Sent) => Response | Promise<Response>) {
  const messages: string[] = []
  const sent: Sent[] = []
  const store = createAssetStore({
    boardId,
    policy,
    notify: (message) => messages.push(message),
    fetch: async (input, init) => {
      const request = { url: String(input), init }
      sent.push(request)
      return answer(request)
    },
  })
  return { store, messages, sent }
}

const png = (bytes = 10, name = 'photo.png') =>
  new File([new Uint8Array(bytes)], name, { type: 'image/png' })

describe('checkAssetFile', () => {
  it('accepts an allowed type within the size limit', () => {
    expect(checkAssetFile({ name: 'a.png', size: 1024, type: 'image/png' }, policy)).toBeNull()
  })

  it('refuses a file over the limit, saying both sizes', () => {
    const message = checkAssetFile({ name: 'big.png', size: 3 * 1024, type: 'image/png' }, policy)
    expect(message).toBe('“big.png” is too large to add (3 KB). Files can be up to 1 KB.')
  })

  it('refuses a type not on the list, saying what is allowed', () => {
    const message = checkAssetFile({ name: 'clip.mp4', size: 10, type: 'video/mp4' }, policy)
    expect(message).toBe(
      '“clip.mp4” can’t be added. You can add PNG, JPEG, GIF, WebP, SVG or PDF files.',
    )
    expect(checkAssetFile({ name: 'x', size: 1, type: '' }, policy)).toMatch(/can’t be added/)
  })
})

describe('formatting', () => {
  it('formats sizes in plain units', () => {
    expect(formatBytes(300)).toBe('300 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB')
  })

  it('lists file types in words', () => {
    expect(describeAssetTypes(['image/png'])).toBe('PNG')
    expect(describeAssetTypes(['image/png', 'image/avif'])).toBe('PNG or AVIF')
  })
})

describe('createAssetStore', () => {
  it('POSTs the bytes with their type and returns the server URL as src', async () => {
    const { store, sent, messages } = setup(() =>
      Response.json({ url: '/api/boards/board1/assets/abc' }, { status: 201 }),
    )
    const file = png(10)
    await expect(store.upload(asset, file)).resolves.toEqual({
      src: '/api/boards/board1/assets/abc',
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]?.url).toBe('/api/boards/board1/assets')
    expect(sent[0]?.init?.method).toBe('POST')
    expect(sent[0]?.init?.headers).toEqual({ 'Content-Type': 'image/png' })
    expect(sent[0]?.init?.body).toBe(file)
    expect(messages).toEqual([])
  })

  it('refuses a too-large file without sending it', async () => {
    const { store, sent, messages } = setup(() => Response.json({ url: '/x' }))
    await expect(store.upload(asset, png(2048))).rejects.toBeInstanceOf(AssetUploadError)
    expect(sent).toHaveLength(0)
    expect(messages).toEqual(['“photo.png” is too large to add (2 KB). Files can be up to 1 KB.'])
  })

  it('says why the server refused the file, in our words for its error code', async () => {
    const { store, messages } = setup(() =>
      Response.json(
        { error: 'unsupported_type', message: 'Files of type "image/x" cannot be added.' },
        { status: 415 },
      ),
    )
    await expect(store.upload(asset, png())).rejects.toThrow('Files of this type cannot be added.')
    expect(messages).toEqual([
      '“photo.png” could not be added: Files of this type cannot be added.',
    ])
  })

  it('explains an error answer that has no message', async () => {
    const { store, messages } = setup(() => new Response('Bad gateway', { status: 502 }))
    await expect(store.upload(asset, png())).rejects.toThrow()
    expect(messages[0]).toMatch(/error 502/)
  })

  it('says when the server cannot be reached', async () => {
    const { store, messages } = setup(() => {
      throw new TypeError('Failed to fetch')
    })
    await expect(store.upload(asset, png())).rejects.toThrow()
    expect(messages[0]).toMatch(/server can’t be reached/)
  })

  it('stays quiet when tldraw cancels the upload', async () => {
    const controller = new AbortController()
    const { store, messages } = setup(() => {
      controller.abort()
      throw new DOMException('aborted', 'AbortError')
    })
    await expect(store.upload(asset, png(), controller.signal)).rejects.toThrow('aborted')
    expect(messages).toEqual([])
  })

  it('refuses a success answer without a usable URL', async () => {
    for (const body of [
      {},
      { url: 'data:image/png;base64,AAAA' },
      { url: 'javascript:alert(1)' },
    ]) {
      const { store, messages } = setup(() => Response.json(body, { status: 201 }))
      await expect(store.upload(asset, png())).rejects.toThrow()
      expect(messages[0]).toMatch(/could not be read/)
    }
  })

  it('resolves an asset to its stored src', () => {
    const { store } = setup(() => Response.json({}))
    const stored = { ...asset, props: { ...asset.props, src: '/api/boards/board1/assets/abc' } }
    expect(store.resolve?.(stored as TLAsset, {} as never)).toBe('/api/boards/board1/assets/abc')
  })
})

describe('setPolicy', () => {
  it('checks later uploads against the new limits', async () => {
    const { store, sent, messages } = setup(() => Response.json({ url: '/a' }, { status: 201 }))
    store.setPolicy({ maxAssetBytes: 5, assetTypes: ['image/png'] })
    await expect(store.upload(asset, png(10))).rejects.toThrow()
    expect(sent).toHaveLength(0)
    expect(messages[0]).toMatch(/up to 5 bytes/)
  })
})

describe('parseUploadResponse', () => {
  it('accepts same-origin paths and http(s) URLs only', () => {
    expect(parseUploadResponse({ url: '/api/boards/b/assets/a' })).toEqual({
      url: '/api/boards/b/assets/a',
    })
    expect(parseUploadResponse({ url: 'https://cg.example/a' })).not.toBeNull()
    expect(parseUploadResponse({ url: '//evil.example/a' })).toBeNull()
  })
})
