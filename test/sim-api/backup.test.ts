// The simulated AWS Backup over the real SDK (restJson1): a backup job runs as its role and
// leaves a recovery point of the file system; a restore job puts the items in a new
// aws-backup-restore_<datetime> folder; a missing vault, a role AWS Backup cannot assume or
// that may not back the file system up, and a caller that may not pass the role are refused
// as AWS refuses them.
import {
  BackupClient,
  DescribeBackupJobCommand,
  DescribeRestoreJobCommand,
  ListRecoveryPointsByResourceCommand,
  ListTagsCommand,
  StartBackupJobCommand,
  StartRestoreJobCommand
} from '@aws-sdk/client-backup'
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ADMIN_ACCESS_KEY, DEPLOY_ACCESS_KEY } from '../sim/iam/index.js'
import { startSim, type Sim } from '../sim/index.js'
import { until } from './helpers.js'

const FS = 'fs-0123456789abcdef0'
const FS_ARN = `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${FS}`

let sim: Sim
let efs: string
const client = (key = ADMIN_ACCESS_KEY) =>
  new BackupClient({
    region: 'us-east-1',
    endpoint: sim.endpoint,
    maxAttempts: 1,
    credentials: { accessKeyId: key, secretAccessKey: 'test' }
  })

/** A role as CloudFormation would have made it. */
function role(name: string, trusted: string, actions: string[]): string {
  const arn = `arn:aws:iam::123456789012:role/${name}`
  sim.cloudformation.stores.roles.set(name, {
    name,
    roleId: `AROA${name.toUpperCase()}`,
    arn,
    document: {
      Statement: [{ Effect: 'Allow', Principal: { Service: trusted }, Action: 'sts:AssumeRole' }]
    },
    policies: [
      {
        name: 'p',
        document: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Action: actions, Resource: FS_ARN }]
        }
      }
    ],
    managedPolicyArns: []
  })
  return arn
}

beforeEach(async () => {
  efs = mkdtempSync(join(tmpdir(), 'sim-backup-efs-'))
  mkdirSync(join(efs, 'etc/opscenter'), { recursive: true })
  writeFileSync(join(efs, 'etc/opscenter/opscenterd.conf'), '[webserver]\n')
  sim = await startSim({
    timeScale: 0.001,
    runtime: {
      launched: () => undefined,
      terminating: () => undefined,
      terminated: () => undefined,
      fileSystemDir: () => efs
    }
  })
})
afterEach(async () => {
  await sim.stop()
  rmSync(efs, { recursive: true, force: true })
})

async function backUp(c: BackupClient, roleArn: string, vault = 'Default') {
  const { BackupJobId } = await c.send(
    new StartBackupJobCommand({
      BackupVaultName: vault,
      ResourceArn: FS_ARN,
      IamRoleArn: roleArn,
      RecoveryPointTags: { 'opscenter-ha:state-version': '6.8.52' }
    })
  )
  return until('the job to end', async () => {
    const d = await c.send(new DescribeBackupJobCommand({ BackupJobId }))
    return d.State === 'COMPLETED' || d.State === 'FAILED' ? d : undefined
  })
}

it('backs the file system up as its role, then restores items into a folder of their own', async () => {
  const c = client()
  const arn = role('ops-BackupRole-A', 'backup.amazonaws.com', [
    'elasticfilesystem:Backup',
    'elasticfilesystem:Restore'
  ])
  const job = await backUp(c, arn)
  expect(job).toMatchObject({ State: 'COMPLETED', ResourceArn: FS_ARN, BackupVaultName: 'Default' })
  expect(job.CreationDate).toBeInstanceOf(Date)
  expect(Math.abs(job.CreationDate!.getTime() - Date.now())).toBeLessThan(60_000)
  const listed = await c.send(new ListRecoveryPointsByResourceCommand({ ResourceArn: FS_ARN }))
  expect(listed.RecoveryPoints?.map((p) => p.RecoveryPointArn)).toEqual([job.RecoveryPointArn])
  const tags = await c.send(new ListTagsCommand({ ResourceArn: job.RecoveryPointArn }))
  expect(tags.Tags).toEqual({ 'opscenter-ha:state-version': '6.8.52' })

  // A change after the backup is not in the recovery point.
  writeFileSync(join(efs, 'etc/opscenter/opscenterd.conf'), '[webserver]\nchanged\n')
  const { RestoreJobId } = await c.send(
    new StartRestoreJobCommand({
      RecoveryPointArn: job.RecoveryPointArn,
      IamRoleArn: arn,
      ResourceType: 'EFS',
      Metadata: {
        'file-system-id': FS,
        newFileSystem: 'false',
        ItemsToRestore: JSON.stringify(['/etc/opscenter', '/var/lib/opscenter'])
      }
    })
  )
  await until('the restore', async () => {
    const d = await c.send(new DescribeRestoreJobCommand({ RestoreJobId }))
    return d.Status === 'COMPLETED' ? d : undefined
  })
  const [folder] = readdirSync(efs).filter((n) => n.startsWith('aws-backup-restore_'))
  expect(folder).toMatch(/^aws-backup-restore_\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/)
  expect(readFileSync(join(efs, folder, 'etc/opscenter/opscenterd.conf'), 'utf8')).toBe(
    '[webserver]\n'
  )
  // The live files are never overwritten.
  expect(readFileSync(join(efs, 'etc/opscenter/opscenterd.conf'), 'utf8')).toMatch('changed')
})

it('refuses a vault that does not exist, as AWS Backup does', async () => {
  const arn = role('ops-BackupRole-B', 'backup.amazonaws.com', ['elasticfilesystem:Backup'])
  await expect(backUp(client(), arn, 'nope')).rejects.toMatchObject({
    name: 'ResourceNotFoundException',
    $metadata: { httpStatusCode: 400 }
  })
})

it('fails the job, not the call, when AWS Backup cannot assume the role or it may not back up', async () => {
  const c = client()
  const ec2Only = role('ops-BackupRole-C', 'ec2.amazonaws.com', ['elasticfilesystem:Backup'])
  expect(await backUp(c, ec2Only)).toMatchObject({
    State: 'FAILED',
    StatusMessage: expect.stringMatching('does not allow backup.amazonaws.com')
  })
  const noBackup = role('ops-BackupRole-D', 'backup.amazonaws.com', ['elasticfilesystem:Restore'])
  expect(await backUp(c, noBackup)).toMatchObject({
    State: 'FAILED',
    StatusMessage: expect.stringMatching(
      'Insufficient privileges: .* is not authorized to perform: elasticfilesystem:Backup'
    )
  })
})

it('lets the deploy role pass only its stack backup role to AWS Backup', async () => {
  const other = role('someone-elses-role', 'backup.amazonaws.com', ['elasticfilesystem:Backup'])
  await expect(backUp(client(DEPLOY_ACCESS_KEY), other)).rejects.toMatchObject({
    name: 'AccessDeniedException',
    message: expect.stringMatching('is not authorized to perform: iam:PassRole')
  })
  const own = role('opscenter-sim-BackupRole-E', 'backup.amazonaws.com', [
    'elasticfilesystem:Backup'
  ])
  expect(await backUp(client(DEPLOY_ACCESS_KEY), own)).toMatchObject({ State: 'COMPLETED' })
})
