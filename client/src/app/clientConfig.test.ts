import { ASSET_TYPES, type ClientConfig } from '@common-ground/shared'
import { describe, expect, it } from 'vitest'
import {
  FALLBACK_CONFIG,
  fetchClientConfig,
  parseClientConfig,
  resolveLicenseKey,
} from './clientConfig'

const good: ClientConfig = {
  tldrawLicenseKey: 'tldraw-abc',
  maxAssetBytes: 1024,
  assetTypes: ['image/png'],
}

describe('parseClientConfig', () => {
  it('accepts the documented shape, with or without a key', () => {
    expect(parseClientConfig(good)).toEqual(good)
    expect(parseClientConfig({ ...good, tldrawLicenseKey: null })).toEqual({
      ...good,
      tldrawLicenseKey: null,
    })
  })

  it('rejects anything else', () => {
    expect(parseClientConfig(null)).toBeNull()
    expect(parseClientConfig('config')).toBeNull()
    expect(parseClientConfig({ ...good, tldrawLicenseKey: 42 })).toBeNull()
    expect(parseClientConfig({ ...good, maxAssetBytes: '1024' })).toBeNull()
    expect(parseClientConfig({ ...good, maxAssetBytes: -1 })).toBeNull()
    expect(parseClientConfig({ ...good, maxAssetBytes: 1.5 })).toBeNull()
    expect(parseClientConfig({ ...good, assetTypes: 'image/png' })).toBeNull()
    expect(parseClientConfig({ ...good, assetTypes: [1] })).toBeNull()
  })
})

describe('resolveLicenseKey', () => {
  it('prefers the server key, then the build-time key, else none', () => {
    expect(resolveLicenseKey(good, 'build-key')).toBe('tldraw-abc')
    expect(resolveLicenseKey({ ...good, tldrawLicenseKey: null }, 'build-key')).toBe('build-key')
    expect(resolveLicenseKey({ ...good, tldrawLicenseKey: '' }, '')).toBeUndefined()
    expect(resolveLicenseKey(FALLBACK_CONFIG, undefined)).toBeUndefined()
  })
})

describe('fetchClientConfig', () => {
  it('returns the server config when it is valid', async () => {
    const fetchFn = async () => Response.json(good)
    expect(await fetchClientConfig(fetchFn)).toEqual({ config: good, fromServer: true })
  })

  it('falls back to the defaults when the server fails, answers badly or is unreachable', async () => {
    const fallback = { config: FALLBACK_CONFIG, fromServer: false }
    expect(await fetchClientConfig(async () => new Response('nope', { status: 500 }))).toEqual(
      fallback,
    )
    expect(await fetchClientConfig(async () => Response.json({ hello: 1 }))).toEqual(fallback)
    expect(await fetchClientConfig(async () => new Response('<html>'))).toEqual(fallback)
    const offline = async () => {
      throw new TypeError('Failed to fetch')
    }
    expect(await fetchClientConfig(offline)).toEqual(fallback)
    expect(FALLBACK_CONFIG.assetTypes).toEqual(ASSET_TYPES)
  })
})
