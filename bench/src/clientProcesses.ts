import { fork, type ChildProcess } from 'node:child_process'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Envelope, RelayReply, RelayRequest } from './relayProtocol'

/**
 * How many processes hold the relay scenarios' simulated clients: BENCH_CLIENT_PROCESSES,
 * or one per core, so that clients can use every core the server leaves idle. More than
 * that only adds context switches (on 2 cores, 4 processes gave every server a worse p99).
 */
export const CLIENT_PROCESSES = Math.max(
  1,
  Number(process.env.BENCH_CLIENT_PROCESSES) || cpus().length,
)

const WORKER = fileURLToPath(new URL('./relayWorker.ts', import.meta.url))

/** A set of relayWorker.ts processes, each answering requests in order. */
export class ClientProcesses {
  private nextId = 1
  private readonly pending = new Map<
    number,
    { resolve(reply: RelayReply): void; reject(error: Error): void }
  >()

  private constructor(private readonly children: ChildProcess[]) {
    for (const child of children) {
      child.on('message', (message: Envelope<RelayReply>) => {
        const waiter = this.pending.get(message.id)
        this.pending.delete(message.id)
        waiter?.resolve(message)
      })
      child.on('exit', (code) => {
        // Whatever was asked of a process that died will never be answered.
        for (const [id, waiter] of this.pending) {
          this.pending.delete(id)
          waiter.reject(new Error(`a client process exited with ${code}`))
        }
      })
    }
  }

  static start(count = CLIENT_PROCESSES): ClientProcesses {
    const children = Array.from({ length: count }, () =>
      fork(WORKER, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    )
    return new ClientProcesses(children)
  }

  get size(): number {
    return this.children.length
  }

  /** Sends `request(i)` to each process i; resolves with every reply, or throws the first error. */
  async each(request: (index: number) => RelayRequest): Promise<RelayReply[]> {
    const replies = await Promise.all(this.children.map((child, i) => this.ask(child, request(i))))
    for (const reply of replies) if (!reply.ok) throw new Error(reply.error)
    return replies
  }

  private ask(child: ChildProcess, request: RelayRequest): Promise<RelayReply> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      child.send({ ...request, id } satisfies Envelope<RelayRequest>)
    })
  }

  /** Closes the channels: each process destroys its clients and exits. */
  async stop(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve()
            const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
            child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
            child.disconnect()
          }),
      ),
    )
  }
}
