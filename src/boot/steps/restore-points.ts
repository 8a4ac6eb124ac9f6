// Restore points of OpsCenter's state, on the same EFS: a copy of /etc/opscenter and
// /var/lib/opscenter as they were before a different OpsCenter version first started on
// them, with a manifest of every file's size and sha256. Taken, checked and restored only
// while no opscenterd runs (the state step comes before the folders are bound, and
// opscenterd's drop-in refuses to start without them).
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import {
  chmod,
  chown,
  lchown,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  writeFile
} from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { EFS_MOUNT_POINT, LOCAL_DIRS, SHARED_DIRS, STATE } from '../../shared/contract.js'
import { pointId } from '../../shared/restore-point-id.js'
import { path, type Agent } from '../context/agent.js'
import { errorText } from '../os/log.js'
import { exists, lstatOrUndefined } from './efs.js'

export interface Entry {
  /** Relative to the EFS root: etc/opscenter/opscenterd.conf. */
  path: string
  mode: number
  uid: number
  gid: number
}
export interface FileEntry extends Entry {
  size: number
  sha256: string
}
export interface LinkEntry extends Entry {
  target: string
}

export interface Manifest {
  id: string
  /** The OpsCenter version whose state this is ('unknown' when none was recorded). */
  version: string
  /** ISO time it was taken. */
  takenAt: string
  /** The instance and AMI that took it, and the version that was about to start. */
  instanceId: string
  amiId: string
  before: string
  dirs: Entry[]
  files: FileEntry[]
  links: LinkEntry[]
  bytes: number
}

/** The EFS root (the mount point) and the agent's folder on it. */
export const efsRoot = (agent: Agent): string => path(agent, EFS_MOUNT_POINT)
export const stateDir = (agent: Agent): string => join(efsRoot(agent), STATE.dir)
const pointsDir = (agent: Agent): string => join(stateDir(agent), STATE.restorePoints)
/** Where a restore builds the state it restores, next to the live folders (same file system). */
const stagingDir = (agent: Agent): string => join(stateDir(agent), 'staging')
const replacedDir = (agent: Agent): string => join(stateDir(agent), 'replaced')
const PARTIAL = '.partial'
/** In the staging folder once it holds the whole state: the swap may then go on. */
const COMPLETE = '.complete'

/** The state's folders, relative to the EFS root. */
const stateDirs = (): string[] => SHARED_DIRS.map((d) => d.replace(/^\//, ''))
/** Mount points for local folders: kept as empty folders, never copied. */
const localDirs = (): Set<string> => new Set(LOCAL_DIRS.map((d) => d.replace(/^\//, '')))

/** Whether the EFS root holds any of OpsCenter's state. */
export async function hasState(agent: Agent): Promise<boolean> {
  for (const d of stateDirs()) if (await exists(join(efsRoot(agent), d))) return true
  return false
}

export interface Taken {
  manifest: Manifest
  ms: number
}

/**
 * Copies the live state into a new restore point, hashing each file as it goes. It is
 * written under a .partial name and renamed at the end, so a point either is whole or is
 * not there; a failure removes the partial copy and leaves the live state as it was.
 */
export async function takeRestorePoint(
  agent: Agent,
  who: { instanceId: string; amiId: string },
  version: string,
  before: string
): Promise<Taken> {
  const start = agent.clock.now()
  let partial = ''
  const m: Manifest = {
    id: pointId(start, version),
    version,
    takenAt: new Date(start).toISOString(),
    ...who,
    before,
    dirs: [],
    files: [],
    links: [],
    bytes: 0
  }
  try {
    m.id = await freeId(agent, m.id)
    const final = join(pointsDir(agent), m.id)
    partial = final + PARTIAL
    await rm(partial, { recursive: true, force: true })
    await mkdir(join(partial, 'files'), { recursive: true })
    for (const d of stateDirs()) {
      const from = join(efsRoot(agent), d)
      if (await exists(from)) await copyTree(from, join(partial, 'files'), d, m)
    }
    await writeFile(join(partial, STATE.manifest), JSON.stringify(m, null, 1) + '\n')
    await rename(partial, final)
  } catch (err) {
    if (partial) await rm(partial, { recursive: true, force: true }).catch(() => undefined)
    throw new Error(
      `the restore point of the ${version} state could not be written (${errorText(err)}): the state is untouched and OpsCenter ${before} is not started on it; free space on EFS or find why it refused the write`,
      { cause: err }
    )
  }
  return { manifest: m, ms: agent.clock.now() - start }
}

/** Two points in one second: 20261207T160512Z.2-6.8.52 (the version stays last). */
async function freeId(agent: Agent, id: string): Promise<string> {
  const [time, ...version] = id.split('-')
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${time}.${n}-${version.join('-')}`
    if (!(await exists(join(pointsDir(agent), candidate)))) return candidate
  }
}

/** Every whole restore point, oldest first; leftovers of interrupted copies are removed. */
export async function listRestorePoints(agent: Agent): Promise<Manifest[]> {
  const dir = pointsDir(agent)
  let names: string[] = []
  try {
    names = (await readdir(dir)).sort()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const out: Manifest[] = []
  for (const name of names) {
    if (name.endsWith(PARTIAL)) {
      await rm(join(dir, name), { recursive: true, force: true })
      agent.log(`state: removed ${name}, a restore point whose copy was interrupted`)
      continue
    }
    try {
      out.push(JSON.parse(await readFile(join(dir, name, STATE.manifest), 'utf8')) as Manifest)
    } catch (err) {
      agent.log(`state: ${name} has no readable manifest (${errorText(err)}): not a restore point`)
    }
  }
  return out.sort((a, b) => a.takenAt.localeCompare(b.takenAt) || a.id.localeCompare(b.id))
}

/**
 * Puts a restore point's state in place of the live one. The copy goes to a staging folder
 * first, each file checked against the manifest as it is read (a missing or changed file
 * refuses the point, naming it, before the live state is touched); then each folder is
 * swapped by rename. An interrupted swap is finished by the next boot (finishRestore).
 */
export async function restorePoint(agent: Agent, m: Manifest): Promise<void> {
  const staging = stagingDir(agent)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  const from = join(pointsDir(agent), m.id, 'files')
  try {
    for (const d of m.dirs) await makeDir(join(staging, d.path), d)
    for (const f of m.files) await copyChecked(join(from, f.path), join(staging, f.path), f, m.id)
    for (const l of m.links) await makeLink(join(staging, l.path), l)
    for (const d of stateDirs()) await mkdir(join(staging, d), { recursive: true })
  } catch (err) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    throw err
  }
  await writeFile(join(staging, COMPLETE), m.id + '\n')
  await finishRestore(agent)
}

/**
 * Puts the state folders under `root` (an AWS Backup restore folder on the same file system)
 * in place of the live ones: they are renamed into the staging folder, not copied, then
 * swapped like a restore point's. An interrupted move leaves an incomplete staging folder,
 * which the next boot drops: the live state is never touched before the swap, and the
 * recovery point is still in AWS Backup to restore again.
 */
export async function swapIn(agent: Agent, root: string, label: string): Promise<void> {
  const staging = stagingDir(agent)
  await rm(staging, { recursive: true, force: true })
  await mkdir(staging, { recursive: true })
  for (const d of stateDirs()) {
    await mkdir(dirname(join(staging, d)), { recursive: true })
    if (await exists(join(root, d))) await rename(join(root, d), join(staging, d))
    else await mkdir(join(staging, d), { recursive: true })
  }
  for (const d of localDirs()) await mkdir(join(staging, d), { recursive: true })
  await writeFile(join(staging, COMPLETE), label + '\n')
  await finishRestore(agent)
}

/**
 * Finishes a restore whose staging folder is complete: every state folder still in it
 * replaces the live one (renamed aside first: it is in the restore point taken before).
 * An incomplete staging folder is dropped: the live state was never touched.
 */
export async function finishRestore(agent: Agent): Promise<string | undefined> {
  const staging = stagingDir(agent)
  if (!(await exists(staging))) return undefined
  if (!(await exists(join(staging, COMPLETE)))) {
    await rm(staging, { recursive: true, force: true })
    return 'dropped an unfinished restore copy (the live state was not touched)'
  }
  const id = (await readFile(join(staging, COMPLETE), 'utf8')).trim()
  const aside = replacedDir(agent)
  for (const d of stateDirs()) {
    const next = join(staging, d)
    if (!(await exists(next))) continue // swapped already
    const live = join(efsRoot(agent), d)
    if (await exists(live)) {
      await mkdir(dirname(join(aside, d)), { recursive: true })
      await rm(join(aside, d), { recursive: true, force: true })
      await rename(live, join(aside, d))
    }
    await mkdir(dirname(live), { recursive: true })
    await rename(next, live)
  }
  await rm(aside, { recursive: true, force: true })
  await rm(staging, { recursive: true, force: true })
  return `restored ${id}`
}

const damaged = (id: string, file: string, what: string): Error =>
  new Error(
    `restore point ${id} is damaged: ${file} ${what}; it is refused and the live state is untouched (pick another restore point, or restore from AWS Backup: docs/restore.md)`
  )

/** Removes one restore point. */
export async function dropPoint(agent: Agent, id: string): Promise<void> {
  await rm(join(pointsDir(agent), id), { recursive: true, force: true })
}

// --- copying ----------------------------------------------------------------------------

async function copyTree(src: string, dstRoot: string, rel: string, m: Manifest): Promise<void> {
  const st = await lstat(src)
  const entry = { path: rel, mode: st.mode & 0o7777, uid: st.uid, gid: st.gid }
  const dst = join(dstRoot, rel)
  if (st.isDirectory()) {
    m.dirs.push(entry)
    await makeDir(dst, entry)
    if (localDirs().has(rel)) return // a mount point for a local folder: nothing of it on EFS
    for (const name of (await readdir(src)).sort())
      await copyTree(join(src, name), dstRoot, `${rel}/${name}`, m)
  } else if (st.isSymbolicLink()) {
    const link = { ...entry, target: await readlink(src) }
    m.links.push(link)
    await makeLink(dst, link)
  } else if (st.isFile()) {
    const { size, sha256 } = await copyHashing(src, dst, entry)
    m.files.push({ ...entry, size, sha256 })
    m.bytes += size
  }
  // sockets and fifos are not state
}

const asRoot = (): boolean => process.getuid?.() === 0

async function makeDir(dst: string, e: Entry): Promise<void> {
  await mkdir(dst, { recursive: true })
  await chmod(dst, e.mode)
  if (asRoot()) await chown(dst, e.uid, e.gid)
}

async function makeLink(dst: string, l: LinkEntry): Promise<void> {
  await mkdir(dirname(dst), { recursive: true })
  await symlink(l.target, dst)
  if (asRoot()) await lchown(dst, l.uid, l.gid)
}

/** Copies one file, hashing what it reads; the copy gets the entry's mode and owner. */
async function copyHashing(
  src: string,
  dst: string,
  e: Entry
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256')
  let size = 0
  await mkdir(dirname(dst), { recursive: true })
  await pipeline(
    createReadStream(src),
    async function* (chunks: AsyncIterable<Buffer>) {
      for await (const chunk of chunks) {
        hash.update(chunk)
        size += chunk.length
        yield chunk
      }
    },
    // Closing the file flushes it to EFS (NFS close-to-open): whole once the point is renamed.
    createWriteStream(dst, { mode: e.mode })
  )
  await chmod(dst, e.mode)
  if (asRoot()) await chown(dst, e.uid, e.gid)
  return { size, sha256: hash.digest('hex') }
}

async function copyChecked(src: string, dst: string, f: FileEntry, id: string): Promise<void> {
  if (!(await lstatOrUndefined(src))) throw damaged(id, f.path, 'is missing')
  const got = await copyHashing(src, dst, f)
  if (got.size !== f.size || got.sha256 !== f.sha256)
    throw damaged(
      id,
      f.path,
      `changed (sha256 ${got.sha256.slice(0, 12)}…; the manifest says ${f.sha256.slice(0, 12)}…)`
    )
}
