// A stand-in for opscenterd: after a modelled start delay it answers HTTP on the port of
// /etc/opscenter/opscenterd.conf (through the router: see router.ts), and while running it
// appends a numbered line to
// /var/lib/opscenter/sim-writes.log, which the bind mount puts on EFS. The invariant
// checker uses those lines to prove nothing written before an upgrade is lost.
import { appendFileSync, readFileSync, realpathSync } from 'node:fs'
import { join } from 'node:path'

export type ServiceState = 'inactive' | 'activating' | 'active' | 'failed'

export const WRITES_LOG = 'var/lib/opscenter/sim-writes.log'

export interface Written {
  line: string
  /** Real path of the file the line went to (on EFS, or local disk when mis-mounted). */
  file: string
}

/** Reads [webserver] port from an opscenterd.conf; undefined when absent. */
export function confPort(conf: string): number | undefined {
  let section = ''
  for (const raw of conf.split('\n')) {
    const line = raw.trim()
    const s = /^\[(.+)\]$/.exec(line)
    if (s) section = s[1].trim()
    const kv = /^port\s*=\s*(\d+)$/.exec(line)
    if (section === 'webserver' && kv) return Number(kv[1])
  }
  return undefined
}

export interface OpsCenterOptions {
  instanceId: string
  root: string
  version: string
  startDelayMs: number
  /** opscenterd of this image never answers (the broken-version fault). */
  broken: boolean
  writeIntervalMs?: number
  log: (line: string) => void
  onChange: (state: ServiceState) => void
}

export class FakeOpsCenter {
  state: ServiceState = 'inactive'
  port?: number
  readonly written: Written[] = []
  private timers: NodeJS.Timeout[] = []
  private seq = 0

  constructor(private readonly o: OpsCenterOptions) {}

  /** `systemctl start opscenterd`: returns at once, answers after the start delay. */
  start(): void {
    if (this.state === 'active' || this.state === 'activating') return
    const confPath = join(this.o.root, 'etc/opscenter/opscenterd.conf')
    let conf: string
    try {
      conf = readFileSync(confPath, 'utf8')
    } catch {
      this.set('failed')
      this.o.log(`opscenterd: cannot read ${confPath}`)
      return
    }
    this.port = confPort(conf) ?? 8888
    this.set('activating')
    if (this.o.broken) {
      this.o.log(`opscenterd ${this.o.version}: started, never answers (broken-version fault)`)
      return
    }
    this.timers.push(
      setTimeout(() => {
        if (this.state !== 'activating') return
        this.set('active')
        this.o.log(`opscenterd ${this.o.version}: answering on port ${this.port}`)
        this.write()
        this.timers.push(setInterval(() => this.write(), this.o.writeIntervalMs ?? 100))
      }, this.o.startDelayMs)
    )
  }

  /** What it answers on its web port while active. */
  answer(): { version: string; instance: string } {
    return { version: this.o.version, instance: this.o.instanceId }
  }

  private write(): void {
    const path = join(this.o.root, WRITES_LOG)
    const line = `${this.o.instanceId} ${this.o.version} ${++this.seq}`
    try {
      appendFileSync(path, line + '\n')
      this.written.push({ line, file: realpathSync(path) })
    } catch (err) {
      this.o.log(`opscenterd: write failed: ${(err as Error).message}`)
    }
  }

  /** `systemctl stop opscenterd`, or the machine dying (abrupt: same effect here). */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.timers = []
    if (this.state !== 'inactive') this.set('inactive')
  }

  private set(state: ServiceState): void {
    this.state = state
    this.o.onChange(state)
  }
}
