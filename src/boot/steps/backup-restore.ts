// A restore from AWS Backup, asked for by command restore with a recovery point: the
// controller ran the restore job, which put the state's folders and the agent's record in a
// new aws-backup-restore_<datetime> folder off the EFS root (AWS Backup never overwrites an
// EFS file system). Here the folder the job made is found, its state checked against this
// image's version, and its folders put in place of the live ones.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { AWS_BACKUP, STATE } from '../../shared/contract.js'
import { backupRestoreAt, restoreDirAt } from '../../shared/restore-point-id.js'
import type { Agent } from '../context/agent.js'
import { errorText } from '../os/log.js'
import { efsRoot, swapIn } from './restore-points.js'

/**
 * The runner's clock and AWS Backup's may differ a little; the folder is named when the job
 * starts writing, after the job's creation time the request carries. No skew is published:
 * a minute either way.
 */
const SKEW_MS = 60_000

export interface BackupRestore {
  /** The folder's name, off the EFS root. */
  folder: string
  /** The OpsCenter version its record says wrote the state ('unknown' without a record). */
  version: string
}

/** The folder the restore job of request `id` made, or a refusal that says what is there. */
export async function findBackupRestore(agent: Agent, id: string): Promise<BackupRestore> {
  const at = backupRestoreAt(id) ?? 0
  const prefix = AWS_BACKUP.restoreDirPrefix
  const folders = (await readdir(efsRoot(agent)))
    .map((name) => ({ name, at: restoreDirAt(name, prefix) }))
    .filter((f): f is { name: string; at: number } => f.at !== undefined)
    .sort((a, b) => a.at - b.at)
  // The newest: a folder left by an earlier restore (refused, or made by hand) is older.
  const found = folders.filter((f) => f.at >= at - SKEW_MS).pop()
  if (!found)
    throw new Error(
      `the AWS Backup restore ${id} (command restore) is not on EFS: no ${prefix}<datetime> folder from ${new Date(at).toISOString()} on` +
        `${folders.length ? ` (there are ${folders.map((f) => f.name).join(', ')})` : ''}. Nothing was changed; run command restore with the recovery point again`
    )
  return { folder: found.name, version: await versionIn(agent, found.name) }
}

async function versionIn(agent: Agent, folder: string): Promise<string> {
  const file = join(efsRoot(agent), folder, STATE.dir, STATE.file)
  try {
    const v = (JSON.parse(await readFile(file, 'utf8')) as { version?: unknown }).version
    return typeof v === 'string' && v ? v : 'unknown'
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'unknown'
    throw new Error(`${file} cannot be read (${errorText(err)})`, { cause: err })
  }
}

/** Puts the folder's state in place of the live one, then removes what is left of it. */
export async function applyBackupRestore(agent: Agent, r: BackupRestore): Promise<void> {
  const root = join(efsRoot(agent), r.folder)
  await swapIn(agent, root, r.folder)
  await rm(root, { recursive: true, force: true })
}
