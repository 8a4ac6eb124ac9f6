// `npm run bench [-- cycles [timeScale [recoveryScale]]]`: a first deployment, then N
// upgrade cycles alternating two OpsCenter versions (the first two bake, the rest reuse
// their AMIs), on the simulator. Prints per run: wall time, the downtime the action
// measured, the phases of the job summary, bakes and API calls; then totals. Then, in a
// world of its own, one recovery per unplanned failure kind (recovery.ts). Sanity checks
// only (each run deployed, each kind served again).
import { KINDS, line, measure } from './recovery.js'
import { World, type ActionRun } from './scenarios.js'

const cycles = Number(process.argv[2] ?? 4)
const timeScale = Number(process.argv[3] ?? 0.01)
// Slower than the cycles: at 0.1 the watchdog runs HEALTH's own timings (the runtime's
// floors for a busy machine do not bind), and the real CPU time of the agents' processes
// (tens of ms a command) weighs little in modelled time.
const recoveryScale = Number(process.argv[4] ?? 0.1)
const VERSIONS = ['6.8.51', '6.8.52']

const out = (s = '') => process.stdout.write(s + '\n')
const sec = (ms: number) => `${(ms / 1000).toFixed(1)}s`

/** Rows of the job summary's timeline table (| Phase | Started | Duration | Outcome |). */
export function phases(summary: string): { phase: string; seconds: number }[] {
  const rows: { phase: string; seconds: number }[] = []
  let inTimeline = false
  for (const line of summary.split('\n')) {
    if (/^\|\s*Phase\s*\|/i.test(line)) inTimeline = true
    if (!line.startsWith('|')) inTimeline = inTimeline && line.trim() === ''
    if (!inTimeline) continue
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length < 4) continue
    const dur = cells.map((c) => /^(\d+(?:\.\d+)?)\s*s$/.exec(c)).find((m) => m)
    if (dur && !/^-+$/.test(cells[1]))
      rows.push({ phase: cells[1].replace(/[*`]/g, ''), seconds: Number(dur[1]) })
  }
  return rows
}

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
    const report = await world.stop()
    if (report) {
      out(report)
      bad++
    }
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
  bad += await recovery()
  return bad === 0 ? 0 : 1
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
    const report = await world.stop()
    if (report) {
      out(report)
      bad++
    }
  }
  return bad
}

process.exitCode = await main().catch((err: Error) => {
  out(`bench crashed: ${err.stack ?? err.message}`)
  return 1
})
