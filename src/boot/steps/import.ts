// Bringing an existing OpsCenter in: on the first boot on an empty file system, a tarball of
// its /etc/opscenter and /var/lib/opscenter (ImportObject, with its sha256) becomes the state.
// Downloaded with the AWS CLI Amazon Linux 2023 ships (`aws s3 cp`, the instance role's
// credentials), checked against its sha256 before a file is written to EFS, unpacked into a
// staging folder on EFS by tar (which refuses members with `..` and strips a leading `/`),
// then renamed into place. Refused on a file system that already holds a state.
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { SHARED_DIRS, LOCAL_DIRS } from '../../shared/contract.js'
import { path, timeoutMs, type Agent } from '../context/agent.js'
import { errorText, seconds } from '../os/log.js'
import { CommandError, must } from '../os/runner.js'
import { exists } from './efs.js'
import { efsRoot, hasState, stateDir } from './restore-points.js'

/** Where the tarball lands before it is checked (local disk, never EFS). */
export const IMPORT_DOWNLOAD = '/var/lib/opscenter-ha/import.tgz'

/** What the state record keeps of an import: this request, applied. */
export const importKey = (agent: Agent): string | undefined =>
  agent.config.importFrom && agent.config.importSha256
    ? `${agent.config.importFrom}@${agent.config.importSha256}`
    : undefined

/**
 * Imports the tarball when the config asks for one that the state has not had yet. Returns
 * a note, or undefined when there is nothing to do.
 */
export async function importState(
  agent: Agent,
  applied: string | undefined,
  writer: string | undefined
): Promise<string | undefined> {
  const key = importKey(agent)
  if (!key || key === applied) return undefined
  const from = agent.config.importFrom!
  if (writer || (await hasState(agent)))
    throw new Error(
      `the import of s3://${from} is refused: EFS already holds an OpsCenter state${writer ? ` (${writer})` : ''}, and an import never overwrites one. Clear ImportObject and ImportSha256, or deploy a new stack on an empty file system`
    )
  const start = agent.clock.now()
  const file = path(agent, IMPORT_DOWNLOAD)
  await mkdir(dirname(file), { recursive: true })
  try {
    await download(agent, from, file)
    const sha = await sha256Of(file)
    if (sha !== agent.config.importSha256)
      throw new Error(
        `the import of s3://${from} is refused: its sha256 is ${sha}, ImportSha256 says ${agent.config.importSha256}; nothing was written to EFS. Upload the tarball again or fix ImportSha256 (sha256sum of the file)`
      )
    const found = await unpack(agent, file)
    return `imported s3://${from} (${found.join(', ')}) in ${seconds(agent.clock.now() - start)}`
  } finally {
    await rm(file, { force: true })
  }
}

/** `aws s3 cp` as the instance role; a 403 is said with what it may mean. */
async function download(agent: Agent, from: string, file: string): Promise<void> {
  const args = [
    's3',
    'cp',
    '--only-show-errors',
    '--region',
    agent.config.region,
    `s3://${from}`,
    file
  ]
  try {
    await must(agent.runner, 'aws', args, { timeoutMs: agent.deadline.bound(timeoutMs(agent)) })
  } catch (err) {
    const said = err instanceof CommandError ? err.result.stderr.trim() : errorText(err)
    const hint = /\(403\)/.test(said)
      ? ': the instance role may read only ImportObject, and S3 answers 403 for a key that does not exist too; check the bucket, the key, the bucket policy and its KMS key'
      : ''
    throw new Error(
      `the import of s3://${from} failed to download (${said})${hint}; nothing was written to EFS`,
      { cause: err }
    )
  }
}

/** tar into a staging folder on EFS, then the state's folders renamed into place. */
async function unpack(agent: Agent, file: string): Promise<string[]> {
  const staging = join(stateDir(agent), 'import')
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  try {
    await must(agent.runner, 'tar', ['-xzf', file, '-C', staging, '--numeric-owner'], {
      timeoutMs: agent.deadline.bound(timeoutMs(agent))
    })
    const dirs = SHARED_DIRS.map((d) => d.replace(/^\//, ''))
    const found: string[] = []
    for (const d of dirs) if (await exists(join(staging, d))) found.push(`/${d}`)
    if (!found.length)
      throw new Error(
        `the import is refused: the tarball holds neither etc/opscenter nor var/lib/opscenter (it has ${(await readdir(staging)).join(', ') || 'nothing'}); make it with tar -C / etc/opscenter var/lib/opscenter (docs/migrate.md)`
      )
    // Another install's failover state must never come along (it stays local by design).
    for (const d of LOCAL_DIRS) await rm(join(staging, d), { recursive: true, force: true })
    for (const d of dirs) {
      if (!(await exists(join(staging, d)))) continue
      await mkdir(dirname(join(efsRoot(agent), d)), { recursive: true })
      await rename(join(staging, d), join(efsRoot(agent), d))
    }
    return found
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) hash.update(chunk)
  return hash.digest('hex')
}
