// The AWS Backup half of `npm run bench`: what the on-demand recovery point before a version
// change costs a run. It starts with the run, so a bake hides it; a revert PR (its AMI is
// reused, nothing to bake) waits for the whole job. Measured on the simulator from the job
// (created to COMPLETED) and the run's `backup` phase (its wait), in modelled seconds.
import { DEFAULT_LATENCY } from '../core/time.js'
import { World, type ActionRun } from '../scenarios.js'
import { phases } from './phases.js'

const VERSIONS = ['6.8.51', '6.8.52']
/** A bake as real ones take (5-10 min: test/e2e/helpers.ts): 10 min, the slow end. */
const BAKE_MS = 600_000

export interface BackupCost {
  label: string
  /** StartBackupJob to COMPLETED. */
  jobS: number
  /** What the run waited for it before the stack changed. */
  waitedS: number
}

export const BACKUP_FORMULA =
  `job = start ${DEFAULT_LATENCY.backupJobStart / 1000} s + run ${DEFAULT_LATENCY.backupJobRun / 1000} s (named guesses: AWS publishes no figure, test/sim/core/time.ts); ` +
  `the run waits max(0, job - time from its start to its stack step), which a bake of ${BAKE_MS / 1000} s covers`

export async function measureBackups(scale: number): Promise<BackupCost[]> {
  const world = await World.start({ timeScale: scale, version: VERSIONS[0], bakeMs: BAKE_MS })
  const costs: BackupCost[] = []
  let failure: unknown
  try {
    expectResult(await world.runAction(), 'the first deployment')
    world.setVersion(VERSIONS[1])
    const upgrade = expectResult(await world.runAction(), 'the upgrade')
    costs.push(cost(world, 'upgrade with a bake', upgrade, scale))
    world.setVersion(VERSIONS[0])
    const revert = expectResult(await world.runAction(), 'the revert')
    costs.push(cost(world, 'revert PR (AMI reused)', revert, scale))
  } catch (err) {
    failure = err
  }
  const report = await world.stop()
  if (failure) throw failure
  if (report) throw new Error(`invariants broken in the AWS Backup bench:\n${report}`)
  return costs
}

function expectResult(run: ActionRun, what: string): ActionRun {
  if (run.outputs.result !== 'deployed')
    throw new Error(
      `${what} ended ${run.outputs.result ?? 'without a result'}: ${run.errors.join('; ')}`
    )
  return run
}

function cost(world: World, label: string, run: ActionRun, scale: number): BackupCost {
  const arn = run.outputs['recovery-point-arn']
  const job = [...world.sim.backup.jobs.values()].find((j) => j.recoveryPointArn === arn)
  if (!job?.completionDate)
    throw new Error(`${label}: no completed AWS Backup job for ${arn || '(none)'}`)
  const waited = phases(run.summary).find((p) => p.phase === 'backup')?.seconds ?? 0
  return {
    label,
    jobS: (job.completionDate - job.creationDate) / 1000 / scale,
    waitedS: waited / scale
  }
}
