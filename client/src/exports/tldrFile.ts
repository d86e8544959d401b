import {
  MigrationFailureReason,
  parseTldrawJsonFile,
  serializeTldrawJsonBlob,
  type Editor,
  type TLAsset,
  type TLBinding,
  type TLContent,
  type TLRecord,
  type TLShape,
  type TLSchema,
  type TLShapeId,
} from 'tldraw'
import {
  MAX_TLDR_FILE_BYTES,
  MAX_TLDR_IMPORT_RECORDS,
  TLDR_FILE_FORMAT_VERSION,
} from '@common-ground/shared'

/** Why a `.tldr` file could not be imported; each has its own message (SPEC 61). */
export type TldrImportProblem =
  'tooBig' | 'notTldraw' | 'tooNew' | 'invalid' | 'tooManyRecords' | 'empty' | 'imageUpload'

export class TldrImportError extends Error {
  constructor(readonly problem: TldrImportProblem) {
    super(`The file cannot be imported: ${problem}`)
  }
}

/** The board as a `.tldr` file tldraw opens (SPEC 60): `{ tldrawFileFormatVersion, schema, records }`. */
export function tldrBlob(editor: Editor): Promise<Blob> {
  return serializeTldrawJsonBlob(editor)
}

/**
 * The shapes, bindings and assets of a `.tldr` file, migrated to this board's schema by
 * tldraw's own file reader (file format 1, any older schema and shape version). Nothing
 * is written: a file that fails here changes nothing (SPEC 61).
 */
export function readTldrFile(schema: TLSchema, json: string): TLContent {
  if (json.length > MAX_TLDR_FILE_BYTES) throw new TldrImportError('tooBig')
  if (isFromNewerTldraw(schema, json)) throw new TldrImportError('tooNew')
  const parsed = parseTldrawJsonFile({ json, schema })
  if (!parsed.ok) {
    const { error } = parsed
    switch (error.type) {
      case 'notATldrawFile':
      case 'v1File':
        throw new TldrImportError('notTldraw')
      case 'fileFormatVersionTooNew':
        throw new TldrImportError('tooNew')
      case 'migrationFailed':
        throw new TldrImportError(
          error.reason === MigrationFailureReason.TargetVersionTooNew ? 'tooNew' : 'invalid',
        )
      case 'invalidRecords':
        throw new TldrImportError('invalid')
    }
  }
  const store = parsed.value
  try {
    const records = store.allRecords() as TLRecord[]
    if (records.length > MAX_TLDR_IMPORT_RECORDS) throw new TldrImportError('tooManyRecords')
    const shapes = records.filter((r): r is TLShape => r.typeName === 'shape')
    const bindings = records.filter((r): r is TLBinding => r.typeName === 'binding')
    const assets = records.filter((r): r is TLAsset => r.typeName === 'asset')
    // Every page of the file lands on this board's current page, side by side as drawn.
    const rootShapeIds = shapes
      .filter((shape) => shape.parentId.startsWith('page:'))
      .map((shape) => shape.id as TLShapeId)
    if (rootShapeIds.length === 0) throw new TldrImportError('empty')
    return { shapes, bindings, assets, rootShapeIds, schema: schema.serialize() }
  } finally {
    store.dispose()
  }
}

/**
 * True when the file says it was written with a newer file format, schema format, or a
 * newer version of any migration sequence this board also has: tldraw's reader reports
 * some of those only as a failed migration, which would read as a damaged file.
 */
function isFromNewerTldraw(schema: TLSchema, json: string): boolean {
  let file: unknown
  try {
    file = JSON.parse(json)
  } catch {
    return false
  }
  if (typeof file !== 'object' || file === null) return false
  const { tldrawFileFormatVersion, schema: written } = file as {
    tldrawFileFormatVersion?: unknown
    schema?: { schemaVersion?: unknown; sequences?: unknown }
  }
  if (
    typeof tldrawFileFormatVersion === 'number' &&
    tldrawFileFormatVersion > TLDR_FILE_FORMAT_VERSION
  ) {
    return true
  }
  const ours = schema.serialize()
  if (typeof written?.schemaVersion === 'number' && written.schemaVersion > ours.schemaVersion) {
    return true
  }
  const sequences = written?.sequences
  if (typeof sequences !== 'object' || sequences === null || ours.schemaVersion !== 2) return false
  return Object.entries(sequences as Record<string, unknown>).some(([id, version]) => {
    const known = (ours.sequences as Record<string, number>)[id]
    return typeof version === 'number' && known !== undefined && version > known
  })
}

/**
 * Puts a file's content onto the current page as one undoable change, with new ids so it
 * never overwrites what the board holds, selected so it can be moved at once. Images
 * inside the file (data URLs) are uploaded to the board's asset store first (SPEC 62);
 * if one fails, nothing is added.
 */
export async function importTldrContent(editor: Editor, content: TLContent): Promise<number> {
  const assets: TLAsset[] = []
  for (const asset of content.assets) {
    const src = (asset.props as { src?: unknown }).src
    if (typeof src !== 'string' || !src.startsWith('data:')) {
      assets.push(asset)
      continue
    }
    try {
      const blob = blobOfDataUrl(src)
      const name = (asset.props as { name?: string }).name || 'image'
      const file = new File([blob], name, { type: blob.type })
      const uploaded = await editor.uploadAsset(asset, file)
      assets.push({ ...asset, props: { ...asset.props, src: uploaded.src } } as TLAsset)
    } catch {
      throw new TldrImportError('imageUpload')
    }
  }
  editor.run(() => {
    editor.markHistoryStoppingPoint('import .tldr')
    editor.putContentOntoCurrentPage({ ...content, assets }, { select: true })
  })
  editor.zoomToSelection()
  return content.rootShapeIds.length
}

/** A `data:` URL's bytes (decoded here: the page's connect-src does not allow fetching data: URLs). */
export function blobOfDataUrl(url: string): Blob {
  const match = /^data:([^;,]*)(;base64)?,(.*)$/s.exec(url)
  if (match === null) throw new Error('Not a data URL')
  const [, type = '', base64, data = ''] = match
  if (base64 === undefined) return new Blob([decodeURIComponent(data)], { type })
  const binary = atob(data)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return new Blob([bytes], { type })
}
