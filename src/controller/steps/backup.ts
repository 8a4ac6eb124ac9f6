// AWS Backup around the state: an on-demand recovery point of the file system before a
// version change (started with the run, so it overlaps the bake; waited for before the stack
// changes only if it is still running), and command restore of a recovery point (a restore
// job into the same file system, whose folder the boot agent then puts in place: the agent
// alone writes the state). API: https://docs.aws.amazon.com/aws-backup/latest/devguide/API_StartBackupJob.html,
// API_DescribeBackupJob.html, API_StartRestoreJob.html (the EFS metadata keys),
// API_DescribeRestoreJob.html, API_ListRecoveryPointsByResource.html.
import {
  DescribeBackupJobCommand,
  DescribeBackupVaultCommand,
  DescribeRestoreJobCommand,
  ListRecoveryPointsByResourceCommand,
  ListTagsCommand,
  StartBackupJobCommand,
  StartRestoreJobCommand,
  type RecoveryPointByResource
} from '@aws-sdk/client-backup'
import { AWS_BACKUP, PARAMS, TAGS } from '../../shared/contract.js'
import { hasCode, TimeoutError, waitFor } from '../../shared/retry.js'
import { backupRestoreId } from '../../shared/restore-point-id.js'
import type { Ctx } from '../context/context.js'
import type { BackupResource, BackupTarget } from '../context/snapshot.js'

/** A backup job this run started. */
export interface BackupJob {
  id: string
  target: BackupTarget
  startedAt: number
}

export interface BackupDone {
  recoveryPointArn: string
  /** From the start of the job to COMPLETED. */
  tookMs: number
  /** How long the run waited for it (0 when it was done before it was needed). */
  waitedMs: number
}

/** The file system's ARN: same partition and account as the stack's backup role. */
function fileSystemArn(ctx: Ctx, t: BackupResource): string {
  const [, partition, , , account] = t.roleArn.split(':')
  return `arn:${partition}:elasticfilesystem:${ctx.opts.region}:${account}:file-system/${t.fileSystemId}`
}

/** Fails, naming the parameter and the fix, when the vault does not exist. */
export async function requireVault(ctx: Ctx, t: BackupTarget): Promise<void> {
  try {
    await ctx.clients.backup.send(new DescribeBackupVaultCommand({ BackupVaultName: t.vault }))
  } catch (err) {
    if (!hasCode(err, 'ResourceNotFoundException')) throw err
    throw new Error(
      `${PARAMS.backupVaultName} is "${t.vault}", and AWS Backup has no vault of that name in ${ctx.opts.region}: nothing was changed. ` +
        `Create it (aws backup create-backup-vault --backup-vault-name ${t.vault}), name a vault you have in the parameters input (${PARAMS.backupVaultName}=<vault>), ` +
        `or set ${PARAMS.backupVaultName}= (empty) to deploy without an on-demand recovery point (the file system's daily automatic backups stay)`,
      { cause: err }
    )
  }
}

/** Starts the recovery point of the file system; the state is `from`'s, `to` is next. */
export async function startBackup(
  ctx: Ctx,
  t: BackupTarget,
  from: string,
  to: string
): Promise<BackupJob> {
  const startedAt = ctx.deps.clock.now()
  const out = await ctx.clients.backup.send(
    new StartBackupJobCommand({
      BackupVaultName: t.vault,
      ResourceArn: fileSystemArn(ctx, t),
      IamRoleArn: t.roleArn,
      StartWindowMinutes: AWS_BACKUP.startWindowMinutes,
      Lifecycle: { DeleteAfterDays: AWS_BACKUP.deleteAfterDays },
      RecoveryPointTags: {
        [TAGS.stack]: ctx.opts.stackName,
        [TAGS.stateVersion]: from,
        [TAGS.nextVersion]: to
      }
    })
  )
  if (!out.BackupJobId) throw new Error(`AWS Backup started no job for ${t.fileSystemId}`)
  ctx.timeline.log(
    `AWS Backup job ${out.BackupJobId}: a recovery point of ${t.fileSystemId} (OpsCenter ${from}'s state) in vault ${t.vault}, before ${to} starts on it`
  )
  return { id: out.BackupJobId, target: t, startedAt }
}

const FAILED = ['FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL']

/** One look at a job: its state, AWS Backup's message, and the value once COMPLETED. */
interface JobLook<T> {
  state?: string
  message?: string
  value: T
}

/**
 * Polls a backup or restore job until COMPLETED (bounded by timeout-minutes, backing off on
 * throttling), logging each new state. Another end, or the time-out, fails with `then`: what
 * that leaves and what to do.
 */
async function awaitJob<T>(
  ctx: Ctx,
  what: string,
  look: () => Promise<JobLook<T>>,
  then: { failed: string; timedOut: string }
): Promise<T> {
  let last = ''
  try {
    return await waitFor(
      what,
      async () => {
        const d = await look()
        const state = d.state ?? '?'
        if (state !== last) ctx.timeline.log(`${what}: ${state}`)
        last = state
        if (FAILED.includes(state))
          throw new Error(
            `${what} ended ${state}${d.message ? ` (${d.message})` : ''}: ${then.failed}`
          )
        return state === 'COMPLETED' ? d.value : undefined
      },
      { timeoutMs: ctx.opts.timeoutMs, intervalMs: ctx.opts.pollMs, clock: ctx.deps.clock }
    )
  } catch (err) {
    if (!(err instanceof TimeoutError)) throw err
    throw new Error(
      `${what} is still ${last || 'not started'} after ${Math.round(err.waitedMs / 60_000)} min (timeout-minutes): ${then.timedOut}`,
      { cause: err }
    )
  }
}

/** Waits for the job to complete (bounded by the run's time-out); fails on any other end. */
export async function awaitBackup(ctx: Ctx, job: BackupJob): Promise<BackupDone> {
  const { clock } = ctx.deps
  const waitStart = clock.now()
  const off = `set ${PARAMS.backupVaultName}= (empty) to go on without`
  const arn = await awaitJob(
    ctx,
    `AWS Backup job ${job.id} of ${job.target.fileSystemId}`,
    async () => {
      const d = await ctx.clients.backup.send(new DescribeBackupJobCommand({ BackupJobId: job.id }))
      return { state: d.State, message: d.StatusMessage, value: d.RecoveryPointArn ?? '' }
    },
    {
      failed: `nothing was changed and OpsCenter keeps serving as it was. Re-run once the cause is fixed, or ${off} an on-demand recovery point`,
      timedOut: `nothing was changed. Re-run later (the job goes on in AWS Backup), raise timeout-minutes, or ${off} it`
    }
  )
  const now = clock.now()
  return { recoveryPointArn: arn, tookMs: now - job.startedAt, waitedMs: now - waitStart }
}

/**
 * Restores a recovery point of the stack's file system into it (AWS Backup never
 * overwrites: it makes an aws-backup-restore_<datetime> folder off the root), waits for it,
 * and returns what the restore request names: the job's creation time.
 */
export async function restoreBackup(
  ctx: Ctx,
  t: BackupResource,
  arn: string,
  running: string | undefined
): Promise<string> {
  const point = await findRecoveryPoint(ctx, t, arn)
  if (point.Status !== 'COMPLETED')
    throw new Error(
      `recovery point ${arn} is ${point.Status ?? 'not complete'}, not COMPLETED: nothing was changed. Pick a completed one`
    )
  // The action's own recovery points say whose state they hold; the daily automatic ones do
  // not, and the boot agent checks those (after the handover: a refusal there is reverted).
  const tags = await ctx.clients.backup.send(new ListTagsCommand({ ResourceArn: arn }))
  const version = tags.Tags?.[TAGS.stateVersion]
  if (version && running && version !== running)
    throw new Error(
      `recovery point ${arn} holds an OpsCenter ${version} state (its ${TAGS.stateVersion} tag), and the stack runs ${running}: nothing was changed. ` +
        `Deploy ${version} first, then restore it`
    )
  const started = await ctx.clients.backup.send(
    new StartRestoreJobCommand({
      RecoveryPointArn: arn,
      IamRoleArn: t.roleArn,
      ResourceType: 'EFS',
      Metadata: {
        'file-system-id': t.fileSystemId,
        newFileSystem: 'false',
        Encrypted: 'true',
        PerformanceMode: 'generalPurpose',
        CreationToken: `opscenter-ha-${ctx.opts.restoreRun ?? ctx.deps.clock.now()}`,
        ItemsToRestore: JSON.stringify(AWS_BACKUP.restoreItems())
      }
    })
  )
  const id = started.RestoreJobId ?? ''
  const what = `AWS Backup restore job ${id} of ${arn}`
  ctx.timeline.log(`${what}: into ${t.fileSystemId} (${AWS_BACKUP.restoreDirPrefix}<datetime>)`)
  const created = await awaitJob(
    ctx,
    what,
    async () => {
      const d = await ctx.clients.backup.send(new DescribeRestoreJobCommand({ RestoreJobId: id }))
      return { state: d.Status, message: d.StatusMessage, value: d.CreationDate?.getTime() ?? 0 }
    },
    {
      failed: `the live state is untouched and OpsCenter keeps serving. A partial ${AWS_BACKUP.restoreDirPrefix}<datetime> folder may be left on EFS; delete it, then re-run`,
      timedOut: `the live state is untouched and OpsCenter keeps serving. Re-run later or raise timeout-minutes (the job goes on in AWS Backup; delete the ${AWS_BACKUP.restoreDirPrefix}<datetime> folder it makes)`
    }
  )
  return backupRestoreId(created)
}

async function findRecoveryPoint(
  ctx: Ctx,
  t: BackupResource,
  arn: string
): Promise<RecoveryPointByResource> {
  let token: string | undefined
  do {
    const page = await ctx.clients.backup.send(
      new ListRecoveryPointsByResourceCommand({
        ResourceArn: fileSystemArn(ctx, t),
        NextToken: token
      })
    )
    const found = page.RecoveryPoints?.find((p) => p.RecoveryPointArn === arn)
    if (found) return found
    token = page.NextToken
  } while (token)
  throw new Error(
    `${arn} is not a recovery point of ${t.fileSystemId}, the file system of stack ${ctx.opts.stackName}: nothing was changed. ` +
      `List them: aws backup list-recovery-points-by-resource --resource-arn ${fileSystemArn(ctx, t)}`
  )
}

/** The summary's line for a finished recovery point. */
export function backupLine(job: BackupJob, done: BackupDone): string {
  const s = (ms: number): string => `${Math.round(ms / 1000)} s`
  const waited = done.waitedMs >= 1000 ? `, of which this run waited ${s(done.waitedMs)}` : ''
  return `AWS Backup recovery point ${done.recoveryPointArn} of ${job.target.fileSystemId} in vault ${job.target.vault} (took ${s(done.tookMs)}${waited})`
}
