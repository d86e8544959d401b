/**
 * tldraw's own file (`.tldr`): JSON `{ tldrawFileFormatVersion, schema, records }`.
 * Version 1 is the only file format tldraw has written (2023–2026); a higher number is
 * a file from a newer tldraw that this version cannot read (client SPEC 61).
 */
export const TLDR_FILE_FORMAT_VERSION = 1

/** The extension and media type tldraw gives its files. */
export const TLDR_EXTENSION = '.tldr'
export const TLDR_MEDIA_TYPE = 'application/vnd.tldraw+json'

/**
 * The largest `.tldr` file an import reads (a 500-card board is about 1 MB; images inside
 * a file are data URLs, which the import uploads to the asset store).
 */
export const MAX_TLDR_FILE_BYTES = 50 * 1024 * 1024

/** The most records one import adds to a board. */
export const MAX_TLDR_IMPORT_RECORDS = 20_000
