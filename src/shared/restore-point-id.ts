// Restore point ids, as the boot agent names them and the controller reads them from the
// restore-points tag: `<UTC time, basic ISO 8601>[.<n>]-<OpsCenter version>`, so they sort by
// time and say whose state they hold.

/** An id that sorts by time: 20261207T160512Z-6.8.52. */
export function pointId(at: number, version: string): string {
  const t = new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  return `${t}-${version}`
}

/** The time (epoch ms) and version an id names; undefined for an id of another shape. */
export function parsePointId(id: string): { at: number; version: string } | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:\.\d+)?-(.+)$/.exec(id)
  if (!m) return undefined
  const at = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`)
  return Number.isNaN(at) ? undefined : { at, version: m[7] }
}

/**
 * A restore request: what to restore, '@', and the run that asked (so each is applied once).
 * What: a restore point's id, or `aws-backup-<UTC time>`, the AWS Backup restore job the
 * controller ran at that time (its folder on EFS is the first one AWS Backup made from then).
 */
export const RESTORE_REQUEST =
  /^((?:\d{8}T\d{6}Z(?:\.\d+)?-[0-9A-Za-z.]+)|(?:aws-backup-\d{8}T\d{6}Z))@[0-9A-Za-z-]{1,64}$/

const BACKUP_PREFIX = 'aws-backup-'

/** What a request for the AWS Backup restore job started at `at` names. */
export function backupRestoreId(at: number): string {
  return BACKUP_PREFIX + pointId(at, '').slice(0, -1)
}

/** The time (epoch ms) of an `aws-backup-<time>` id; undefined for a restore point id. */
export function backupRestoreAt(id: string): number | undefined {
  if (!id.startsWith(BACKUP_PREFIX)) return undefined
  return parsePointId(`${id.slice(BACKUP_PREFIX.length)}-x`)?.at
}

/**
 * The time in the name of a folder AWS Backup restored an EFS recovery point into,
 * `aws-backup-restore_<datetime>` ("Restore an Amazon EFS file system", AWS Backup Developer
 * Guide). The guide does not spell the datetime out; restores seen in the wild read
 * `2022-01-17T08-53-32-695Z` or, newer, `2025-03-28T14-13-02-250589632Z`: both parse here.
 */
export function restoreDirAt(name: string, prefix: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d+))?Z$/.exec(
    name.slice(prefix.length)
  )
  if (!name.startsWith(prefix) || !m) return undefined
  const ms = Number(`0.${m[5] ?? '0'}`) * 1000
  const at = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`)
  return Number.isNaN(at) ? undefined : at + Math.floor(ms)
}

/** The restore point id of a request, or undefined for another shape. */
export function requestedPoint(request: string): string | undefined {
  return RESTORE_REQUEST.exec(request)?.[1]
}
