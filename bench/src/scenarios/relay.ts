import { connectMany, type SimClient } from '../clients'
import { geoShape, pageRecord } from '../records'
import { startServer, type ServerKind } from '../servers'
import { distribution, sleep, waitFor, type Distribution } from '../stats'

export interface RelayScenario {
  id: string
  title: string
  rooms: number
  clientsPerRoom: number
  /** The first `editorsPerRoom` clients of each room edit; the rest only observe. */
  editorsPerRoom: number
  editsPerSecond: number
}

export const RELAY_SCENARIOS: readonly RelayScenario[] = [
  {
    id: 'workshop',
    title: '30-person workshop, everyone edits 2/s',
    rooms: 1,
    clientsPerRoom: 30,
    editorsPerRoom: 30,
    editsPerSecond: 2,
  },
  {
    id: 'drag',
    title: '5 people drag at 30 edits/s in a room of 50',
    rooms: 1,
    clientsPerRoom: 50,
    editorsPerRoom: 5,
    editsPerSecond: 30,
  },
  {
    id: 'rooms',
    title: '50 rooms of 10, everyone edits 1/s',
    rooms: 50,
    clientsPerRoom: 10,
    editorsPerRoom: 10,
    editsPerSecond: 1,
  },
  {
    id: 'big-room',
    title: 'one room of 200, 20 of them edit 2/s',
    rooms: 1,
    clientsPerRoom: 200,
    editorsPerRoom: 20,
    editsPerSecond: 2,
  },
]

export interface RelayResult {
  scenario: string
  server: ServerKind
  latencyMs: Distribution
  sent: number
  delivered: number
  expected: number
  deliveredPerSecond: number
  serverCpuSeconds: number
  serverPeakRssBytes: number
  windowMs: number
}

const DRAIN_MS = 3000

type Change = { action: string; newValue?: unknown }

/**
 * One run: a fresh server process, every room's clients connected and synced, each editor
 * moving its own geo shape at its rate (phases spread at random) for `windowMs`, everyone
 * else observing. A delivery is a client seeing another's edit; its latency is now minus
 * the `meta.sentAt` stamped at the edit. Only edits sent inside the window count, and the
 * run waits up to DRAIN_MS after it for stragglers.
 */
export async function runRelay(
  kind: ServerKind,
  scenario: RelayScenario,
  windowMs: number,
): Promise<RelayResult> {
  const server = await startServer(kind)
  const rooms: SimClient[][] = []
  try {
    for (let r = 0; r < scenario.rooms; r++) {
      const room = await server.newRoom(`bench ${scenario.id} ${r}`)
      rooms.push(await connectMany(server, room, scenario.clientsPerRoom, 60_000))
    }
    // Warm-up: every editor's shape exists everywhere before the window opens.
    for (const [r, clients] of rooms.entries()) {
      clients[0]?.records.set(pageRecord().id, pageRecord())
      for (let e = 0; e < scenario.editorsPerRoom; e++) {
        const id = `shape:r${r}e${e}`
        clients[e]?.records.set(id, geoShape(id, e * 10, 0))
      }
    }
    await waitFor(
      () =>
        rooms.every((clients) =>
          clients.every((c) => c.records.map.size >= scenario.editorsPerRoom + 1),
        ),
      30_000,
      `${kind}: warm-up edits reach every client`,
    )

    const latencies: number[] = []
    let delivered = 0
    let sent = 0
    let windowStart = Number.POSITIVE_INFINITY
    let windowEnd = Number.POSITIVE_INFINITY
    for (const clients of rooms) {
      for (const client of clients) {
        client.records.on('change', (changes: Map<string, Change>, tr: { local: boolean }) => {
          if (tr.local) return
          const now = performance.now()
          for (const change of changes.values()) {
            const sentAt = (change.newValue as { meta?: { sentAt?: number } } | undefined)?.meta
              ?.sentAt
            if (sentAt === undefined || sentAt < windowStart || sentAt >= windowEnd) continue
            latencies.push(now - sentAt)
            delivered++
          }
        })
      }
    }

    const cpuBefore = server.cpuSeconds()
    windowStart = performance.now() + 50
    windowEnd = windowStart + windowMs
    const interval = 1000 / scenario.editsPerSecond
    const timers = new Set<ReturnType<typeof setTimeout>>()
    for (const [r, clients] of rooms.entries()) {
      for (let e = 0; e < scenario.editorsPerRoom; e++) {
        const client = clients[e]
        if (!client) continue
        const id = `shape:r${r}e${e}`
        let tick = 0
        const phase = Math.random() * interval
        const next = () => {
          const at = windowStart + phase + tick * interval
          if (at >= windowEnd) return
          const timer = setTimeout(
            () => {
              timers.delete(timer)
              const now = performance.now()
              tick++
              client.records.set(id, geoShape(id, e * 10 + (tick % 200), tick % 150, now))
              sent++
              next()
            },
            Math.max(0, at - performance.now()),
          )
          timers.add(timer)
        }
        next()
      }
    }
    await sleep(windowEnd - performance.now())
    const expected = () => sent * (scenario.clientsPerRoom - 1)
    const drainUntil = performance.now() + DRAIN_MS
    while (delivered < expected() && performance.now() < drainUntil) await sleep(20)
    for (const timer of timers) clearTimeout(timer)
    const cpu = server.cpuSeconds() - cpuBefore
    const memory = server.memory()
    return {
      scenario: scenario.id,
      server: kind,
      latencyMs: distribution(latencies),
      sent,
      delivered,
      expected: expected(),
      deliveredPerSecond: delivered / (windowMs / 1000),
      serverCpuSeconds: cpu,
      serverPeakRssBytes: memory.peak,
      windowMs,
    }
  } finally {
    for (const clients of rooms) for (const client of clients) client.destroy()
    await server.stop()
  }
}
