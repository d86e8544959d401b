import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '@common-ground/shared'
import { DEFAULT_CLIENT_DIST, readConfig } from './config.js'

describe('readConfig', () => {
  it('has working defaults', () => {
    const config = readConfig({})
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: resolve('data'),
      tldrawLicenseKey: null,
      publicUrl: null,
      trustProxy: 0,
      limits: DEFAULT_LIMITS,
    })
    // Beside the server package, not wherever the process was started.
    expect(config.clientDist).toBe(DEFAULT_CLIENT_DIST)
    expect(DEFAULT_CLIENT_DIST).toBe(resolve(import.meta.dirname, '../../client/dist'))
  })

  it('reads every setting from the environment', () => {
    const config = readConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/cg',
      CLIENT_DIST: '/srv/client',
      TLDRAW_LICENSE_KEY: 'abc',
      MAX_ASSET_BYTES: '1000',
      TRUST_PROXY: '1',
      PUBLIC_URL: 'https://Board.Example.org/',
    })
    expect(config).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/var/lib/cg',
      clientDist: '/srv/client',
      tldrawLicenseKey: 'abc',
      trustProxy: 1,
      publicUrl: 'https://board.example.org',
    })
    expect(config.limits.maxAssetBytes).toBe(1000)
  })

  it.each([
    [{ PORT: 'eighty' }, /PORT must be/],
    [{ PORT: '70000' }, /PORT must be/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY must be/],
    [{ COMPACT_AFTER_UPDATES: '-1' }, /COMPACT_AFTER_UPDATES must be/],
    [{ PUBLIC_URL: 'board.example.org' }, /PUBLIC_URL must be/],
    [{ PUBLIC_URL: 'ftp://board.example.org' }, /PUBLIC_URL must be/],
    [{ PUBLIC_URL: 'https://example.org/board' }, /PUBLIC_URL must be.*no path/],
  ])('refuses %o with a message that names the variable', (env, message) => {
    expect(() => readConfig(env)).toThrow(message)
  })
})
