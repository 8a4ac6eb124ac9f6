// The recovery half of `npm run bench`: for each unplanned failure kind, the modelled AWS
// time from the fault to its detection (Auto Scaling starts terminating the instance) and
// to OpsCenter serving again (one InService instance, phase healthy, its zone's ENI, the
// record on the ENI's IP, OpsCenter answering), the latency figures that set the floor,
// and what the alert topic received. Goals (issue "Self-healing at run time"): a hang
// detected within 70 s, serving again within 240 s for every kind.
import { HEALTH, METRICS } from '../../../src/shared/contract.js'
import type { Health, World } from '../scenarios.js'
import type { Latency } from '../types.js'

export interface Kind {
  name: string
  /** Injects the fault into the serving instance. */
  inject(world: World, h: Health): void
  /** Undoes what outlives the instance (a zone that failed). */
  restore?(world: World, h: Health): void
  /** What finds the failure: the watchdog, or Auto Scaling's EC2 health check. */
  detectedBy: 'watchdog' | 'ec2' | 'status-check'
  /** Held to the issue's goals (the five kinds it names); others are shown as they are. */
  goal: boolean
}

export const KINDS: Kind[] = [
  {
    name: 'opscenterd crash',
    inject: (w, h) => w.rt.crashOpsCenter(h.instanceId!, { forGood: true }),
    detectedBy: 'watchdog',
    goal: true
  },
  {
    name: 'opscenterd hang',
    inject: (w, h) => w.rt.hangOpsCenter(h.instanceId!),
    detectedBy: 'watchdog',
    goal: true
  },
  {
    name: 'EFS hang',
    inject: (w, h) => w.rt.hangEfs(h.instanceId!),
    detectedBy: 'watchdog',
    goal: true
  },
  {
    name: 'instance death',
    inject: (w, h) => w.sim.ec2.killInstance(h.instanceId!),
    detectedBy: 'ec2',
    goal: true
  },
  {
    name: 'zone loss',
    inject: (w, h) => w.sim.faults.failZone(h.az!),
    restore: (w, h) => w.sim.faults.restoreZone(h.az!),
    detectedBy: 'ec2',
    goal: true
  },
  {
    // Not one of the issue's kinds: what a frozen OS costs. Nothing on it can let go, so the
    // ENI stays until the terminate hook times out (900 s); the not-serving alarm pages.
    name: 'instance frozen (impaired)',
    inject: (w, h) => w.sim.ec2.impairInstance(h.instanceId!),
    detectedBy: 'status-check',
    goal: false
  }
]

export interface Recovery {
  kind: string
  detectedS: number
  servingS: number
  floorS: number
  floor: string
  notices: string[]
  movedZone: boolean
  goal: boolean
}

/** The modelled path after detection, term by term, from the latency model. */
function floorOf(latency: Latency, kind: Kind, movedZone: boolean): { s: number; text: string } {
  const detect: Record<Kind['detectedBy'], [string, number][]> = {
    watchdog: [['detect', HEALTH.unhealthyAfterSeconds]],
    ec2: [['asg notices', latency.asgReplaceDelay / 1000]],
    'status-check': [
      ['status check', latency.statusCheckInterval / 1000],
      ['asg waits', latency.asgImpairedWait / 1000],
      ['terminate hook time-out', TERMINATE_HOOK_SECONDS],
      ['shutdown', latency.instanceShutdown / 1000]
    ]
  }
  // A frozen holder keeps the ENI past the replacement's launch and boot: they overlap.
  const launch: [string, number][] =
    kind.detectedBy === 'status-check'
      ? []
      : [
          ['pending', latency.instancePending / 1000],
          ['OS boot', latency.osBoot / 1000]
        ]
  const terms: [string, number][] = [
    ...detect[kind.detectedBy],
    ...launch,
    ['attach', latency.eniAttach / 1000],
    // The UPSERT goes out after the attach; INSYNC is waited for once opscenterd answers.
    movedZone
      ? [
          'max(INSYNC, opscenterd start)',
          Math.max(latency.route53Propagation, latency.opscenterStart) / 1000
        ]
      : ['opscenterd start', latency.opscenterStart / 1000]
  ]
  const s = terms.reduce((a, [, v]) => a + v, 0)
  return { s, text: `${terms.map(([k, v]) => `${k} ${v}`).join(' + ')} = ${s} s` }
}

/** The template's terminate hook HeartbeatTimeout (cloudformation/opscenter.yaml). */
const TERMINATE_HOOK_SECONDS = 900

/** `timeoutS`: modelled seconds to wait for serving again. */
export async function measure(world: World, kind: Kind, timeoutS = 3000): Promise<Recovery> {
  const scale = world.sim.time.timeScale
  const timeoutMs = timeoutS * 1000 * scale
  const before = await world.waitHealthy()
  await heartbeatAfter(world, Date.now())
  const seen = world.sim.sns.messages.length
  const t0 = Date.now()
  kind.inject(world, before)
  // The moment Auto Scaling starts taking the instance out (an event, not a poll: a poll of
  // a hung OpsCenter would lag by its own time-out).
  let detected: number | undefined
  const onLifecycle = (e: { instanceId: string; to: string }) => {
    if (e.instanceId === before.instanceId && e.to.startsWith('Terminat')) detected ??= Date.now()
  }
  world.sim.events.on('lifecycle', onLifecycle)
  const until = t0 + timeoutMs
  let after: Health | undefined
  while (Date.now() < until) {
    const h = await world.health()
    if (h.ok && h.instanceId !== before.instanceId) {
      after = h
      break
    }
    await new Promise((r) => setTimeout(r, 20))
  }
  world.sim.events.off('lifecycle', onLifecycle)
  kind.restore?.(world, before)
  if (!after) throw new Error(`${kind.name}: not serving again within ${timeoutMs} ms`)
  const modelled = (ms: number) => ms / scale / 1000
  const movedZone = after.az !== before.az
  const floor = floorOf(world.sim.time.latency, kind, movedZone)
  return {
    kind: kind.name,
    detectedS: modelled((detected ?? Date.now()) - t0),
    servingS: modelled(Date.now() - t0),
    floorS: floor.s,
    floor: floor.text,
    notices: world.sim.sns.messages.slice(seen).map((m) => m.subject),
    movedZone,
    goal: kind.goal
  }
}

/** Waits until the watchdog of the serving instance has sent a heartbeat after `t`. */
async function heartbeatAfter(world: World, t: number): Promise<void> {
  const until = Date.now() + 60_000
  while (Date.now() < until) {
    if (world.sim.cloudwatch.data.some((d) => d.metricName === METRICS.healthy && d.at > t)) return
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error('no heartbeat from the serving instance')
}

export function line(r: Recovery): string {
  const met = r.servingS <= 240 && (r.kind !== 'opscenterd hang' || r.detectedS <= 70)
  const verdict = !r.goal ? '  (no goal: shown as it is)' : met ? '' : '  GOAL MISSED'
  return [
    `recovery ${r.kind}: detected ${r.detectedS.toFixed(0)} s, serving again ${r.servingS.toFixed(0)} s (modelled AWS time)${verdict}`,
    `      floor: ${r.floor}${r.movedZone ? ' (zone changed)' : ' (same zone)'}`,
    `      topic: ${r.notices.map(short).join(', ') || 'nothing'}`
  ].join('\n')
}

function short(subject: string): string {
  const alarm = /^(ALARM|OK): ".*-opscenter-([a-z-]+)"/.exec(subject)
  if (alarm) return `${alarm[1]} ${alarm[2]}`
  const asg = /^Auto Scaling: (launch|termination)( failed)?/.exec(subject)
  return asg ? `ASG ${asg[1]}${asg[2] ?? ''}` : subject
}
