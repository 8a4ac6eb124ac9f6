// The controller's AWS Backup step with the Backup client mocked: the job is started with
// the stack's vault, role and retention; the wait ends on COMPLETED with how long it took and
// how long the run waited, fails with what AWS Backup said and that nothing was changed, and
// honours the run's time-out; a restore refuses a recovery point of another file system or
// of another version before it starts a restore job.
import {
  BackupClient,
  DescribeBackupJobCommand,
  DescribeRestoreJobCommand,
  ListRecoveryPointsByResourceCommand,
  ListTagsCommand,
  StartBackupJobCommand,
  StartRestoreJobCommand
} from '@aws-sdk/client-backup'
import { mockClient } from 'aws-sdk-client-mock'
import { FakeClock } from '../fixtures/clock.js'
import {
  awaitBackup,
  backupLine,
  restoreBackup,
  startBackup
} from '../../src/controller/steps/backup.js'
import type { BackupTarget } from '../../src/controller/context/snapshot.js'
import { Timeline } from '../../src/controller/context/timeline.js'
import type { Ctx, Deps } from '../../src/controller/context/context.js'
import type { Options } from '../../src/controller/context/options.js'

const backup = mockClient(BackupClient)
const TARGET: BackupTarget = {
  vault: 'Default',
  fileSystemId: 'fs-0123',
  roleArn: 'arn:aws:iam::123456789012:role/ops-BackupRole-X'
}
const POINT = 'arn:aws:backup:us-east-1:123456789012:recovery-point:P1'

let clock: FakeClock
beforeEach(() => {
  backup.reset()
  clock = new FakeClock()
})

function ctx(o: Partial<Options> = {}): Ctx {
  const opts = {
    stackName: 'ops',
    region: 'us-east-1',
    timeoutMs: 600_000,
    pollMs: 10_000,
    restoreRun: '42-1',
    ...o
  } as Options
  const clients = { backup: new BackupClient({ region: 'us-east-1' }) } as Ctx['clients']
  return { opts, deps: { clock } as unknown as Deps, clients, timeline: new Timeline(clock) }
}

it('starts the job on the stack vault, as its role, with the versions in the tags', async () => {
  backup.on(StartBackupJobCommand).resolves({ BackupJobId: 'J1' })
  const job = await startBackup(ctx(), TARGET, '6.8.52', '6.8.53')
  expect(job).toMatchObject({ id: 'J1', startedAt: clock.now() })
  expect(backup.commandCalls(StartBackupJobCommand)[0].args[0].input).toEqual({
    BackupVaultName: 'Default',
    ResourceArn: 'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-0123',
    IamRoleArn: TARGET.roleArn,
    StartWindowMinutes: 60,
    Lifecycle: { DeleteAfterDays: 35 },
    RecoveryPointTags: {
      'opscenter-ha:stack': 'ops',
      'opscenter-ha:state-version': '6.8.52',
      'opscenter-ha:next-version': '6.8.53'
    }
  })
})

it('waits for COMPLETED and says how long the job took and how long the run waited', async () => {
  const c = ctx()
  const job = { id: 'J1', target: TARGET, startedAt: clock.now() }
  clock.advance(300_000) // the bake
  backup
    .on(DescribeBackupJobCommand)
    .resolvesOnce({ State: 'RUNNING' })
    .resolvesOnce({ State: 'RUNNING' })
    .resolves({ State: 'COMPLETED', RecoveryPointArn: POINT })
  const done = await awaitBackup(c, job)
  expect(done).toEqual({ recoveryPointArn: POINT, tookMs: 320_000, waitedMs: 20_000 })
  expect(backupLine(job, done)).toBe(
    `AWS Backup recovery point ${POINT} of fs-0123 in vault Default (took 320 s, of which this run waited 20 s)`
  )
  const early = awaitBackup(c, job)
  expect(backupLine(job, { ...(await early), waitedMs: 0 })).toMatch(/\(took \d+ s\)$/)
})

it('fails with what AWS Backup said, and that nothing was changed', async () => {
  backup
    .on(DescribeBackupJobCommand)
    .resolves({ State: 'FAILED', StatusMessage: 'Insufficient privileges' })
  await expect(
    awaitBackup(ctx(), { id: 'J1', target: TARGET, startedAt: clock.now() })
  ).rejects.toThrow(
    'AWS Backup job J1 of fs-0123 ended FAILED (Insufficient privileges): nothing was changed and OpsCenter keeps serving as it was'
  )
})

it('gives up at the run time-out, saying the job goes on and what to do', async () => {
  backup.on(DescribeBackupJobCommand).resolves({ State: 'RUNNING' })
  await expect(
    awaitBackup(ctx({ timeoutMs: 120_000 }), { id: 'J1', target: TARGET, startedAt: 0 })
  ).rejects.toThrow(
    'AWS Backup job J1 of fs-0123 is still RUNNING after 2 min (timeout-minutes): nothing was changed. Re-run later (the job goes on in AWS Backup)'
  )
  expect(clock.sleeps.every((ms) => ms <= 10_000)).toBe(true)
})

it('refuses a recovery point of another file system, or of another version, before any restore job', async () => {
  backup.on(ListRecoveryPointsByResourceCommand).resolves({ RecoveryPoints: [] })
  await expect(restoreBackup(ctx(), TARGET, POINT, '6.8.53')).rejects.toThrow(
    `${POINT} is not a recovery point of fs-0123, the file system of stack ops: nothing was changed`
  )
  backup
    .on(ListRecoveryPointsByResourceCommand)
    .resolves({ RecoveryPoints: [{ RecoveryPointArn: POINT, Status: 'COMPLETED' }] })
  backup.on(ListTagsCommand).resolves({ Tags: { 'opscenter-ha:state-version': '6.8.52' } })
  await expect(restoreBackup(ctx(), TARGET, POINT, '6.8.53')).rejects.toThrow(
    `recovery point ${POINT} holds an OpsCenter 6.8.52 state (its opscenter-ha:state-version tag), and the stack runs 6.8.53: nothing was changed`
  )
  expect(backup.commandCalls(StartRestoreJobCommand)).toHaveLength(0)
})

it('gives up on a restore job at the run time-out, saying the live state is untouched', async () => {
  backup
    .on(ListRecoveryPointsByResourceCommand)
    .resolves({ RecoveryPoints: [{ RecoveryPointArn: POINT, Status: 'COMPLETED' }] })
  backup.on(ListTagsCommand).resolves({ Tags: {} })
  backup.on(StartRestoreJobCommand).resolves({ RestoreJobId: 'R1' })
  backup.on(DescribeRestoreJobCommand).resolves({ Status: 'RUNNING' })
  await expect(restoreBackup(ctx({ timeoutMs: 120_000 }), TARGET, POINT, '6.8.53')).rejects.toThrow(
    `AWS Backup restore job R1 of ${POINT} is still RUNNING after 2 min (timeout-minutes): the live state is untouched and OpsCenter keeps serving`
  )
})
