// The seeded chaos harness: each seed deploys, then runs 3 to 6 operations drawn at random
// from what the simulator can do to the action and to AWS (upgrades, broken versions,
// rollbacks, replaces, two runs at once, runs cancelled or killed mid-replace, instance
// deaths, zone loss, throttling bursts, stuck detaches, slow stops, faults during a
// revert). After each it checks the invariants (single brain, nothing lost on EFS), that
// every run ended as its operation allows (a failure is loud and explained, a success
// leaves the instance on the stack's AmiId), that nothing hung past its time-outs, and
// that the world heals to one healthy instance. The same seed always draws the same
// operations, so a failing seed replays with `npm run chaos -- --seed S --seeds 1`.
import type { ActionRun, World } from '../sim/scenarios.js'
import { BROKEN_VERSION, describeRun, logPath, startWorld } from './helpers.js'

/** A small seeded PRNG (mulberry32): the same seed, the same operations and timings. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Chaos {
  world: World
  random: () => number
  /** A version never deployed before in this world (each one bakes). */
  freshVersion(): string
  /** The version git says now (the var-file). */
  good: string
}

/** What an operation saw: '' when every run ended as this operation allows. */
type Op = (c: Chaos) => Promise<{ runs: ActionRun[]; problem: string }>

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const pick = <T>(random: () => number, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]

/** A run that must have succeeded (deployed or unchanged). */
function succeeded(run: ActionRun): string {
  return run.code === 0 && ['deployed', 'unchanged'].includes(run.outputs.result)
    ? ''
    : `expected success\n${describeRun(run)}`
}

/** A run that must have failed with the given result and an explanation. */
function failedAs(run: ActionRun, result: string): string {
  return run.code !== 0 && run.outputs.result === result && run.errors.some((e) => e.trim())
    ? ''
    : `expected a loud ${result}\n${describeRun(run)}`
}

const all = (...problems: string[]) => problems.filter(Boolean).join('\n')

async function deploy(c: Chaos, version = c.freshVersion()): Promise<ActionRun> {
  c.world.setVersion(version)
  const run = await c.world.runAction()
  if (run.code === 0) c.good = version
  return run
}

const oldTold = (world: World, id?: string) => () =>
  !!id && world.rt.machines.get(id)?.targetLifecycleState === 'Terminated'

export const OPERATIONS: Record<string, Op> = {
  async upgrade(c) {
    const run = await deploy(c)
    return { runs: [run], problem: succeeded(run) }
  },

  async 'broken-upgrade'(c) {
    const { world } = c
    const broken = `${BROKEN_VERSION.slice(0, -2)}${90 + Math.floor(c.random() * 9)}`
    world.rt.brokenVersions.add(broken)
    world.setVersion(broken)
    const run = await world.runAction()
    // The revert PR: git says the last good version again.
    world.setVersion(c.good)
    return { runs: [run], problem: failedAs(run, 'reverted') }
  },

  async rollback(c) {
    const { world } = c
    const run = await world.runAction({ command: 'rollback' })
    const stack = world.sim.cloudformation.getStack(world.stackName)
    // No previous AMI is a loud, explained refusal, not a failure of the product.
    const problem =
      run.code === 0
        ? succeeded(run)
        : /nothing to roll back to/.test(run.errors.join(' ')) && !stack?.parameters.PreviousAmiId
          ? ''
          : `rollback failed\n${describeRun(run)}`
    return { runs: [run], problem }
  },

  async replace(c) {
    const run = await c.world.runAction({ command: 'replace' })
    return { runs: [run], problem: succeeded(run) }
  },

  async 'two-runs-at-once'(c) {
    const { world } = c
    world.setVersion(c.freshVersion())
    const gap = Math.floor(c.random() * 700)
    const first = world.runAction()
    await sleep(gap)
    const second = world.runAction({ command: pick(c.random, ['replace', 'deploy'] as const) })
    const runs = await Promise.all([first, second])
    if (runs[0].code === 0) c.good = world.version()
    return { runs, problem: all(...runs.map(succeeded)) }
  },

  async 'cancel-mid-replace'(c) {
    return interrupted(c, 'cancelWhen')
  },

  async 'kill-mid-replace'(c) {
    return interrupted(c, 'killWhen')
  },

  async 'instance-death'(c) {
    const { world } = c
    const before = await world.waitHealthy()
    world.sim.ec2.killInstance(before.instanceId!)
    await world.waitHealthy((h) => h.instanceId !== before.instanceId, 90_000)
    return { runs: [], problem: '' }
  },

  async 'zone-loss'(c) {
    const { world } = c
    const before = await world.waitHealthy()
    world.sim.faults.failZone(before.az!)
    try {
      await world.waitHealthy((h) => h.instanceId !== before.instanceId, 90_000)
    } finally {
      world.sim.faults.restoreZone(before.az!)
    }
    return { runs: [], problem: '' }
  },

  async 'throttling-burst'(c) {
    const { world } = c
    const service = pick(c.random, [
      'ec2',
      'autoscaling',
      'route53',
      'cloudformation',
      'dynamodb'
    ] as const)
    world.sim.faults.throttle(service, 3 + Math.floor(c.random() * 6))
    try {
      const run = await deploy(c)
      return { runs: [run], problem: succeeded(run) }
    } finally {
      world.sim.faults.clear()
    }
  },

  async 'stuck-detach'(c) {
    const { world } = c
    const before = await world.waitHealthy()
    world.sim.faults.stuckEniDetach(before.eniId)
    try {
      const run = await world.runAction({ command: 'replace' })
      return { runs: [run], problem: succeeded(run) }
    } finally {
      world.sim.faults.clear()
    }
  },

  async 'slow-stop'(c) {
    const { world } = c
    world.rt.opscenterStopDelayMs = world.sim.time.scale(10 * 60_000)
    try {
      const run = await world.runAction({ command: 'replace' })
      return { runs: [run], problem: succeeded(run) }
    } finally {
      world.rt.opscenterStopDelayMs = 0
    }
  },

  async 'fault-during-revert'(c) {
    const { world } = c
    const broken = `${BROKEN_VERSION.slice(0, -2)}${90 + Math.floor(c.random() * 9)}`
    world.rt.brokenVersions.add(broken)
    world.setVersion(broken)
    // Once the broken instance is up, Auto Scaling and CloudFormation start throttling:
    // the revert that follows has to ride it out.
    let armed = false
    const watch = setInterval(() => {
      const booted = [...world.rt.machines.values()].some((m) => m.version === broken && m.up)
      if (booted && !armed) {
        armed = true
        world.sim.faults.throttle('autoscaling', 6)
        world.sim.faults.throttle('cloudformation', 4)
      }
    }, 20)
    try {
      const run = await world.runAction()
      world.setVersion(c.good)
      return { runs: [run], problem: failedAs(run, 'reverted') }
    } finally {
      clearInterval(watch)
      world.sim.faults.clear()
    }
  }
}

/** A deploy stopped (SIGTERM) or killed (SIGKILL) mid-replace, then the run that finishes it. */
async function interrupted(c: Chaos, how: 'cancelWhen' | 'killWhen') {
  const { world } = c
  const before = await world.waitHealthy()
  world.setVersion(c.freshVersion())
  const stopped = await world.runAction({ [how]: oldTold(world, before.instanceId) })
  const next = await world.runAction()
  if (next.code === 0) c.good = world.version()
  const problem = stopped.cancelled
    ? succeeded(next)
    : // The bake or the stack step outran the stop: the first run simply finished.
      all(succeeded(stopped), succeeded(next))
  return { runs: [stopped, next], problem }
}

export interface SeedResult {
  seed: number
  ops: string[]
  /** Operation name to what went wrong ('' when nothing did). */
  problems: { op: string; kind: string; detail: string }[]
  ms: number
  log: string
}

/** 3 to 6 operations; the rest of `random` drives their timings and choices. */
export function drawOps(random: () => number): string[] {
  const names = Object.keys(OPERATIONS)
  const count = 3 + Math.floor(random() * 4)
  return Array.from({ length: count }, () => pick(random, names))
}

/** One seed: a first deployment, then its operations, each checked. */
export async function runSeed(seed: number): Promise<SeedResult> {
  const random = prng(seed)
  const ops = drawOps(random)
  const started = Date.now()
  const world = await startWorld(`chaos-${seed}`)
  const problems: SeedResult['problems'] = []
  let minor = 53
  const c: Chaos = {
    world,
    random,
    good: world.version(),
    // Every other fresh version migrates the state (an older one then refuses it), so each
    // rollback and revert over one must restore. Not drawn: the seeds' draws stay as they were.
    freshVersion: () => {
      const v = `6.8.${minor++}`
      if (minor % 2 === 0) world.rt.migratingVersions.add(v)
      return v
    }
  }
  try {
    const first = await world.runAction()
    if (first.code !== 0)
      problems.push({ op: 'first-deploy', kind: 'run', detail: describeRun(first) })
    for (const op of problems.length ? [] : ops) {
      world.checker.checkpoint(`before ${op}`)
      const outcome = await OPERATIONS[op](c).catch((err: Error) => ({
        runs: [],
        problem: `the operation threw: ${err.message}`
      }))
      if (outcome.problem) problems.push({ op, kind: 'run', detail: outcome.problem })
      const violations = world.checker.report()
      if (violations) {
        problems.push({ op, kind: 'invariant', detail: violations })
        break
      }
      try {
        // Whatever happened, the world heals to one healthy instance on its own or by the run.
        await world.waitHealthy(() => true, 90_000)
      } catch (err) {
        problems.push({ op, kind: 'no healthy end', detail: (err as Error).message })
        break
      }
    }
  } finally {
    const report = await world.stop()
    if (report && !problems.some((p) => p.kind === 'invariant'))
      problems.push({ op: 'end', kind: 'invariant', detail: report })
  }
  return { seed, ops, problems, ms: Date.now() - started, log: logPath(`chaos-${seed}`) }
}
