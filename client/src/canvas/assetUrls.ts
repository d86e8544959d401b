import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'

/**
 * tldraw's fonts, icons, translations and embed icons, imported as files so Vite copies
 * them into our build and our server serves them. Without this tldraw loads them from
 * its CDN, which a workshop on a closed network cannot reach. Made once, outside React,
 * because tldraw needs the same object on every render.
 */
export const assetUrls = getAssetUrlsByImport()
