import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type ProxyOptions } from 'vite'
import { precompress } from './build/precompress'

// `npm run dev` runs the server on 8080; COMMON_GROUND_SERVER points elsewhere.
const serverOrigin = process.env.COMMON_GROUND_SERVER ?? 'http://localhost:8080'

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: serverOrigin },
  '/healthz': { target: serverOrigin },
  '/ws': { target: serverOrigin, ws: true },
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    // The client bundles shared/ from source; only the typecheck reads shared/dist.
    alias: {
      '@common-ground/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every font, icon and translation is a file our own server serves: nothing is
    // inlined as a data: URL, so a strict Content-Security-Policy needs no data: sources.
    assetsInlineLimit: 0,
    // tldraw alone is ~2 MB minified; it is loaded only on board pages (see App.tsx).
    chunkSizeWarningLimit: 4096,
  },
  // @tldraw/assets/imports.vite imports every font and icon with `?url`; the dev
  // pre-bundler cannot resolve those, so Vite serves the package as it is.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  server: { proxy },
  preview: { proxy },
})
