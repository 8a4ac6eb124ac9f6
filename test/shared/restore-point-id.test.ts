// The names a restore request is made of: restore point ids, the AWS Backup restore a
// request names by its job's time, and the folders AWS Backup restores EFS into.
import {
  RESTORE_REQUEST,
  backupRestoreAt,
  backupRestoreId,
  parsePointId,
  pointId,
  requestedPoint,
  restoreDirAt
} from '../../src/shared/restore-point-id.js'

const AT = Date.UTC(2026, 11, 7, 23, 15, 36, 789)

it('names a restore point by its time and version, and reads it back', () => {
  expect(pointId(AT, '6.8.52')).toBe('20261207T231536Z-6.8.52')
  expect(parsePointId('20261207T231536Z.2-6.8.52')).toEqual({
    at: Date.UTC(2026, 11, 7, 23, 15, 36),
    version: '6.8.52'
  })
  expect(parsePointId('aws-backup-20261207T231536Z')).toBeUndefined()
})

it('names an AWS Backup restore by its job time, to the second, and reads it back', () => {
  const id = backupRestoreId(AT)
  expect(id).toBe('aws-backup-20261207T231536Z')
  expect(backupRestoreAt(id)).toBe(Date.UTC(2026, 11, 7, 23, 15, 36))
  expect(backupRestoreAt('20261207T231536Z-6.8.52')).toBeUndefined()
})

it('takes either kind in a request of one run, and nothing else', () => {
  expect(requestedPoint('aws-backup-20261207T231536Z@4242-1')).toBe('aws-backup-20261207T231536Z')
  expect(requestedPoint('20261207T231536Z-6.8.52@4242-1')).toBe('20261207T231536Z-6.8.52')
  for (const bad of ['aws-backup-2026@1', 'aws-backup-20261207T231536Z', '../x@1'])
    expect(RESTORE_REQUEST.test(bad)).toBe(false)
})

it('reads the time of the folders AWS Backup restores into, with milli- or nanoseconds', () => {
  const prefix = 'aws-backup-restore_'
  expect(restoreDirAt('aws-backup-restore_2022-01-17T08-53-32-695Z', prefix)).toBe(
    Date.UTC(2022, 0, 17, 8, 53, 32, 695)
  )
  expect(restoreDirAt('aws-backup-restore_2025-03-28T14-13-02-250589632Z', prefix)).toBe(
    Date.UTC(2025, 2, 28, 14, 13, 2, 250)
  )
  expect(restoreDirAt('aws-backup-restore_2025-03-28T14-13-02Z', prefix)).toBe(
    Date.UTC(2025, 2, 28, 14, 13, 2)
  )
  for (const other of [
    'etc',
    'aws-backup-restore_yesterday',
    'x-aws-backup-restore_2022-01-17T08-53-32-695Z'
  ])
    expect(restoreDirAt(other, prefix)).toBeUndefined()
})
