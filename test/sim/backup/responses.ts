// AWS Backup's REST-JSON API (restJson1; routes from the SDK's http traits): the calls the
// controller makes. Shapes: https://docs.aws.amazon.com/aws-backup/latest/devguide/API_Operations.html.
import * as sdk from '@aws-sdk/client-backup'
import { actionHandlers, type ServiceDef } from '../core/server.js'
import { ResourceNotFound, type Backup, type SimRecoveryPoint } from './model.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any

const at = (ms: number | undefined): Date | undefined =>
  ms === undefined ? undefined : new Date(ms)

export class BackupResponses {
  constructor(private readonly backup: Backup) {}

  service(): ServiceDef {
    return {
      name: 'backup',
      protocol: 'rest-json',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: '',
      handlers: actionHandlers(this)
    }
  }

  DescribeBackupVault(i: Input) {
    const v = this.backup.describeVault(String(i.BackupVaultName))
    return { BackupVaultName: v.name, BackupVaultArn: v.arn, NumberOfRecoveryPoints: v.points }
  }

  StartBackupJob(i: Input) {
    const job = this.backup.startBackupJob({
      vault: String(i.BackupVaultName),
      resourceArn: String(i.ResourceArn),
      iamRoleArn: String(i.IamRoleArn),
      deleteAfterDays: i.Lifecycle?.DeleteAfterDays,
      tags: i.RecoveryPointTags
    })
    return { BackupJobId: job.backupJobId, CreationDate: at(job.creationDate), IsParent: false }
  }

  DescribeBackupJob(i: Input) {
    const j = this.backup.backupJob(String(i.BackupJobId))
    return {
      AccountId: this.backup.vaultArn('').split(':')[4],
      BackupJobId: j.backupJobId,
      BackupVaultName: j.vault,
      BackupVaultArn: this.backup.vaultArn(j.vault),
      ResourceArn: j.resourceArn,
      ResourceType: 'EFS',
      IamRoleArn: j.iamRoleArn,
      State: j.state,
      StatusMessage: j.statusMessage,
      CreationDate: at(j.creationDate),
      CompletionDate: at(j.completionDate),
      RecoveryPointArn: j.recoveryPointArn,
      PercentDone: j.state === 'COMPLETED' ? '100.0' : '0.0'
    }
  }

  ListRecoveryPointsByResource(i: Input) {
    return {
      RecoveryPoints: this.backup.pointsOf(String(i.ResourceArn)).map((p: SimRecoveryPoint) => ({
        RecoveryPointArn: p.arn,
        BackupVaultName: p.vault,
        CreationDate: at(p.creationDate),
        Status: 'COMPLETED',
        BackupSizeBytes: p.bytes,
        ResourceName: p.resourceArn.split('/').pop()
      }))
    }
  }

  ListTags(i: Input) {
    const arn = String(i.ResourceArn)
    const point = this.backup.points.get(arn)
    if (!point) throw new ResourceNotFound(`Resource ${arn} not found`)
    return { Tags: point.tags }
  }

  StartRestoreJob(i: Input) {
    const job = this.backup.startRestoreJob({
      recoveryPointArn: String(i.RecoveryPointArn),
      iamRoleArn: String(i.IamRoleArn),
      metadata: i.Metadata ?? {}
    })
    return { RestoreJobId: job.restoreJobId }
  }

  DescribeRestoreJob(i: Input) {
    const j = this.backup.restoreJob(String(i.RestoreJobId))
    return {
      RestoreJobId: j.restoreJobId,
      RecoveryPointArn: j.recoveryPointArn,
      IamRoleArn: j.iamRoleArn,
      Status: j.status,
      StatusMessage: j.statusMessage,
      CreationDate: at(j.creationDate),
      CompletionDate: at(j.completionDate),
      ResourceType: 'EFS',
      PercentDone: j.status === 'COMPLETED' ? '100.0' : '0.0'
    }
  }
}
