// AWS Backup for EFS, as this project uses it: on-demand backup jobs into a vault, the
// recovery points they leave, and item-level restore jobs into the same file system.
// - StartBackupJob answers at once with a job CREATED; the job runs later as the role it was
//   given (IamRoleArn), which AWS Backup assumes: a role that does not trust
//   backup.amazonaws.com, or may not call elasticfilesystem:Backup on the file system, fails
//   the job, not the call (API_StartBackupJob; "Required IAM permissions" in
//   https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html). AWS does not publish the
//   StatusMessage wording: ours says what is missing.
// - Job states CREATED → RUNNING → COMPLETED (or FAILED), recovery points COMPLETED
//   (API_DescribeBackupJob, API_ListRecoveryPointsByResource).
// - "AWS Backup does not support destructive restores with Amazon EFS": a restore into an
//   existing file system goes into a new aws-backup-restore_<datetime> folder off its root,
//   the full hierarchy of each item kept ("Restore an Amazon EFS file system",
//   https://docs.aws.amazon.com/aws-backup/latest/devguide/restoring-efs.html). The guide does
//   not spell the datetime; folders seen in the wild read 2022-01-17T08-53-32-695Z.
// - The simulator copies the file system when the job starts running (EFS backups are not
//   point-in-time consistent with writes during the job: the EFS page's "Backup
//   consistency"; the agent never writes the state while no version change is under way).
import { cp, lstat, mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { SimContext } from '../core/context.js'
import type { Iam } from '../iam/model.js'
import type { CloudFormation } from '../cloudformation/model.js'
import { AwsError } from '../wire/errors.js'

export type JobState = 'CREATED' | 'RUNNING' | 'COMPLETED' | 'FAILED'

export interface SimBackupJob {
  backupJobId: string
  vault: string
  resourceArn: string
  iamRoleArn: string
  state: JobState
  statusMessage?: string
  creationDate: number
  completionDate?: number
  recoveryPointArn?: string
  deleteAfterDays?: number
  tags: Record<string, string>
}

export interface SimRecoveryPoint {
  arn: string
  vault: string
  resourceArn: string
  creationDate: number
  completionDate: number
  bytes: number
  tags: Record<string, string>
  /** The copy of the file system. */
  dir: string
}

export interface SimRestoreJob {
  restoreJobId: string
  recoveryPointArn: string
  iamRoleArn: string
  status: 'PENDING' | 'RUNNING' | 'COMPLETED' | 'FAILED'
  statusMessage?: string
  creationDate: number
  completionDate?: number
  fileSystemId: string
  items: string[]
  /** The folder the restore made, relative to the file system's root. */
  folder?: string
}

export class ResourceNotFound extends AwsError {
  constructor(what: string) {
    super('ResourceNotFoundException', what, 400)
  }
}

export class InvalidParameterValue extends AwsError {
  constructor(message: string) {
    super('InvalidParameterValueException', message, 400)
  }
}

/** Where the simulated file systems live (the runtime's EFS folder). */
export type FileSystemDir = (fileSystemId: string) => string | undefined

export class Backup {
  /**
   * Vaults of the account: `Default` (AWS Backup's console makes it on first use: the account
   * is one whose console was opened) and the vault EFS makes for automatic backups
   * ("Managing automatic backups", EFS User Guide: aws/efs/automatic-backup-vault).
   * A test removes Default to see a first deployment in a fresh account.
   */
  readonly vaults = new Set(['Default', 'aws/efs/automatic-backup-vault'])
  readonly jobs = new Map<string, SimBackupJob>()
  readonly points = new Map<string, SimRecoveryPoint>()
  readonly restores = new Map<string, SimRestoreJob>()
  /** Set by startSim once IAM exists: the role's own permissions are evaluated. */
  iam?: Iam
  private store?: Promise<string>

  constructor(
    private readonly ctx: SimContext,
    private readonly cfn: CloudFormation,
    private readonly fileSystemDir: FileSystemDir = () => undefined
  ) {}

  vaultArn(name: string): string {
    return `arn:aws:backup:${this.ctx.region}:${this.ctx.accountId}:backup-vault:${name}`
  }

  describeVault(name: string): { name: string; arn: string; points: number } {
    if (!this.vaults.has(name)) throw new ResourceNotFound(`Backup vault ${name} not found`)
    const points = [...this.points.values()].filter((p) => p.vault === name).length
    return { name, arn: this.vaultArn(name), points }
  }

  startBackupJob(i: {
    vault: string
    resourceArn: string
    iamRoleArn: string
    deleteAfterDays?: number
    tags?: Record<string, string>
  }): SimBackupJob {
    if (!this.vaults.has(i.vault)) throw new ResourceNotFound(`Backup vault ${i.vault} not found`)
    if (!/^arn:aws:elasticfilesystem:[^:]+:\d{12}:file-system\/fs-[0-9a-f]+$/.test(i.resourceArn))
      throw new InvalidParameterValue(`Invalid ResourceArn: ${i.resourceArn}`)
    const job: SimBackupJob = {
      backupJobId: randomUUID().toUpperCase(),
      vault: i.vault,
      resourceArn: i.resourceArn,
      iamRoleArn: i.iamRoleArn,
      state: 'CREATED',
      creationDate: this.ctx.time.now(),
      deleteAfterDays: i.deleteAfterDays,
      tags: i.tags ?? {}
    }
    this.jobs.set(job.backupJobId, job)
    this.ctx.time.after(this.ctx.time.ms('backupJobStart'), () => void this.run(job))
    return job
  }

  backupJob(id: string): SimBackupJob {
    const job = this.jobs.get(id)
    if (!job) throw new ResourceNotFound(`Backup job ${id} not found`)
    return job
  }

  pointsOf(resourceArn: string): SimRecoveryPoint[] {
    return [...this.points.values()].filter((p) => p.resourceArn === resourceArn)
  }

  startRestoreJob(i: {
    recoveryPointArn: string
    iamRoleArn: string
    metadata: Record<string, string>
  }): SimRestoreJob {
    const point = this.points.get(i.recoveryPointArn)
    if (!point) throw new ResourceNotFound(`Recovery point ${i.recoveryPointArn} not found`)
    const m = i.metadata
    if (m.newFileSystem !== 'false' || !m['file-system-id'])
      throw new InvalidParameterValue(
        'The simulator models restores into an existing file system (newFileSystem false, file-system-id)'
      )
    const items = m.ItemsToRestore ? (JSON.parse(m.ItemsToRestore) as string[]) : ['/']
    const job: SimRestoreJob = {
      restoreJobId: randomUUID().toUpperCase(),
      recoveryPointArn: point.arn,
      iamRoleArn: i.iamRoleArn,
      status: 'PENDING',
      creationDate: this.ctx.time.now(),
      fileSystemId: m['file-system-id'],
      items
    }
    this.restores.set(job.restoreJobId, job)
    this.ctx.time.after(this.ctx.time.ms('backupJobStart'), () => void this.restore(job, point))
    return job
  }

  restoreJob(id: string): SimRestoreJob {
    const job = this.restores.get(id)
    if (!job) throw new ResourceNotFound(`Restore job ${id} not found`)
    return job
  }

  // --- the jobs, as AWS Backup runs them -------------------------------------------------

  private async run(job: SimBackupJob): Promise<void> {
    job.state = 'RUNNING'
    const fileSystemId = job.resourceArn.split('/').pop() ?? ''
    const refused = await this.asRole(job.iamRoleArn, 'elasticfilesystem:Backup', job.resourceArn)
    if (refused) return this.fail(job, refused)
    const dir = join(await this.storeDir(), job.backupJobId)
    const source = this.fileSystemDir(fileSystemId)
    await mkdir(dir, { recursive: true })
    if (source) await cp(source, dir, { recursive: true, verbatimSymlinks: true })
    const bytes = source ? await sizeOf(dir) : 0
    this.ctx.time.after(this.ctx.time.ms('backupJobRun'), () => {
      const now = this.ctx.time.now()
      const arn = `arn:aws:backup:${this.ctx.region}:${this.ctx.accountId}:recovery-point:${randomUUID().toUpperCase()}`
      this.points.set(arn, {
        arn,
        vault: job.vault,
        resourceArn: job.resourceArn,
        creationDate: job.creationDate,
        completionDate: now,
        bytes,
        tags: job.tags,
        dir
      })
      Object.assign(job, { state: 'COMPLETED', completionDate: now, recoveryPointArn: arn })
      this.ctx.log(`sim backup: job ${job.backupJobId} COMPLETED: ${arn} (${bytes} bytes)`)
    })
  }

  private async restore(job: SimRestoreJob, point: SimRecoveryPoint): Promise<void> {
    job.status = 'RUNNING'
    const fsArn = point.resourceArn.replace(/fs-[0-9a-f]+$/, job.fileSystemId)
    const refused = await this.asRole(job.iamRoleArn, 'elasticfilesystem:Restore', fsArn)
    if (refused) return this.fail(job, refused)
    const root = this.fileSystemDir(job.fileSystemId)
    if (!root) return this.fail(job, `File system ${job.fileSystemId} not found`)
    const folder = `aws-backup-restore_${restoreStamp(this.ctx.time.now())}`
    for (const item of job.items) {
      const from = join(point.dir, item)
      if (!(await stat(from).catch(() => undefined))) continue // an item the backup did not have
      const to = join(root, folder, item)
      await mkdir(dirname(to), { recursive: true })
      await cp(from, to, { recursive: true, verbatimSymlinks: true })
    }
    this.ctx.time.after(this.ctx.time.ms('restoreJobRun'), () => {
      Object.assign(job, { status: 'COMPLETED', completionDate: this.ctx.time.now(), folder })
      this.ctx.log(`sim backup: restore ${job.restoreJobId} COMPLETED into ${folder}`)
    })
  }

  private fail(job: SimBackupJob | SimRestoreJob, message: string): void {
    if ('state' in job) job.state = 'FAILED'
    else job.status = 'FAILED'
    Object.assign(job, { statusMessage: message, completionDate: this.ctx.time.now() })
    this.ctx.log(`sim backup: job failed: ${message}`)
  }

  /** Why AWS Backup, as the role, may not do `action` (undefined: it may). */
  private async asRole(
    roleArn: string,
    action: string,
    resource: string
  ): Promise<string | undefined> {
    const name = roleArn.split('/').pop() ?? ''
    const role = this.cfn.stores.roles.get(name)
    if (!role || role.arn !== roleArn) return `IAM role ${roleArn} does not exist`
    if (!trustsBackup(role.document))
      return `AWS Backup cannot assume ${roleArn}: its trust policy does not allow backup.amazonaws.com`
    if (!this.iam?.enforce) return undefined
    const key = `backup-${name}`
    if (!this.iam.principal(key))
      this.iam.register(key, {
        arn: `arn:aws:sts::${this.ctx.accountId}:assumed-role/${name}/AWSBackup`,
        principalArn: roleArn,
        policies: () =>
          (this.cfn.stores.roles.get(name)?.policies ?? []).map(
            (p) => p.document as { Statement: unknown }
          )
      })
    try {
      await this.iam.authorize(key, [{ action, resource }])
      return undefined
    } catch (err) {
      return `Insufficient privileges: ${(err as Error).message}`
    }
  }

  private storeDir(): Promise<string> {
    this.store ??= mkdtemp(join(tmpdir(), 'opscenter-ha-sim-backup-'))
    return this.store
  }

  /** Removes the recovery points' copies. */
  async stop(): Promise<void> {
    if (this.store) await rm(await this.store, { recursive: true, force: true })
  }
}

/** 2026-12-07T23:15:00-123Z: the datetime of a restore folder (see the header). */
export function restoreStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.(\d{3})Z$/, '-$1Z')
}

function trustsBackup(doc: unknown): boolean {
  const statements = ([] as unknown[]).concat((doc as { Statement?: unknown })?.Statement ?? [])
  return statements.some((s) => {
    const st = s as {
      Effect?: string
      Principal?: { Service?: string | string[] }
      Action?: unknown
    }
    const services = ([] as string[]).concat(st.Principal?.Service ?? [])
    return st.Effect === 'Allow' && services.includes('backup.amazonaws.com')
  })
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) total += (await lstat(join(e.parentPath, e.name))).size
  return total
}
