import { apiPaths, ASSET_TYPES, DEFAULT_LIMITS, type ClientConfig } from '@common-ground/shared'

/** Used when `/api/config` cannot be read: the server's own defaults. */
export const FALLBACK_CONFIG: ClientConfig = {
  tldrawLicenseKey: null,
  maxAssetBytes: DEFAULT_LIMITS.maxAssetBytes,
  assetTypes: ASSET_TYPES,
}

/** `/api/config` arrived from the network: trust it only once it has the right shape. */
export function parseClientConfig(value: unknown): ClientConfig | null {
  if (typeof value !== 'object' || value === null) return null
  const { tldrawLicenseKey, maxAssetBytes, assetTypes } = value as Record<string, unknown>
  if (tldrawLicenseKey !== null && typeof tldrawLicenseKey !== 'string') return null
  if (typeof maxAssetBytes !== 'number' || !Number.isSafeInteger(maxAssetBytes)) return null
  if (maxAssetBytes < 0) return null
  if (!Array.isArray(assetTypes) || !assetTypes.every((type) => typeof type === 'string')) {
    return null
  }
  return { tldrawLicenseKey, maxAssetBytes, assetTypes: assetTypes as string[] }
}

/** The server's run-time key wins; the key baked in at build time is the fallback. */
export function resolveLicenseKey(
  config: ClientConfig,
  buildTimeKey: string | undefined,
): string | undefined {
  return config.tldrawLicenseKey || buildTimeKey || undefined
}

const CONFIG_TIMEOUT_MS = 5000

/**
 * Fetches the config, or falls back to the defaults if the server does not answer well
 * within a few seconds: the board must open even when this one request fails.
 */
export async function fetchClientConfig(
  fetchFn: typeof fetch = globalThis.fetch,
): Promise<{ config: ClientConfig; fromServer: boolean }> {
  try {
    const response = await fetchFn(apiPaths.config, {
      headers: { Accept: 'application/json' },
      signal: AbortSignal.timeout(CONFIG_TIMEOUT_MS),
    })
    if (response.ok) {
      const config = parseClientConfig(await response.json())
      if (config) return { config, fromServer: true }
    }
  } catch {
    // Offline, timed out or not JSON: use the fallback below.
  }
  return { config: FALLBACK_CONFIG, fromServer: false }
}
