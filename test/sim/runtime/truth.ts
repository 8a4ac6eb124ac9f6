// What really happened, to hold a run's report against: which instance served OpsCenter at
// every moment (sampled with the invariant checker), and which versions the scenario made
// bad. After each run the harness checks what the run said (`downtime-seconds`, the
// instance it names as serving or healthy, "no downtime", what it reverted) against it.
// A mismatch is a violation like a second brain: the person reading the summary at 3 a.m.
// acts on it.
import { OUTPUTS, ROLES, TAGS } from '../../../src/shared/contract.js'
import type { Sim } from '../types.js'
import type { SimRuntime } from './index.js'

/** One stretch of time with the same server (undefined: nothing served). */
export interface Stretch {
  id?: string
  from: number
  to?: number
}

/** The instance serving OpsCenter now: behind the record, on its ENI, answering. */
export function servingNow(sim: Sim, rt: SimRuntime, stackName: string): string | undefined {
  const outputs = sim.cloudformation.getStack(stackName)?.outputs
  const zoneId = outputs?.[OUTPUTS.hostedZoneId]
  const name = outputs?.[OUTPUTS.recordName]
  const ip = zoneId && name ? sim.route53.getRecord(zoneId, name, 'A')?.values[0] : undefined
  if (!ip) return undefined
  const eni = sim.ec2
    .networkInterfaces()
    .find(
      (n) =>
        n.tags[TAGS.role] === ROLES.eni &&
        n.tags[TAGS.stack] === stackName &&
        n.privateIp === ip &&
        n.attachment?.status === 'attached'
    )
  const id = eni?.attachment?.instanceId
  const m = id ? rt.machines.get(id) : undefined
  const ops = m?.host.opscenter
  // A hung opscenterd, or one blocked on a hung EFS, holds the port and answers nothing.
  if (!m || m.gone || m.frozen || !ops || ops.state !== 'active' || ops.hung || m.host.efsHung)
    return undefined
  // Bound to loopback (its first start, while the agent sets the admin password): not serving.
  if (ops.web?.loopbackOnly) return undefined
  return id
}

export class ServiceTruth {
  readonly stretches: Stretch[] = []

  constructor(private readonly probe: () => string | undefined) {}

  sample(now = Date.now()): void {
    const id = this.probe()
    const last = this.stretches.at(-1)
    if (last && last.id === id) return
    if (last) last.to = now
    this.stretches.push({ id, from: now })
  }

  /** Who served at `t`. */
  servingAt(t: number): string | undefined {
    return this.stretches.find((s) => s.from <= t && (s.to === undefined || t < s.to))?.id
  }

  /**
   * The outages that began in [from, to]: OpsCenter had been served and then was not. An
   * outage still going at `to` ends at undefined.
   */
  outages(
    from: number,
    to: number,
    o: { ongoing?: boolean } = {}
  ): { from: number; to?: number }[] {
    const found: { from: number; to?: number }[] = []
    for (let i = 1; i < this.stretches.length; i++) {
      const s = this.stretches[i]
      // `ongoing`: also one that began before `from` and still ran then.
      const began = s.from >= from || (o.ongoing && (s.to === undefined || s.to > from))
      if (s.id !== undefined || !began || s.from > to) continue
      if (this.stretches[i - 1].id === undefined) continue
      found.push({ from: s.from, to: s.to !== undefined && s.to <= to ? s.to : undefined })
    }
    return found
  }
}

/** What a finished run said that the truth can check. */
export interface RunSaid {
  command: string
  result?: string
  /** `downtime-seconds` ('' when not set). */
  downtimeSeconds?: string
  instanceId?: string
  amiId?: string
  /** The run's ::error:: messages, one a line. */
  text: string
  startedAt: number
  endedAt: number
}

export interface TruthContext {
  truth: ServiceTruth
  /** The poll interval of the run, in real ms: the report's resolution. */
  pollMs: number
  /** Is the OpsCenter version of this AMI one the scenario broke? */
  amiIsBad: (amiId: string) => boolean
  /** The AMI an instance was launched from. */
  imageOf: (instanceId: string) => string | undefined
}

/**
 * How far `downtime-seconds` may lie above the outage the simulator saw. The action counts
 * from the old agent's stamp of its opscenterd's stop (its own terminate call when there is
 * none) to its first poll that sees healthy; the agent tags healthy only after its own
 * serving check and the record's INSYNC, so that end lies after the first answer. No AWS
 * figure: on the scenarios here the excess was 0.3-0.9 s; 5 s leaves room for a busy CI.
 */
export const DOWNTIME_OVER_MS = 5_000

/** From the action's last report to its exit: its lock released, its summary written. */
export const EXIT_MS = 2_000

/** Every way the run's report disagrees with the truth ('' each when it does not). */
export function checkRun(said: RunSaid, c: TruthContext): string[] {
  const problems: string[] = []
  // A plan changes nothing and reports no downtime: an outage meanwhile is another run's.
  const outages = said.command === 'plan' ? [] : c.truth.outages(said.startedAt, said.endedAt)
  const ended = outages.filter((o) => o.to !== undefined) as { from: number; to: number }[]
  const reported = said.downtimeSeconds ? Number(said.downtimeSeconds) * 1000 : undefined
  const servingAtEnd = c.truth.servingAt(said.endedAt)
  const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`
  // What OpsCenter was down in all, and from the first outage to the end of the last.
  const measured = ended.reduce((sum, o) => sum + o.to - o.from, 0)
  const told = `the run said downtime-seconds=${said.downtimeSeconds || '(empty)'}`
  const seen = ended.length
    ? `the simulator saw ${ended.length} outage(s), ${sec(measured)} in all (${ended.map((o) => `${sec(o.to - o.from)} from +${sec(o.from - said.startedAt)}`).join(', ')})`
    : 'the simulator saw no outage'
  if (ended.length && reported === undefined) problems.push(`${told}, but ${seen}`)
  // The report's two ends are polls and tenths: it may fall short by a poll and a rounding.
  if (reported !== undefined && reported < measured - c.pollMs - 100)
    problems.push(`${told}: less than the outage; ${seen}`)
  // An outage already going when the run began may be part of what it reports.
  // (One still going at the end counts up to the end.)
  const around = (
    said.command === 'plan' ? [] : c.truth.outages(said.startedAt, said.endedAt, { ongoing: true })
  ).map((o) => ({ from: o.from, to: o.to ?? said.endedAt }))
  const widest = around.length ? around.at(-1)!.to - around[0].from : 0
  if (reported !== undefined && reported > widest + DOWNTIME_OVER_MS)
    problems.push(`${told}: more than the outage and ${sec(DOWNTIME_OVER_MS)}; ${seen}`)
  // Still down when the run ended: the run must say so, with the downtime so far.
  const going = outages.find((o) => o.to === undefined)
  if (going && ended.length === 0) {
    const soFar = said.endedAt - going.from
    const gone = `OpsCenter had not served for ${sec(soFar)} when the run ended`
    if (reported === undefined) problems.push(`${told}, but ${gone}`)
    else if (reported < soFar - c.pollMs - EXIT_MS)
      problems.push(`${told}: less than the outage so far; ${gone}`)
  }
  if (/no downtime/.test(said.text) && outages.length)
    problems.push(`the run said "no downtime", but ${seen}`)
  for (const [, id] of said.text.matchAll(/(i-[0-9a-f]+) kept serving/g))
    if (outages.length || servingAtEnd !== id)
      problems.push(
        `the run said ${id} kept serving, but ${seen} and ${servingAtEnd ?? 'nothing'} served at its end`
      )
  for (const [, id] of said.text.matchAll(/(i-[0-9a-f]+) is healthy on/g))
    if (servingAtEnd !== id)
      problems.push(
        `the run said ${id} is healthy, but ${servingAtEnd ?? 'nothing'} served at its end`
      )
  if (
    ['deployed', 'unchanged', 'reverted'].includes(said.result ?? '') &&
    said.command !== 'plan' &&
    said.instanceId !== servingAtEnd
  )
    problems.push(
      `the run's instance-id is ${said.instanceId || '(empty)'} (result ${said.result}), but ${servingAtEnd ?? 'nothing'} served at its end`
    )
  problems.push(...checkBlame(said, c))
  return problems
}

/**
 * A revert says the AMI it left was bad: only a version the scenario broke is. And its
 * cause must name an instance of that AMI, the one that failed.
 */
function checkBlame(said: RunSaid, c: TruthContext): string[] {
  if (said.result !== 'reverted') return []
  const tried = /deploying (ami-[0-9a-f]+) failed/.exec(said.text)?.[1]
  if (!tried) return []
  if (!c.amiIsBad(tried))
    return [
      `the run reverted ${tried}, but nothing was wrong with it (the scenario broke no instance of its version): ${firstError(said.text)}`
    ]
  const named = [...said.text.matchAll(/\bi-[0-9a-f]+\b/g)].map((m) => m[0])
  if (!named.some((id) => c.imageOf(id) === tried))
    return [`the run reverted ${tried} without naming an instance of it that failed`]
  return []
}

const firstError = (text: string): string => text.split('\n')[0]?.slice(0, 400) || '(no error line)'
