// The efs step: mount EFS and prove it writable. Then, at the end of the state step (state.ts),
// seed it from the AMI's defaults without ever overwriting, and bind its folders over the
// real paths. OpsCenter's failover folder stays on local disk: its docs say it must not be
// mirrored across installs.
import {
  access,
  chmod,
  chown,
  copyFile,
  lchown,
  lstat,
  mkdir,
  open,
  readdir,
  readlink,
  rename,
  symlink
} from 'node:fs/promises'
import { dirname } from 'node:path'
import {
  AMI_DEFAULTS_DIR,
  EFS_MOUNT_POINT,
  LOCAL_DIRS,
  SHARED_DIRS
} from '../../shared/contract.js'
import { TimeoutError } from '../../shared/retry.js'
import { path, wait, type Agent } from '../context/agent.js'
import type { Identity } from './identity.js'
import { errorText } from '../os/log.js'
import { CommandError, isMountPoint, must } from '../os/runner.js'

/**
 * AWS's recommended NFS options for EFS, for images without amazon-efs-utils (which uses the
 * same ones, plus TLS through its own tunnel and IAM, and bounded time-outs of its own).
 */
export const NFS_OPTIONS =
  'nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport'
/** Present when amazon-efs-utils is installed: then mount -t efs with TLS and IAM. */
export const EFS_HELPER = '/sbin/mount.efs'
/** Written and fsync'ed on every boot to prove EFS takes writes; names the last writer. */
export const SENTINEL = '.opscenter-ha-sentinel'
/** Local home of the LOCAL_DIRS, bound over their real paths. */
export const LOCAL_STORE = '/var/lib/opscenter-ha/local'

export async function mountEfs(agent: Agent, me: Identity): Promise<string> {
  const mnt = path(agent, EFS_MOUNT_POINT)
  await mkdir(mnt, { recursive: true })
  const how = (await isMountPoint(agent.runner, mnt))
    ? 'already mounted'
    : `mounted ${await mount(agent, mnt)}`
  await writeSentinel(mnt, `${me.instanceId} ${new Date(agent.clock.now()).toISOString()}\n`)
  return `${agent.config.fileSystemId} on ${EFS_MOUNT_POINT}: ${how}`
}

/**
 * Adds the image's default files EFS lacks (all of them on a first boot) and binds EFS's
 * folders, and the local failover folder, over the real paths. Runs once the state step has
 * made the state on EFS the one this image starts on.
 */
export async function seedAndBind(agent: Agent): Promise<string> {
  const mnt = path(agent, EFS_MOUNT_POINT)
  const notes: string[] = []
  const asRoot = process.getuid?.() === 0
  const skip = new Set(LOCAL_DIRS.map((d) => path(agent, `${AMI_DEFAULTS_DIR}${d}`)))
  for (const dir of SHARED_DIRS) {
    const from = path(agent, `${AMI_DEFAULTS_DIR}${dir}`)
    const to = `${mnt}${dir}`
    await mustExist(from, 'the AMI recipe copies the package folders there')
    const firstBoot = !(await exists(to))
    const added = await copyMissing(from, to, { skip, asRoot })
    if (firstBoot) {
      agent.log(`state: first boot: seeded ${dir} from the AMI (${added.length} file(s))`)
    } else {
      for (const file of added)
        agent.log(`state: added new default file ${dir}/${file} from the AMI`)
    }
    if (firstBoot) notes.push(`seeded ${dir}`)
    else if (added.length) notes.push(`added ${added.length} new default file(s) to ${dir}`)
  }
  // The local folders: seeded from the AMI on local disk, and an empty folder on EFS
  // for each to be bound over.
  for (const dir of LOCAL_DIRS) {
    const local = path(agent, `${LOCAL_STORE}${dir}`)
    const defaults = path(agent, `${AMI_DEFAULTS_DIR}${dir}`)
    if (await exists(defaults)) {
      await copyMissing(defaults, local, { skip: new Set(), asRoot })
      await copyMissing(defaults, `${mnt}${dir}`, { skip: new Set(), asRoot, dirOnly: true })
    } else {
      await mkdir(local, { recursive: true })
      await mkdir(`${mnt}${dir}`, { recursive: true })
    }
  }

  let bound = 0
  for (const dir of SHARED_DIRS)
    bound += Number(await bind(agent, `${mnt}${dir}`, path(agent, dir)))
  for (const dir of LOCAL_DIRS) {
    bound += Number(await bind(agent, path(agent, `${LOCAL_STORE}${dir}`), path(agent, dir)))
  }
  notes.push(bound ? `bound ${bound} folder(s)` : 'folders already bound')
  return notes.join(', ')
}

/** Mounts EFS, retried until timeoutSeconds; returns how. */
async function mount(agent: Agent, mnt: string): Promise<string> {
  const { fileSystemId, region } = agent.config
  const args = (await exists(path(agent, EFS_HELPER)))
    ? ['-t', 'efs', '-o', 'tls,iam', `${fileSystemId}:/`, mnt]
    : ['-t', 'nfs4', '-o', NFS_OPTIONS, `${fileSystemId}.efs.${region}.amazonaws.com:/`, mnt]
  let last = ''
  agent.log(`efs: mount ${args.join(' ')}`)
  try {
    await wait(agent, `EFS ${fileSystemId} to mount on ${mnt}`, async () => {
      try {
        await must(agent.runner, 'mount', args)
        return true
      } catch (err) {
        last = errorText(err)
        // A refusal by the file system policy does not pass with time: say why at once.
        const why = refusedWhy(last, args)
        if (why) {
          const said =
            err instanceof CommandError ? err.result.stderr.trim().split('\n').pop() : last
          throw new Error(`EFS ${fileSystemId} refused the mount${why}: ${said}`, { cause: err })
        }
        agent.log(`efs: mount failed, will retry: ${last}`)
        // A mount that timed out may still have gone through.
        return (await isMountPoint(agent.runner, mnt)) ? true : undefined
      }
    })
  } catch (err) {
    if (err instanceof TimeoutError && last)
      throw new Error(`${err.message}; last error: ${last}`, { cause: err })
    throw err
  }
  return args[1] === 'efs' ? 'with amazon-efs-utils (tls,iam)' : 'over NFS 4.1'
}

/**
 * "access denied by server" is EFS's file system policy refusing the client: say what it
 * requires (the template's policy allows only TLS and IAM mounts by the instance role).
 */
function refusedWhy(last: string, args: string[]): string {
  if (!/access denied by server/i.test(last)) return ''
  return args[1] === 'efs'
    ? ' (its file system policy refused this instance role: allow it ClientMount, ClientWrite and ClientRootAccess)'
    : ' (its file system policy requires TLS and IAM: this image has no amazon-efs-utils, so it mounted plain NFS)'
}

async function writeSentinel(mnt: string, content: string): Promise<void> {
  const file = `${mnt}/${SENTINEL}`
  try {
    const handle = await open(file, 'w')
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch (err) {
    throw new Error(`EFS is not writable: ${file}: ${errorText(err)}`, { cause: err })
  }
}

/** `mount --bind from to`, unless `to` is a mount point already. True when it bound. */
async function bind(agent: Agent, from: string, to: string): Promise<boolean> {
  await mkdir(to, { recursive: true })
  if (await isMountPoint(agent.runner, to)) return false
  await must(agent.runner, 'mount', ['--bind', from, to])
  return true
}

interface CopyOptions {
  /** Source paths not to copy (nor descend into). */
  skip: Set<string>
  /** Also copy owners (only root may). */
  asRoot: boolean
  /** Make the top folder only (a mount point with the defaults' mode and owner). */
  dirOnly?: boolean
}

/**
 * Copies what is in `from` but not in `to`; never touches what `to` has. Files go through a
 * temporary name so a crash leaves no half file. Returns the files added, relative to `to`.
 */
export async function copyMissing(from: string, to: string, opts: CopyOptions): Promise<string[]> {
  const added: string[] = []
  await mkdir(dirname(to), { recursive: true })
  const walk = async (src: string, dst: string, rel: string): Promise<void> => {
    if (opts.skip.has(src) || (opts.dirOnly && rel)) return
    const st = await lstat(src)
    const there = await lstatOrUndefined(dst)
    if (st.isDirectory()) {
      if (!there) {
        await mkdir(dst)
        await chmod(dst, st.mode & 0o7777)
        if (opts.asRoot) await chown(dst, st.uid, st.gid)
      }
      if (there && !there.isDirectory()) return
      for (const name of (await readdir(src)).sort()) {
        await walk(`${src}/${name}`, `${dst}/${name}`, rel ? `${rel}/${name}` : name)
      }
      return
    }
    if (there || opts.dirOnly) return
    if (st.isSymbolicLink()) {
      await symlink(await readlink(src), dst)
      if (opts.asRoot) await lchown(dst, st.uid, st.gid)
    } else if (st.isFile()) {
      const tmp = `${dst}.opscenter-ha-tmp`
      await copyFile(src, tmp)
      await chmod(tmp, st.mode & 0o7777)
      if (opts.asRoot) await chown(tmp, st.uid, st.gid)
      await rename(tmp, dst)
    } else {
      return // sockets, fifos, devices: nothing a package ships as a default
    }
    added.push(rel)
  }
  await walk(from, to, '')
  return added
}

export async function lstatOrUndefined(p: string) {
  try {
    return await lstat(p)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

export async function exists(p: string): Promise<boolean> {
  return (await lstatOrUndefined(p)) !== undefined
}

async function mustExist(p: string, why: string): Promise<void> {
  try {
    await access(p)
  } catch {
    throw new Error(`${p} is missing: ${why}`)
  }
}
