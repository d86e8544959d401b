import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// Tests import `@common-ground/shared` from source so they never run against a stale build.
const alias = {
  '@common-ground/shared': fileURLToPath(new URL('./shared/src/index.ts', import.meta.url)),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'server', include: ['server/src/**/*.test.ts'], testTimeout: 20_000 },
      },
      {
        extends: true,
        test: { name: 'client', include: ['client/src/**/*.test.{ts,tsx}'], testTimeout: 20_000 },
      },
      // The one place that may import client/ and server/ together (integration/README.md).
      {
        extends: true,
        test: { name: 'stack', include: ['integration/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
})
