// AWS Backup around OpsCenter's state, as docs/restore.md tells users to use it, with IAM
// enforced (the docs' deploy and plan policies, the stack's backup role): a version change
// takes an on-demand recovery point first, overlapped with the bake; command restore of a
// recovery point restores it through AWS Backup's restore job and the boot agent; a
// recovery point of another version, or of another resource, is refused before any change;
// a missing vault stops plan and deploy before anything is baked.
import { jest } from '@jest/globals'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { AWS_BACKUP, OUTPUTS, PARAMS, STATE, TAGS } from '../../src/shared/contract.js'
import type { World } from '../sim/scenarios.js'
import { expectRun, startWorld, violations } from './helpers.js'

const NAME = 'backup'
jest.setTimeout(120_000)

/** Deployed with the on-demand recovery point turned off. */
const OFF = '6.8.53'
const NEXT = '6.8.54'
const CLUSTER = 'etc/opscenter/clusters/prod.conf'

describe('AWS Backup recovery points of the state (simulated AWS, real action and agent)', () => {
  let world: World
  const efs = (rel = '') => join(world.rt.efsDir, rel)
  const points = () => [...world.sim.backup.points.values()]
  const outputs = () => world.sim.cloudformation.getStack(world.stackName)!.outputs
  const restoreFolders = () =>
    readdirSync(efs()).filter((n) => n.startsWith(AWS_BACKUP.restoreDirPrefix))
  const record = () =>
    JSON.parse(readFileSync(efs(join(STATE.dir, STATE.file)), 'utf8')) as {
      version: string
      restoredFrom?: string
    }
  const localPoints = () => readdirSync(efs(join(STATE.dir, STATE.restorePoints)))
  const serving = () => world.health()
  /** BackupVaultName in the deploy's parameters file, as a user sets it. */
  const setVault = (vault: string) => {
    const file = join(world.dir, 'cloudformation/parameters.json')
    const params = (
      JSON.parse(readFileSync(file, 'utf8')) as { ParameterKey: string; ParameterValue: string }[]
    ).filter((p) => p.ParameterKey !== PARAMS.backupVaultName)
    params.push({ ParameterKey: PARAMS.backupVaultName, ParameterValue: vault })
    writeFileSync(file, JSON.stringify(params, null, 2))
  }

  beforeAll(async () => {
    // AWS Backup's modelled latencies (test/sim/core/time.ts), not the other scenarios' short ones.
    world = await startWorld(NAME, { latency: {} })
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  afterEach(() => {
    expect(violations(world)).toBe('')
  })

  it('the first deployment takes no recovery point (no state yet)', async () => {
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    expect(points()).toEqual([])
    expect(outputs()[OUTPUTS.backupRoleArn]).toMatch(/:role\/opscenter-sim-BackupRole-/)
  })

  it('a missing vault stops plan and deploy before anything is baked; BackupVaultName empty deploys without', async () => {
    world.sim.backup.vaults.delete('Default')
    try {
      world.setVersion(OFF)
      const plan = await world.runAction({ command: 'plan' })
      expectRun(world, plan, { result: 'failed', ok: false })
      expect(plan.errors.join('\n')).toMatch(
        `${PARAMS.backupVaultName} is "Default", and AWS Backup has no vault of that name in us-east-1: nothing was changed. Create it (aws backup create-backup-vault --backup-vault-name Default)`
      )
      const before = await serving()
      const run = await world.runAction()
      expectRun(world, run, { result: 'failed', ok: false })
      expect(run.bakes).toBe(0)
      expect(run.errors.join('\n')).toMatch(`${PARAMS.backupVaultName} is "Default"`)
      expect(await serving()).toMatchObject({ ok: true, instanceId: before.instanceId })
      // The fix the error names: the run that empties the parameter takes none already.
      setVault('')
      const off = await world.runAction()
      expectRun(world, off, { result: 'deployed', ok: true })
      expect(off.outputs['recovery-point-arn']).toBe('')
      expect(world.sim.backup.jobs.size).toBe(0)
      expect((await serving()).version).toBe(OFF)
    } finally {
      world.sim.backup.vaults.add('Default')
    }
  })

  it('a version change takes a recovery point of the old state first, and says how long it took', async () => {
    mkdirSync(dirname(efs(CLUSTER)), { recursive: true })
    writeFileSync(efs(CLUSTER), '[cassandra]\nseed_hosts = 10.0.0.1\n')
    // Turned on again by the run that sets it.
    setVault('Default')
    world.setVersion(NEXT)
    const plan = await world.runAction({ command: 'plan' })
    expectRun(world, plan, { result: 'planned', ok: true })
    expect(plan.summary).toMatch(
      `an AWS Backup recovery point of ${outputs()[OUTPUTS.fileSystemId]} (OpsCenter ${OFF}'s state) in vault Default before ${NEXT} starts on it`
    )
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    const [point] = points()
    expect(run.outputs['recovery-point-arn']).toBe(point.arn)
    expect(point.tags).toMatchObject({
      [TAGS.stack]: world.stackName,
      [TAGS.stateVersion]: OFF
    })
    // The copy is of the state as the old version left it, before the new one started.
    expect(readFileSync(join(point.dir, CLUSTER), 'utf8')).toMatch('10.0.0.1')
    expect(JSON.parse(readFileSync(join(point.dir, STATE.dir, STATE.file), 'utf8'))).toMatchObject({
      version: OFF
    })
    expect(run.summary).toMatch(
      new RegExp(
        `AWS Backup recovery point ${point.arn} of fs-[0-9a-f]+ in vault Default \\(took \\d+ s`
      )
    )
    // Started before the bake: the job was created before the AMI was registered.
    const job = [...world.sim.backup.jobs.values()][0]
    const ami = world.sim.ec2.getImage(run.outputs['ami-id'])!
    expect(job.creationDate).toBeLessThan(Date.parse(ami.creationDate))
    expect((await serving()).version).toBe(NEXT)
  })

  it('a recovery point of another version is refused before any change; the state is untouched', async () => {
    const [point] = points() // OFF's state, so tagged; the stack runs NEXT
    const before = await serving()
    const run = await world.runAction({
      command: 'restore',
      inputs: { 'restore-point': point.arn }
    })
    expectRun(world, run, { result: 'failed', ok: false })
    expect(run.errors.join('\n')).toMatch(
      `recovery point ${point.arn} holds an OpsCenter ${OFF} state (its ${TAGS.stateVersion} tag), and the stack runs ${NEXT}: nothing was changed`
    )
    expect(world.sim.backup.restores.size).toBe(0)
    expect(await serving()).toMatchObject({ ok: true, instanceId: before.instanceId })
  })

  it('an untagged recovery point of another version is refused by the agent, and the run reverts', async () => {
    // As a daily automatic backup would be: no tags say whose state it holds.
    const [point] = points()
    const tags = point.tags
    point.tags = {}
    try {
      const run = await world.runAction({
        command: 'restore',
        inputs: { 'restore-point': point.arn }
      })
      expectRun(world, run, { result: 'reverted', ok: false })
      expect(run.errors.join('\n')).toMatch(
        new RegExp(
          `aws-backup-restore_\\S+ \\(the AWS Backup restore command restore asked for\\) holds an OpsCenter ${OFF} state and this image runs ${NEXT}: nothing was changed`
        )
      )
    } finally {
      point.tags = tags
    }
    expect(await serving()).toMatchObject({ ok: true, version: NEXT })
    expect(record().version).toBe(NEXT)
    expect(readFileSync(efs(CLUSTER), 'utf8')).toMatch('10.0.0.1')
  })

  it('a recovery point that is not of this file system is refused before anything is restored', async () => {
    const arn = 'arn:aws:backup:us-east-1:123456789012:recovery-point:0000-NOT-OURS'
    const restores = world.sim.backup.restores.size
    const run = await world.runAction({ command: 'restore', inputs: { 'restore-point': arn } })
    expectRun(world, run, { result: 'failed', ok: false })
    expect(run.errors.join('\n')).toMatch(
      `${arn} is not a recovery point of ${outputs()[OUTPUTS.fileSystemId]}, the file system of stack ${world.stackName}: nothing was changed`
    )
    expect(world.sim.backup.restores.size).toBe(restores)
  })

  it('the restore drill: a daily backup of the running version is restored through the agent, the state before kept', async () => {
    // The daily automatic backup (AWS Backup's own plan, here as a job into its vault).
    const fsId = outputs()[OUTPUTS.fileSystemId]
    const job = world.sim.backup.startBackupJob({
      vault: 'aws/efs/automatic-backup-vault',
      resourceArn: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${fsId}`,
      iamRoleArn: outputs()[OUTPUTS.backupRoleArn]
    })
    await waitUntil(() => job.state === 'COMPLETED')
    // Then someone removes a cluster inside OpsCenter, and it must come back.
    rmSync(efs(CLUSTER))
    // The refused restore's folder is still there: the agent must take the newer one.
    const refused = restoreFolders()
    expect(refused).toHaveLength(1)
    const before = await serving()
    const keptBefore = localPoints().length
    world.checker.checkpoint('before the AWS Backup restore')
    const run = await world.runAction({
      command: 'restore',
      inputs: { 'restore-point': job.recoveryPointArn! }
    })
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(run.summary).toMatch(/restores aws-backup-\d{8}T\d{6}Z before OpsCenter starts/)
    const h = await serving()
    expect(h).toMatchObject({ ok: true, version: NEXT })
    expect(h.instanceId).not.toBe(before.instanceId)
    expect(readFileSync(efs(CLUSTER), 'utf8')).toMatch('10.0.0.1')
    expect(record().restoredFrom).toMatch(/^aws-backup-restore_/)
    // The folder AWS Backup made was put in place (renamed): nothing of it is left.
    expect(restoreFolders()).toEqual(refused)
    // The state from before the restore (without the cluster) is kept as a restore point.
    expect(localPoints()).toHaveLength(keptBefore + 1)
    expect(existsSync(efs(CLUSTER))).toBe(true)
  })
})

async function waitUntil(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 50))
  if (!ok()) throw new Error('timed out')
}
