// `npm run dev`: the server rebuilt and restarted on change, and Vite's dev server
// (with hot reload) in front of it. Vite proxies /api and /ws to the server.
import { spawn, spawnSync } from 'node:child_process'

const run = (cmd, args, env = {}) =>
  spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })

const first = spawnSync('npx', ['tsc', '-b'], { stdio: 'inherit' })
if (first.status !== 0) process.exit(first.status ?? 1)

const port = process.env.PORT ?? '8080'
const children = [
  run('npx', ['tsc', '-b', '-w', '--preserveWatchOutput']),
  run('node', ['--watch', 'server/dist/main.js'], { PORT: port }),
  // Vite proxies /api and /ws to the server started above.
  run('npx', ['vite', '--config', 'client/vite.config.ts'], {
    COMMON_GROUND_SERVER: `http://localhost:${port}`,
  }),
]

const stop = () => {
  for (const child of children) child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
