import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * The record's fonts, installed from npm (`dejavu-fonts-ttf`) so a record is made with no
 * internet. DejaVu Sans covers Latin with Welsh's ŵ and ŷ, Greek, Cyrillic and Arabic;
 * pdfkit embeds only the glyphs a record uses.
 */
export const RECORD_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const
