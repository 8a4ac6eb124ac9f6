// The handover half of `npm run bench`: both replace strategies on the same upgrades, in
// one world, in modelled AWS time. Per upgrade:
// - server-side downtime: the old opscenterd stops answering -> the new one answers;
// - client-visible downtime: until a client whose resolver cached the old answer reaches a
//   serving OpsCenter: the new one answers, and (when the record moved) the record serves
//   the new IP and the cached answer's TTL has run out;
// - the physical limit of the model: opscenterd stop + ENI detach + attach + EFS mount +
//   opscenterd start (the EFS mount has no latency figure in the simulator: 0).
// Then a broken AMI (it fails in prepare) with each strategy.
import { PHASE, TAGS } from '../../../src/shared/contract.js'
import type { World } from '../scenarios.js'
import type { TimelineEntry } from '../runtime/timeline.js'

export const STRATEGIES = ['prepared', 'cold'] as const
export type Strategy = (typeof STRATEGIES)[number]

export interface Handover {
  strategy: Strategy
  result: string
  /** Modelled seconds. */
  server: number
  client: number
  sameZone: boolean
}

const S = 1000

/** The model's floor for a handover, in seconds, and its terms. */
export function physicalLimit(world: World): { total: number; terms: string } {
  const l = world.sim.time.latency
  const terms: [string, number][] = [
    ['opscenterd stop', l.opscenterdStop],
    ['ENI detach', l.eniDetach],
    ['ENI attach', l.eniAttach],
    ['EFS mount', 0],
    ['opscenterd start', l.opscenterStart]
  ]
  const total = terms.reduce((a, [, v]) => a + v, 0) / S
  return { total, terms: terms.map(([k, v]) => `${k} ${v / S}`).join(' + ') }
}

/** Watches the record as Route 53 serves it: when it first served each value (real ms). */
function recordWatch(world: World): { servedAt: (ip: string) => number | undefined; stop(): void } {
  const zoneId = world.outputs().HostedZoneId
  const name = world.outputs().RecordName
  const seen = new Map<string, number>()
  const timer = setInterval(() => {
    const r = world.sim.route53.servedRecord(zoneId, name, 'A')
    for (const v of r?.values ?? []) if (!seen.has(v)) seen.set(v, Date.now())
  }, 5)
  return { servedAt: (ip) => seen.get(ip), stop: () => clearInterval(timer) }
}

const isState = (e: TimelineEntry, id: string | undefined, state: string) =>
  e.instanceId === id && e.what === `opscenterd ${state}`

/** One upgrade to `version` with `strategy`, measured. */
export async function measureUpgrade(
  world: World,
  strategy: Strategy,
  version: string
): Promise<Handover> {
  const before = await world.waitHealthy()
  const mark = world.rt.timeline.entries.length
  const ttl = Number(world.sim.cloudformation.getStack(world.stackName)?.parameters.RecordTtl ?? 15)
  const records = recordWatch(world)
  world.setVersion(version)
  const run = await world.runAction({ inputs: { 'replace-strategy': strategy } })
  records.stop()
  const after = await world.health()
  const entries = world.rt.timeline.entries.slice(mark)
  const stopped = entries.find((e) => isState(e, before.instanceId, 'inactive'))?.at
  const serving = entries.find((e) => isState(e, after.instanceId, 'active'))?.at
  const scale = world.sim.time.timeScale
  if (stopped === undefined || serving === undefined)
    return { strategy, result: run.outputs.result, server: NaN, client: NaN, sameZone: false }
  const moved = after.ip !== before.ip
  const served = moved ? (records.servedAt(after.ip!) ?? serving) : stopped
  const clientEnd = Math.max(serving, moved ? served + ttl * S * scale : serving)
  return {
    strategy,
    result: run.outputs.result,
    server: (serving - stopped) / scale / S,
    client: (clientEnd - stopped) / scale / S,
    sameZone: after.az === before.az
  }
}

/**
 * A broken AMI (its opscenterd unit is missing: the agent fails in prepare) with
 * `strategy`: the modelled seconds during which nothing served, and the result.
 */
export async function measureBroken(
  world: World,
  strategy: Strategy,
  version: string
): Promise<{ downtime: number; result: string; kept: boolean }> {
  const before = await world.waitHealthy()
  const good = world.version()
  world.rt.commandFaults.push({
    cmd: 'systemctl',
    match: /^cat opscenterd/,
    version,
    code: 1,
    stderr: 'No files found for opscenterd.service.\n'
  })
  const mark = world.rt.timeline.entries.length
  world.setVersion(version)
  const run = await world.runAction({ inputs: { 'replace-strategy': strategy } })
  world.setVersion(good)
  const after = await world.health()
  const entries = world.rt.timeline.entries.slice(mark)
  const stopped = entries.find((e) => isState(e, before.instanceId, 'inactive'))?.at
  const serving = entries.find((e) => e.at >= (stopped ?? 0) && e.what === 'opscenterd active')?.at
  const scale = world.sim.time.timeScale
  const downtime = stopped === undefined ? 0 : ((serving ?? Date.now()) - stopped) / scale / S
  return { downtime, result: run.outputs.result, kept: after.instanceId === before.instanceId }
}

/** The phase tag every instance of the run reached, for a failure line. */
export function phasesOf(world: World): string {
  return world.sim.ec2
    .instances()
    .map((i) => `${i.instanceId} ${i.tags[TAGS.phase] ?? '-'}`)
    .filter((s) => !s.endsWith(PHASE.released))
    .join(', ')
}
