// The invariant checker, on in every scenario. Single brain: at no moment do two instances
// hold a stack ENI, mount EFS, or run opscenterd. Nothing lost: every line opscenterd wrote
// to EFS before a checkpoint (an upgrade, a failed upgrade, a revert) is still there at
// the end, and none went to a local disk. It samples every ~20 ms and on every timeline
// entry (attach, mount, start...), and keeps the timeline around each violation.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { ROLES, TAGS } from '../../../src/shared/contract.js'
import type { Sim } from '../types.js'
import type { SimRuntime } from './index.js'
import { inside } from './host.js'
import { WRITES_LOG, type Written } from './opscenter.js'
import type { Timeline } from './timeline.js'

export interface Holders {
  /** Live instances with a stack ENI attaching or attached. */
  eni: string[]
  /** Live instances with EFS mounted (or a folder of it bound). */
  efs: string[]
  /** Instances where opscenterd runs (activating or active). */
  opscenterd: string[]
}

export interface InvariantProbe {
  holders(): Holders
  /** Lines of the sim-writes.log on EFS now. */
  efsWrites(): string[]
  /** Every line any opscenterd wrote, with the real file it went to. */
  written(): Written[]
  /** The EFS folder. */
  efsDir: string
}

/** The probe of a running simulation. */
export function simProbe(sim: Sim, rt: SimRuntime, stackName?: string): InvariantProbe {
  return {
    efsDir: rt.efsDir,
    holders() {
      const live = new Set(rt.live().map((m) => m.instanceId))
      const eni = new Set<string>()
      for (const n of sim.ec2.networkInterfaces()) {
        if (n.tags[TAGS.role] !== ROLES.eni) continue
        if (stackName !== undefined && n.tags[TAGS.stack] !== stackName) continue
        const a = n.attachment
        if (a && (a.status === 'attaching' || a.status === 'attached') && live.has(a.instanceId)) {
          eni.add(a.instanceId)
        }
      }
      const machines = rt.live()
      return {
        eni: [...eni],
        efs: machines.filter((m) => m.host.holdsEfs()).map((m) => m.instanceId),
        opscenterd: [...rt.machines.values()]
          .filter((m) => m.host.runsOpsCenter())
          .map((m) => m.instanceId)
      }
    },
    efsWrites: () => findLogs(rt.efsDir).flatMap(readLines),
    written: () => [...rt.machines.values()].flatMap((m) => m.host.opscenter?.written ?? [])
  }
}

const LOG_NAME = basename(WRITES_LOG)

/** Every sim-writes.log on EFS (wherever the agent keeps /var/lib/opscenter there). */
function findLogs(dir: string): string[] {
  const found: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name)
    if (e.isDirectory()) found.push(...findLogs(path))
    else if (e.isFile() && e.name === LOG_NAME) found.push(path)
  }
  return found
}

function readLines(path: string): string[] {
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8').split('\n').filter(Boolean)
}

export interface Violation {
  at: number
  what: string
  /** The timeline up to the moment it was seen. */
  timeline: string
}

const WHAT: Record<keyof Holders, string> = {
  eni: 'hold a stack ENI',
  efs: 'mount EFS',
  opscenterd: 'run opscenterd'
}

export class InvariantChecker {
  readonly violations: Violation[] = []
  private readonly checkpoints: { label: string; lines: string[] }[] = []
  private readonly current: Record<keyof Holders, string> = { eni: '', efs: '', opscenterd: '' }
  private timer?: NodeJS.Timeout
  private unsubscribe?: () => void
  samples = 0

  constructor(
    private readonly probe: InvariantProbe,
    private readonly timeline: Timeline,
    private readonly intervalMs = 20
  ) {}

  start(): this {
    this.timer = setInterval(() => this.sample(), this.intervalMs)
    this.unsubscribe = this.timeline.on(() => this.sample())
    return this
  }

  /** Checks single brain now. */
  sample(): void {
    this.samples++
    const holders = this.probe.holders()
    for (const key of Object.keys(WHAT) as (keyof Holders)[]) {
      const ids = [...new Set(holders[key])].sort()
      const state = ids.length > 1 ? ids.join(',') : ''
      const before = this.current[key]
      this.current[key] = state
      if (state !== '' && state !== before) {
        this.violate(`two instances ${WHAT[key]} at the same moment: ${ids.join(' and ')}`)
      }
    }
  }

  /** Remembers what is on EFS now: it must all still be there at the end. */
  checkpoint(label: string): void {
    const lines = this.probe.efsWrites()
    this.checkpoints.push({ label, lines })
    this.timeline.add(`checkpoint "${label}": ${lines.length} lines on EFS`)
  }

  /** Stops sampling and checks nothing was lost; returns every violation. */
  finish(): Violation[] {
    if (this.timer) clearInterval(this.timer)
    this.unsubscribe?.()
    this.sample()
    const now = new Set(this.probe.efsWrites())
    for (const c of this.checkpoints) {
      const missing = c.lines.filter((l) => !now.has(l))
      if (missing.length > 0) {
        this.violate(
          `${missing.length} of the ${c.lines.length} lines on EFS at "${c.label}" are gone, e.g. ${missing.slice(0, 3).join('; ')}`
        )
      }
    }
    const written = this.probe.written()
    const elsewhere = written.filter((w) => !inside(this.probe.efsDir, w.file))
    if (elsewhere.length > 0) {
      const files = [...new Set(elsewhere.map((w) => w.file))]
      this.violate(
        `opscenterd wrote ${elsewhere.length} lines outside EFS (lost with the instance): ${files.join(', ')}`
      )
    }
    const gone = written.filter((w) => inside(this.probe.efsDir, w.file) && !now.has(w.line))
    if (gone.length > 0) {
      this.violate(`${gone.length} lines opscenterd wrote to EFS are gone, e.g. ${gone[0].line}`)
    }
    return this.violations
  }

  /** Records a violation found by a scenario-level check (a run's outcome). */
  fail(what: string): void {
    this.violate(what)
  }

  private violate(what: string): void {
    this.violations.push({ at: Date.now(), what, timeline: this.timeline.format(40) })
    this.timeline.add(`INVARIANT VIOLATED: ${what}`)
  }

  /** A readable report of every violation with the timeline that led to it. */
  report(): string {
    return this.violations
      .map((v, i) => `violation ${i + 1}: ${v.what}\ntimeline:\n${v.timeline}`)
      .join('\n\n')
  }
}
