import { apiErrorWords } from '../api/apiErrorWords'
import { apiErrorCode } from '../api/boardsApi'
import { translate } from '../i18n/translate'
import { apiPaths, type AssetUploadResponse, type BoardId } from '@common-ground/shared'
import type { TLAssetStore } from 'tldraw'

/** What the server accepts, from `/api/config` (or its defaults). */
export interface AssetPolicy {
  maxAssetBytes: number
  assetTypes: readonly string[]
}

export interface AssetStoreOptions {
  boardId: BoardId
  /** The limits to check until `setPolicy` gives the server's. */
  policy: AssetPolicy
  /** Tells the participant, in plain words, why a file was not added. */
  notify: (message: string) => void
  fetch?: typeof fetch
}

/**
 * The store must stay the same object for the life of a board (the sync hook builds its
 * tldraw store around it), while the limits it checks arrive later from the server.
 */
export interface BoardAssetStore extends TLAssetStore {
  setPolicy(policy: AssetPolicy): void
}

/** Thrown by `upload`; its message has already been shown to the participant. */
export class AssetUploadError extends Error {
  override name = 'AssetUploadError'
}

/**
 * Images and files live on our server, never inside the board: `upload` sends the bytes
 * to the board's asset endpoint and the document stores only the returned URL.
 */
export function createAssetStore(options: AssetStoreOptions): BoardAssetStore {
  const { boardId, notify } = options
  let policy = options.policy
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init))

  const fail = (message: string): never => {
    notify(message)
    throw new AssetUploadError(message)
  }

  return {
    async upload(_asset, file, abortSignal) {
      const refusal = checkAssetFile(file, policy)
      if (refusal !== null) return fail(refusal)

      const label = fileLabel(file.name)
      let response: Response
      try {
        response = await fetchFn(apiPaths.assets(boardId), {
          method: 'POST',
          headers: { 'Content-Type': file.type },
          body: file,
          signal: abortSignal,
        })
      } catch (error) {
        // Cancelled by tldraw (the shape was deleted meanwhile): nothing to tell anyone.
        if (abortSignal?.aborted) throw error
        return fail(translate('upload.unreachable', { file: label }))
      }

      const body: unknown = await response.json().catch(() => undefined)
      if (!response.ok) {
        // Our words for the server's error code; its own message is English only.
        const reason = apiErrorWords(apiErrorCode(body))
        if (response.status === 413) {
          return fail(translate('upload.tooLargeForServer', { file: label }))
        }
        if (reason) return fail(translate('upload.refusedWithReason', { file: label, reason }))
        return fail(translate('upload.refused', { file: label, status: response.status }))
      }
      const uploaded = parseUploadResponse(body)
      if (!uploaded) {
        return fail(translate('upload.unreadable', { file: label }))
      }
      return { src: uploaded.url }
    },

    resolve(asset) {
      return asset.props.src
    },

    setPolicy(next) {
      policy = next
    },
  }
}

/** Why a file cannot be added, or null if it can. Checked before any bytes are sent. */
export function checkAssetFile(
  file: Pick<File, 'name' | 'size' | 'type'>,
  policy: AssetPolicy,
): string | null {
  const label = fileLabel(file.name)
  if (!policy.assetTypes.includes(file.type)) {
    return translate('upload.wrongType', {
      file: label,
      types: describeAssetTypes(policy.assetTypes),
    })
  }
  if (file.size > policy.maxAssetBytes) {
    return translate('upload.tooLarge', {
      file: label,
      size: formatBytes(file.size),
      max: formatBytes(policy.maxAssetBytes),
    })
  }
  return null
}

const TYPE_LABELS: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/gif': 'GIF',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'application/pdf': 'PDF',
}

/** `['image/png', 'application/pdf']` → `PNG or PDF`. */
export function describeAssetTypes(types: readonly string[]): string {
  const labels = [
    ...new Set(
      types.map(
        (type) =>
          TYPE_LABELS[type] ?? (type.split('/')[1] ?? type).split('+')[0]?.toUpperCase() ?? type,
      ),
    ),
  ]
  if (labels.length <= 1) return labels[0] ?? '—'
  return translate('upload.or', {
    first: labels.slice(0, -1).join(translate('people.listSeparator')),
    last: labels.at(-1)!,
  })
}

/** Sizes as people read them: `10 MB`, `1.5 KB`, `300 bytes` (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10)
  return `${rounded} ${units[unit]}`
}

/** The file's name in quotes, shortened so a long name cannot swamp the message. */
function fileLabel(name: string): string {
  const short = name.length > 40 ? `${name.slice(0, 37)}…` : name
  return short ? `“${short}”` : translate('upload.thisFile')
}

export function parseUploadResponse(value: unknown): AssetUploadResponse | null {
  if (typeof value !== 'object' || value === null) return null
  const { url } = value as Record<string, unknown>
  // Only http(s) or same-origin paths: the document must never carry data: or script URLs.
  if (typeof url !== 'string' || !/^(https?:\/\/|\/(?!\/))/.test(url)) return null
  return { url }
}
