import { ClientProcesses } from '../clientProcesses'
import { epochNow, type ClientPlan, type Counts, type RelayReply } from '../relayProtocol'
import { startServer, type ServerKind, type ServerProcess } from '../servers'
import { distribution, sleep, type Distribution } from '../stats'

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
  clientProcesses: number
  /**
   * Deliveries that arrived after the drain, while the run waited up to `lateMs` more for
   * the missing ones (only when asked, as the multi-process scenario does): late, not
   * lost. `expected - delivered - deliveredLate` never arrived.
   */
  deliveredLate?: number
}

const DRAIN_MS = 3000

/**
 * One run: a fresh server process and fresh client processes; every room's clients
 * connected and synced, dealt round the client processes so that each room's broadcasts
 * fan out over all of them; each editor moving its own geo shape at its rate (phases
 * spread at random) for `windowMs`, everyone else observing. A delivery is a client seeing
 * another's edit; its latency is the reading of the shared clock (`epochNow`) minus the
 * `meta.sentAt` stamped at the edit. Only edits sent inside the window count, and the run
 * waits up to DRAIN_MS after it for stragglers.
 */
export async function runRelay(
  kind: ServerKind,
  scenario: RelayScenario,
  windowMs: number,
  /** Several processes of ours serving every room (multi-process); by default one of `kind`. */
  start: () => Promise<ServerProcess[]> = async () => [await startServer(kind)],
  /** After the drain, wait up to this long more to tell late deliveries from lost ones. */
  lateMs = 0,
): Promise<RelayResult> {
  const servers = await start()
  const server = servers[0]!
  const processes = ClientProcesses.start()
  const cpuSeconds = () => servers.reduce((sum, s) => sum + s.cpuSeconds(), 0)
  try {
    const plans: ClientPlan[][] = Array.from({ length: processes.size }, () => [])
    let dealt = 0
    for (let r = 0; r < scenario.rooms; r++) {
      const room = await server.newRoom(`bench ${scenario.id} ${r}`)
      for (let c = 0; c < scenario.clientsPerRoom; c++) {
        plans[dealt++ % processes.size]!.push({
          room,
          roomIndex: r,
          editor: c < scenario.editorsPerRoom ? c : null,
          writesPage: c === 0,
          // Each room's clients spread over every process, as a load balancer would.
          wsUrl: servers[c % servers.length]!.wsUrl,
        })
      }
    }
    await processes.each((i) => ({ type: 'connect', server, clients: plans[i]! }))
    // Warm-up: every editor's shape (and the page) exists everywhere before the window opens.
    await processes.each(() => ({ type: 'warm', records: scenario.editorsPerRoom + 1 }))

    const cpuBefore = cpuSeconds()
    const windowStart = epochNow() + 100
    const windowEnd = windowStart + windowMs
    const editsPerSecond = scenario.editsPerSecond
    await processes.each(() => ({ type: 'start', windowStart, windowEnd, editsPerSecond }))
    await sleep(windowEnd - epochNow())
    // Every edit is meant for everyone else in its room.
    const expected = ({ sent }: Counts) => sent * (scenario.clientsPerRoom - 1)

    const drainUntil = performance.now() + DRAIN_MS
    let counts = sumCounts(await processes.each(() => ({ type: 'count' })))
    while (counts.delivered < expected(counts) && performance.now() < drainUntil) {
      await sleep(50)
      counts = sumCounts(await processes.each(() => ({ type: 'count' })))
    }
    const replies = await processes.each(() => ({ type: 'collect' }))
    const cpu = cpuSeconds() - cpuBefore
    const peak = servers.reduce((sum, s) => sum + s.memory().peak, 0)
    counts = sumCounts(replies)
    const latencies = replies.flatMap((reply) => (reply.ok ? (reply.latencies ?? []) : []))
    // Latency and CPU are as measured above; this only counts what still arrives.
    let deliveredLate: number | undefined
    if (lateMs > 0) {
      const lateUntil = performance.now() + lateMs
      let late = counts
      while (late.delivered < expected(counts) && performance.now() < lateUntil) {
        await sleep(250)
        late = sumCounts(await processes.each(() => ({ type: 'count' })))
      }
      deliveredLate = late.delivered - counts.delivered
    }
    return {
      scenario: scenario.id,
      server: kind,
      latencyMs: distribution(latencies),
      sent: counts.sent,
      delivered: counts.delivered,
      expected: expected(counts),
      deliveredPerSecond: counts.delivered / (windowMs / 1000),
      serverCpuSeconds: cpu,
      serverPeakRssBytes: peak,
      windowMs,
      clientProcesses: processes.size,
      ...(deliveredLate === undefined ? {} : { deliveredLate }),
    }
  } finally {
    await processes.stop()
    for (const s of servers) await s.stop()
  }
}

function sumCounts(replies: readonly RelayReply[]): Counts {
  const sum: Counts = { sent: 0, delivered: 0 }
  for (const reply of replies) {
    if (!reply.ok || !reply.counts) continue
    sum.sent += reply.counts.sent
    sum.delivered += reply.counts.delivered
  }
  return sum
}
