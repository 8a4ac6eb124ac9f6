// Shared set-up of the end-to-end scenarios: a World whose whole log goes to a file (its
// path is printed when a scenario fails), and the checks every scenario ends with.
import { appendFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { World, type ActionRun, type WorldOptions } from '../sim/scenarios.js'

export const INITIAL_VERSION = '6.8.51'
export const NEXT_VERSION = '6.8.52'
export const BROKEN_VERSION = '6.8.99'

/**
 * AWS runs this many times slower than real in the scenarios (E2E_TIME_SCALE overrides).
 * What does not scale is the CPU time of the real processes (the action, an agent per
 * instance, their commands): on a busy 2-core machine a boot costs seconds of it, which must
 * stay well inside the scaled launch hook (1500 s x 0.02 = 30 s).
 */
export const TIME_SCALE = Number(process.env.E2E_TIME_SCALE ?? 0.02)

/** Starts a world logging to logPath(name) (and to stdout with E2E_LOG=1). */
export async function startWorld(name: string, o: WorldOptions = {}): Promise<World> {
  const logFile = logPath(name)
  writeFileSync(logFile, '')
  const t0 = Date.now()
  const log = (line: string) => {
    const stamped = `+${((Date.now() - t0) / 1000).toFixed(3)}s ${line}\n`
    appendFileSync(logFile, stamped)
    if (process.env.E2E_LOG) process.stdout.write(stamped)
  }
  log(`log of e2e scenario ${name}`)
  const world = await World.start({
    version: INITIAL_VERSION,
    timeScale: TIME_SCALE,
    // A bake of 1 minute (real ones take 5-10): only its outcome matters to the scenarios,
    // which bake 7 times in all.
    bakeMs: 60_000,
    // AWS Backup's jobs shortened the same way (7 min modelled otherwise: a revert that bakes
    // nothing would wait for all of it): only their outcome matters to the scenarios but
    // backup.test.ts, which keeps the modelled figures.
    latency: { backupJobStart: 10_000, backupJobRun: 30_000, restoreJobRun: 30_000 },
    log,
    // A template to try instead of the repository's (see README: the mutation check).
    template: process.env.E2E_TEMPLATE || undefined,
    ...o
  })
  logs.set(world, logFile)
  return world
}

const logs = new WeakMap<World, string>()

/** Fails with the run's log lines and the log file when the run did not end as expected. */
export function expectRun(
  world: World,
  run: ActionRun,
  expected: { result: string; ok: boolean }
): void {
  const ok = run.code === 0
  if (run.outputs.result === expected.result && ok === expected.ok) return
  throw new Error(
    `expected result ${expected.result} (${expected.ok ? 'exit 0' : 'job failed'})\n${describeRun(run)}\n` +
      `full log: ${logs.get(world)}\ntimeline:\n${world.rt.timeline.format(40)}`
  )
}

/** One log file per scenario file and process (several people may run the tests at once). */
export function logPath(name: string): string {
  return join(tmpdir(), `opscenter-ha-e2e-${name}-${process.pid}.log`)
}

/** A run's essentials, for failure messages that explain themselves. */
export function describeRun(run: ActionRun): string {
  return [
    `action ${run.command}: exit ${run.code ?? run.signal}, result ${run.outputs.result ?? '-'}, ${run.durationMs} ms`,
    ...run.errors.map((e) => `  error: ${e}`),
    '  last lines:',
    ...run.lines.slice(-25).map((l) => `    ${l}`)
  ].join('\n')
}

/** The invariant violations so far, with their timelines and the log ('' when none). */
export function violations(world: World): string {
  // Secure from the first answer: no opscenterd ever answered another host while anyone
  // could log in (authentication off, or admin/admin still working).
  const exposed = [...world.rt.machines.values()].flatMap((m) =>
    (m.host.opscenter?.exposed ?? []).map((e) => `violation: ${m.instanceId}: ${e}`)
  )
  const report = [world.checker.report(), ...exposed].filter(Boolean).join('\n\n')
  return report ? `${report}\n\nfull log: ${logs.get(world)}` : ''
}
