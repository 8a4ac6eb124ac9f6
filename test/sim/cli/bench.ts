// `npm run bench [-- cycles [timeScale [recoveryScale [handovers]]]]`: a first deployment,
// then N upgrade cycles alternating two OpsCenter versions (the first two bake, the rest
// reuse their AMIs), on the simulator. Prints per run: wall time, the downtime the action
// measured, the phases of the job summary, bakes and API calls; then totals. Then, in a
// world of its own at recoveryScale, both replace strategies on the same upgrades
// (handover-bench.ts), and one recovery per unplanned failure kind (recovery.ts). Sanity
// checks only (each run deployed, each kind served again).
import {
  measureBroken,
  measureUpgrade,
  physicalLimit,
  STRATEGIES,
  type Handover
} from './handover-bench.js'
import { KINDS, line, measure } from './recovery.js'
import { FORMULA, measureState, STATES } from './state-bench.js'
import { BACKUP_FORMULA, measureBackups } from './backup-bench.js'
import { phases } from './phases.js'
import { DEFAULT_LATENCY } from '../core/time.js'
import { World, type ActionRun } from '../scenarios.js'

const cycles = Number(process.argv[2] ?? 4)
const timeScale = Number(process.argv[3] ?? 0.01)
// Slower than the cycles: at 0.1 the watchdog runs HEALTH's own timings (the runtime's
// floors for a busy machine do not bind), and the real CPU time of the agents' processes
// (tens of ms a command) weighs little in modelled time.
const recoveryScale = Number(process.argv[4] ?? 0.1)
/** Upgrades per strategy in the handover comparison. */
const handovers = Number(process.argv[5] ?? 3)
const VERSIONS = ['6.8.51', '6.8.52']

const out = (s = '') => process.stdout.write(s + '\n')
const sec = (ms: number) => `${(ms / 1000).toFixed(1)}s`

function row(i: number, label: string, run: ActionRun): string {
  const calls = Object.entries(run.requests)
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  const ph = phases(run.summary)
    .map((p) => `${p.phase} ${p.seconds}s`)
    .join(', ')
  return [
    `#${i} ${label.padEnd(16)} ${String(run.outputs.result).padEnd(9)} wall ${sec(run.durationMs).padStart(6)}`,
    `downtime ${(run.outputs['downtime-seconds'] ? `${run.outputs['downtime-seconds']}s` : '-').padStart(5)}`,
    `bakes ${run.bakes}`,
    `API ${Object.values(run.requests).reduce((a, b) => a + b, 0)} (${calls})`,
    ph ? `\n      phases: ${ph}` : ''
  ].join('  ')
}

async function main(): Promise<number> {
  out(`opscenter-ha bench: 1 deployment + ${cycles} upgrade cycles, time scale ${timeScale}`)
  const t0 = Date.now()
  const world = await World.start({ timeScale, version: VERSIONS[0] })
  let bad = 0
  try {
    const first = await world.runAction()
    out(row(0, `deploy ${VERSIONS[0]}`, first))
    if (first.outputs.result !== 'deployed') bad++
    for (let i = 1; i <= cycles; i++) {
      const v = VERSIONS[i % 2]
      world.setVersion(v)
      const run = await world.runAction()
      out(row(i, `upgrade -> ${v}`, run))
      if (run.code !== 0 || run.outputs.result !== 'deployed') bad++
    }
  } finally {
    bad += await stopAndReport(world)
  }
  const upgrades = world.runs.slice(1)
  const downtimes = upgrades.map((r) => Number(r.outputs['downtime-seconds'])).filter((x) => x > 0)
  const avg = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)
  out()
  out(`runs ${world.runs.length}, failed ${bad}, wall ${sec(Date.now() - t0)}`)
  out(
    `upgrade wall: avg ${sec(avg(upgrades.map((r) => r.durationMs)))}, ` +
      `downtime avg ${avg(downtimes).toFixed(1)}s, ` +
      `API calls per upgrade avg ${avg(upgrades.map((r) => Object.values(r.requests).reduce((a, b) => a + b, 0))).toFixed(0)}`
  )
  bad += await stateBench()
  bad += await backupBench()
  bad += await handoverBench()
  bad += await recovery()
  return bad === 0 ? 0 : 1
}

/** What restore points add: to the prepared downtime, and to an automatic revert. */
async function stateBench(): Promise<number> {
  out()
  out(`restore points (the agent's code on a generated state; EFS modelled):`)
  out(`  ${FORMULA}`)
  const l = DEFAULT_LATENCY
  // A revert after a failed start is a cold replacement: the model's floor for one.
  const coldFloor = l.instancePending + l.osBoot + l.eniAttach + l.opscenterStart
  let bad = 0
  for (const [label, lcm] of STATES) {
    const c = await measureState(label, lcm)
    const take = (c.take.localMs + c.take.efsMs) / 1000
    const restore = (c.restore.localMs + c.restore.efsMs) / 1000
    const goal = label === '5 MB' ? `; goal at most 3 s: ${take <= 3 ? 'met' : 'NOT met'}` : ''
    out(
      `  ${label} state (${c.files} files, ${(c.bytes / 1e6).toFixed(1)} MB): a restore point adds ${take.toFixed(2)}s to the prepared downtime (agent ${(c.take.localMs / 1000).toFixed(2)}s measured + EFS ${(c.take.efsMs / 1000).toFixed(2)}s modelled)${goal}`
    )
    out(
      `  ${label} state: an automatic revert with restore takes ${(coldFloor / 1000 + restore).toFixed(1)}s until OpsCenter serves (cold replacement floor ${coldFloor / 1000}s = EC2 pending + OS boot + ENI attach + opscenterd start, plus ${restore.toFixed(2)}s: the failed state's restore point, the staged copy back and the swap)`
    )
    if (label === '5 MB' && take > 3) bad++
  }
  return bad
}

/** What the on-demand AWS Backup recovery point before a version change costs a run. */
async function backupBench(): Promise<number> {
  const scale = 0.02
  out()
  out(
    `AWS Backup (the on-demand recovery point before a version change; time scale ${scale}, modelled seconds):`
  )
  out(`  ${BACKUP_FORMULA}`)
  try {
    for (const c of await measureBackups(scale))
      out(
        `  ${c.label}: the job took ${c.jobS.toFixed(0)}s; the run waited ${c.waitedS.toFixed(0)}s for it before the stack changed (up to one poll interval more than the job: it sees COMPLETED at its next look)`
      )
    return 0
  } catch (err) {
    out(`  failed: ${(err as Error).message}`)
    return 1
  }
}

const avgOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN)

/** Both strategies on the same upgrades (alternating versions), then a broken AMI with each. */
async function handoverBench(): Promise<number> {
  out()
  out(
    `handover: ${handovers} upgrades per strategy, alternating, time scale ${recoveryScale} (modelled AWS seconds)`
  )
  // The agent polls every DEFAULTS.bootPollIntervalSeconds (2 s) of modelled time.
  const world = await World.start({
    timeScale: recoveryScale,
    version: VERSIONS[0],
    bakeMs: 60_000,
    // Downtime is measured here, not the run's wall time: AWS Backup's job (the "AWS Backup"
    // section measures it) shortened like the bake, so each reused AMI does not wait 7 min.
    latency: { backupJobStart: 10_000, backupJobRun: 30_000 },
    agent: { pollIntervalSeconds: 2 * recoveryScale, timeoutSeconds: 300 * recoveryScale }
  })
  let bad = 0
  const results: Handover[] = []
  try {
    if ((await world.runAction()).outputs.result !== 'deployed')
      throw new Error('the first deployment failed')
    let v = 0
    for (let i = 0; i < handovers; i++)
      for (const strategy of STRATEGIES) {
        const h = await measureUpgrade(world, strategy, VERSIONS[++v % 2])
        out(
          `  ${strategy.padEnd(8)} upgrade ${String(i + 1)}: ${h.result.padEnd(8)} server ${h.server.toFixed(1)}s, client ${h.client.toFixed(1)}s${h.sameZone ? ' (same zone)' : ' (zone changed: record moved)'}`
        )
        if (h.result !== 'deployed' || !Number.isFinite(h.server)) bad++
        results.push(h)
      }
    bad += summarizeHandovers(world, results)
    for (const strategy of STRATEGIES) {
      const b = await measureBroken(world, strategy, '6.8.97')
      out(
        `  broken AMI (fails in prepare), ${strategy}: ${b.result}, downtime ${b.downtime.toFixed(1)}s${b.kept ? ' (the old instance never stopped)' : ''}`
      )
      if (strategy === 'prepared' && b.downtime !== 0) bad++
    }
  } finally {
    bad += await stopAndReport(world)
  }
  return bad
}

function summarizeHandovers(world: World, results: Handover[]): number {
  const limit = physicalLimit(world)
  const of = (s: string, k: 'server' | 'client') =>
    avgOf(results.filter((r) => r.strategy === s).map((r) => r[k]))
  const [p, c] = [of('prepared', 'server'), of('cold', 'server')]
  const [pc, cc] = [of('prepared', 'client'), of('cold', 'client')]
  out(`  physical limit: ${limit.terms} = ${limit.total.toFixed(1)}s`)
  out(
    `  prepared avg: server ${p.toFixed(1)}s (${(p - limit.total).toFixed(1)}s above the limit), client ${pc.toFixed(1)}s`
  )
  out(`  cold avg:     server ${c.toFixed(1)}s, client ${cc.toFixed(1)}s`)
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met')
  out(
    `  prepared / cold: server ${((100 * p) / c).toFixed(0)}%, client ${((100 * pc) / cc).toFixed(0)}% ` +
      `(goal at most 40%: ${met(p / c <= 0.4)}; at most 15 s above the limit: ${met(p - limit.total <= 15)})`
  )
  return Number.isFinite(p) && Number.isFinite(c) ? 0 : 1
}

async function recovery(): Promise<number> {
  out()
  out(`recovery: one deployment, then each failure kind in turn, time scale ${recoveryScale}`)
  const world = await World.start({ timeScale: recoveryScale, version: VERSIONS[0] })
  let bad = 0
  try {
    const first = await world.runAction()
    if (first.outputs.result !== 'deployed') throw new Error('the first deployment failed')
    // New alarms leave INSUFFICIENT_DATA at their first evaluations: not an event.
    const settled = Date.now() + 60_000
    while (world.sim.cloudwatch.alarms().some((a) => a.state !== 'OK') && Date.now() < settled)
      await new Promise((r) => setTimeout(r, 100))
    for (const kind of KINDS) {
      try {
        out(line(await measure(world, kind)))
      } catch (err) {
        out(`recovery ${kind.name}: FAILED: ${(err as Error).message}`)
        bad++
      }
    }
  } finally {
    bad += await stopAndReport(world)
  }
  return bad
}

/** Stops the world; prints its invariant report and counts it as one failure when not clean. */
async function stopAndReport(world: World): Promise<number> {
  const report = await world.stop()
  if (report) out(report)
  return report ? 1 : 0
}

process.exitCode = await main().catch((err: Error) => {
  out(`bench crashed: ${err.stack ?? err.message}`)
  return 1
})
