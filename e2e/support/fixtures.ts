import { test as base, type BrowserContext, type Page } from '@playwright/test'
import { startServer, type StartServerOptions, type TestServer } from './server.js'

/**
 * Every test creates its boards through the API from 127.0.0.1, more than the default
 * per-address limit allows in a minute; that limit has tests of its own on the server.
 */
const SERVER_OPTIONS: StartServerOptions = { env: { BOARD_CREATIONS_PER_MINUTE: '10000' } }

interface TestFixtures {
  /**
   * A server of this test's own, over a fresh data directory: the test may stop, kill and
   * restart it. Its log is attached to the report when the test fails.
   */
  ownServer: TestServer
  /**
   * Opens a page in a browser context of its own, as a separate participant would (own
   * localStorage, own cookies). Contexts are closed at the end of the test.
   */
  newParticipantPage: () => Promise<Page>
}

interface WorkerFixtures {
  /** One server per worker, for tests that leave it running. Never stop or restart it. */
  server: TestServer
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // Playwright requires the fixture argument to be destructured, even when empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServer(SERVER_OPTIONS)
      try {
        await use(server)
      } finally {
        await server.dispose()
      }
    },
    { scope: 'worker' },
  ],

  // eslint-disable-next-line no-empty-pattern
  ownServer: async ({}, use, testInfo) => {
    const server = await startServer(SERVER_OPTIONS)
    try {
      await use(server)
    } finally {
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('server.log', { body: server.log(), contentType: 'text/plain' })
      }
      await server.dispose()
    }
  },

  newParticipantPage: async ({ browser }, use) => {
    const contexts: BrowserContext[] = []
    await use(async () => {
      const context = await browser.newContext()
      contexts.push(context)
      return context.newPage()
    })
    // Playwright has already taken its failure screenshots and traces of these pages.
    for (const context of contexts) await context.close()
  },
})

export { expect } from '@playwright/test'
