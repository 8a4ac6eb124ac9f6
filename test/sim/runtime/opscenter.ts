// A stand-in for opscenterd: after a modelled start delay it answers HTTP on the port of
// /etc/opscenter/opscenterd.conf (through the router: see router.ts), and while running it
// appends a numbered line to
// /var/lib/opscenter/sim-writes.log, which the bind mount puts on EFS. The invariant
// checker uses those lines to prove nothing written before an upgrade is lost.
import { appendFileSync, readFileSync, realpathSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SecureContext } from 'node:tls'
import { OpsCenterWeb, readWebConf, type WebAnswer, type WebRequest } from './opscenter-web.js'

/**
 * systemd's ActiveState values that matter here (systemd.unit(5)); `deactivating` while a
 * stop runs: the process still runs (and holds EFS) but answers nothing, as the project
 * models it (opscenterd stops listening once its shutdown begins; no published figure).
 */
export type ServiceState = 'inactive' | 'activating' | 'active' | 'deactivating' | 'failed'

export const WRITES_LOG = 'var/lib/opscenter/sim-writes.log'

/**
 * Where the fake keeps its state's schema: "<level> <version that wrote it>". A version
 * whose level is above the state's migrates it when it starts; one whose level is below
 * refuses to start on it (exits with an error, which systemd restarts until its start limit).
 * How real OpsCenter releases migrate lcm.db and their other files is version-specific and
 * not published (DataStax: "Downgrading OpsCenter is a very manual and case-specific
 * process", Upgrading DSE OpsCenter package installations); the simulator makes the worst
 * case playable: scenarios name the versions that migrate (SimRuntime.migratingVersions).
 */
export const SCHEMA_FILE = 'var/lib/opscenter/sim-schema'

/** The schema level in a state folder's SCHEMA_FILE (0 when there is none). */
export function schemaOn(root: string): number {
  try {
    return Number(readFileSync(join(root, SCHEMA_FILE), 'utf8').split(' ')[0]) || 0
  } catch {
    return 0
  }
}

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
  /** This version's state schema level (see SCHEMA_FILE); default 0. */
  schema?: number
  writeIntervalMs?: number
  /** systemd's Restart=on-failure of the AMI's drop-in, scaled; undefined: no restarts. */
  restart?: RestartPolicy
  /** True while its writes cannot go through (EFS hung): the process is blocked. */
  blocked?: () => boolean
  log: (line: string) => void
  onChange: (state: ServiceState) => void
}

/** Restart=on-failure with RestartSec, StartLimitBurst within StartLimitIntervalSec. */
export interface RestartPolicy {
  delayMs: number
  burst: number
  intervalMs: number
}

export class FakeOpsCenter {
  state: ServiceState = 'inactive'
  port?: number
  /** Its web ports, login and TLS, as opscenterd.conf said when it started. */
  web?: OpsCenterWeb
  /** Off-machine answers given while anyone could log in, over every start. */
  readonly exposed: string[] = []
  readonly written: Written[] = []
  /** Fault: answers nothing although its port is open. */
  hung = false
  /** Fault: every start ends in a crash (a bad state file, a broken upgrade). */
  crashesForGood = false
  private timers: NodeJS.Timeout[] = []
  private seq = 0
  private restarts: number[] = []

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
    try {
      this.web = new OpsCenterWeb(readWebConf(this.o.root, conf), () => this.answer())
    } catch (err) {
      // OpsCenter exits when it cannot load its certificate or key.
      this.o.log(`opscenterd ${this.o.version}: ${(err as Error).message}: exiting`)
      this.timers.push(setTimeout(() => this.crash(), 10))
      return
    }
    const own = this.o.schema ?? 0
    const onDisk = schemaOn(this.o.root)
    if (onDisk > own) {
      this.o.log(
        `opscenterd ${this.o.version}: the state's schema ${onDisk} is newer than this version's ${own}: refusing to start`
      )
      this.timers.push(setTimeout(() => this.crash(), 10))
      return
    }
    if (own > onDisk) {
      writeFileSync(join(this.o.root, SCHEMA_FILE), `${own} ${this.o.version}\n`)
      this.o.log(`opscenterd ${this.o.version}: migrated the state's schema ${onDisk} to ${own}`)
    }
    if (this.o.broken) {
      this.o.log(`opscenterd ${this.o.version}: started, never answers (broken-version fault)`)
      return
    }
    this.timers.push(
      setTimeout(() => {
        if (this.state !== 'activating') return
        if (this.crashesForGood) return this.crash()
        this.set('active')
        this.o.log(`opscenterd ${this.o.version}: answering on port ${this.port}`)
        this.write()
        this.timers.push(setInterval(() => this.write(), this.o.writeIntervalMs ?? 100))
      }, this.o.startDelayMs)
    )
  }

  /** Who answers: what GET / says. */
  answer(): { version: string; instance: string } {
    return { version: this.o.version, instance: this.o.instanceId }
  }

  tlsContext(): SecureContext | undefined {
    return this.web?.conf.tls?.context
  }

  /** One request on one of its web ports (the routers call it). */
  respond(req: WebRequest): WebAnswer {
    if (this.state !== 'active' || !this.web) return 'refuse'
    if (this.hung) return 'hold'
    const before = this.web.exposed.length
    const a = this.web.answer(req)
    this.exposed.push(...this.web.exposed.slice(before))
    return a
  }

  /**
   * The process exits with an error: systemd marks the unit failed, and restarts it if the
   * drop-in says so and the start limit allows (systemd.service(5), systemd.unit(5)).
   */
  crash(): void {
    if (this.state !== 'active' && this.state !== 'activating') return
    for (const t of this.timers) clearTimeout(t)
    this.timers = []
    this.set('failed')
    this.o.log(`opscenterd ${this.o.version}: crashed`)
    const policy = this.o.restart
    if (!policy) return
    const now = Date.now()
    this.restarts = this.restarts.filter((t) => now - t < policy.intervalMs)
    if (this.restarts.length >= policy.burst) {
      this.o.log('opscenterd: start limit hit: systemd leaves it failed')
      return
    }
    this.restarts.push(now)
    this.timers.push(
      setTimeout(() => {
        if (this.state !== 'failed') return
        this.o.log('opscenterd: systemd restarts it (Restart=on-failure)')
        this.start()
      }, policy.delayMs)
    )
  }

  private write(): void {
    if (this.o.blocked?.()) return
    const path = join(this.o.root, WRITES_LOG)
    const line = `${this.o.instanceId} ${this.o.version} ${++this.seq}`
    try {
      appendFileSync(path, line + '\n')
      this.written.push({ line, file: realpathSync(path) })
    } catch (err) {
      this.o.log(`opscenterd: write failed: ${(err as Error).message}`)
    }
  }

  /** `systemctl stop` has begun (SIGTERM, systemd.kill(5)): no more answers, still running. */
  beginStop(): void {
    if (this.state === 'active' || this.state === 'activating') this.set('deactivating')
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
