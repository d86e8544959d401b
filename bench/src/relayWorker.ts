import { connectAll, type SimClient } from './clients'
import { geoShape, pageRecord } from './records'
import {
  epochNow,
  type ClientPlan,
  type Counts,
  type Envelope,
  type RelayReply,
  type RelayRequest,
} from './relayProtocol'
import { waitFor } from './stats'

/**
 * A client process of the relay scenarios: holds some of the simulated participants,
 * spread over processes so that a broadcast fans out over both cores, as it would over
 * real devices, and no one process's queue is the latency being measured. Driven by
 * scenarios/relay.ts through relayProtocol.ts.
 */

type Change = { action: string; newValue?: unknown }

interface Participant {
  plan: ClientPlan
  client: SimClient
}

let participants: Participant[] = []
const latencies: number[] = []
const counts: Counts = { sent: 0, delivered: 0 }
const timers = new Set<ReturnType<typeof setTimeout>>()
/** The measured window, epoch ms; edits stamped outside it are not counted. */
let measured = { start: Number.POSITIVE_INFINITY, end: Number.POSITIVE_INFINITY }

const shapeId = (plan: ClientPlan) => `shape:r${plan.roomIndex}e${plan.editor}`

/** A delivery: another client's edit stamped inside the window, seen here. */
function observe(client: SimClient): void {
  client.records.on('change', (changes: Map<string, Change>, tr: { local: boolean }) => {
    if (tr.local) return
    const now = epochNow()
    for (const change of changes.values()) {
      const sentAt = (change.newValue as { meta?: { sentAt?: number } } | undefined)?.meta?.sentAt
      if (sentAt === undefined || sentAt < measured.start || sentAt >= measured.end) continue
      latencies.push(now - sentAt)
      counts.delivered++
    }
  })
}

/** Each editor moves its own shape every `1000 / rate` ms, from a random phase. */
function edit(participant: Participant, rate: number): void {
  const { plan, client } = participant
  if (plan.editor === null) return
  const e = plan.editor
  const id = shapeId(plan)
  const interval = 1000 / rate
  const phase = Math.random() * interval
  let tick = 0
  const next = () => {
    const at = measured.start + phase + tick * interval
    if (at >= measured.end) return
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        const now = epochNow()
        // A timer that fired late, past the window, would stamp an edit nobody counts.
        if (now >= measured.end) return
        tick++
        client.records.set(id, geoShape(id, e * 10 + (tick % 200), tick % 150, now))
        counts.sent++
        next()
      },
      Math.max(0, at - epochNow()),
    )
    timers.add(timer)
  }
  next()
}

async function handle(request: RelayRequest): Promise<RelayReply> {
  switch (request.type) {
    case 'connect': {
      const clients = await connectAll(
        (index) => {
          const wsUrl = request.clients[index]?.wsUrl
          return wsUrl === undefined ? request.server : { ...request.server, wsUrl }
        },
        request.clients.map((plan) => plan.room),
        60_000,
      )
      participants = request.clients.map((plan, i) => ({ plan, client: clients[i]! }))
      for (const { client } of participants) observe(client)
      return { ok: true }
    }
    case 'warm': {
      for (const { plan, client } of participants) {
        if (plan.writesPage) client.records.set(pageRecord().id, pageRecord())
        if (plan.editor !== null) client.records.set(shapeId(plan), geoShape(shapeId(plan), 0, 0))
      }
      await waitFor(
        () => participants.every(({ client }) => client.records.map.size >= request.records),
        30_000,
        'warm-up edits reach every client',
      )
      return { ok: true }
    }
    case 'start':
      measured = { start: request.windowStart, end: request.windowEnd }
      for (const participant of participants) edit(participant, request.editsPerSecond)
      return { ok: true }
    case 'count':
      return { ok: true, counts: { ...counts } }
    case 'collect':
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return { ok: true, counts: { ...counts }, latencies }
  }
}

process.on('message', (message: Envelope<RelayRequest>) => {
  handle(message).then(
    (reply) => process.send?.({ ...reply, id: message.id }),
    (error: unknown) =>
      process.send?.({
        ok: false,
        error: (error as Error).message ?? String(error),
        id: message.id,
      }),
  )
})

// The coordinator ends us by closing the channel; the sockets go with the process.
process.on('disconnect', () => {
  for (const { client } of participants) client.destroy()
  process.exit(0)
})
process.setMaxListeners(0) // y-websocket adds an exit listener per provider
