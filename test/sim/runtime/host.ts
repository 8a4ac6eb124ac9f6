// One simulated machine's operating system, as far as the boot agent touches it: the mount
// table (mounts are symlinks inside the instance's root folder), systemd's view of
// opscenterd, `ip` and `sync`. The shims on the agent's PATH forward each command here.
import { existsSync, lstatSync, mkdirSync, readlinkSync, realpathSync } from 'node:fs'
import { rename, rm, symlink, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join, relative, isAbsolute } from 'node:path'
import { IpRoute } from './iproute.js'
import { FakeOpsCenter, type RestartPolicy, type ServiceState } from './opscenter.js'
import type { Timeline } from './timeline.js'

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

export interface Mount {
  device: string
  /** Absolute path inside the host's root folder. */
  target: string
  type: string
  options: string
  /** Real folder the target now shows. */
  source: string
  /** Where the target folder's own content waits until umount. */
  aside?: string
  /** Recorded only (a mount point inside EFS): see mount(). */
  virtual?: boolean
}

export interface HostOptions {
  instanceId: string
  root: string
  /** OpsCenter version of the image; undefined for an image without OpsCenter. */
  version?: string
  efsDir: string
  timeline: Timeline
  opscenterStartMs: () => number
  isBroken: (version: string) => boolean
  /** The AWS CLI (awscli.ts): `aws s3 cp`; undefined: not installed. */
  awsCli?: (args: string[]) => Promise<CommandResult>
  /** The state schema level of a version (see SCHEMA_FILE in opscenter.ts); default 0. */
  schemaOf?: (version: string) => number
  /** How long `systemctl stop opscenterd` takes (a slow shutdown fault); default 0. */
  stopDelayMs?: () => number
  /** The AMI's opscenterd drop-in (Restart=on-failure), scaled. */
  restart?: RestartPolicy
  /** systemd's TimeoutStopSec (90 s by default, systemd-system.conf(5)), scaled. */
  stopTimeoutMs?: number
  /** EFS's own say on an NFS mount (the file system policy): stderr of a refusal. */
  authorizeMount?: (device: string, type: string, options: string[]) => Promise<string | undefined>
  /** Consulted before each command: a fault may fail it (agent step failing). */
  fault: (cmd: string, args: string[]) => CommandResult | undefined
  log: (line: string) => void
}

const ok = (stdout = ''): CommandResult => ({ code: 0, stdout, stderr: '' })
const fail = (code: number, stderr: string): CommandResult => ({ code, stdout: '', stderr })

export class Host {
  readonly mounts: Mount[] = []
  readonly commands: string[] = []
  readonly opscenter?: FakeOpsCenter
  readonly ip = new IpRoute()
  /**
   * Fault: the NFS server stopped answering. With the `hard` option a call on EFS blocks
   * until it answers again ("hard ... retry NFS requests indefinitely", nfs(5)): a stat
   * there never returns, and opscenterd, blocked in a write, cannot be stopped.
   */
  efsHung = false
  private readonly hangs: (() => void)[] = []
  private asideCount = 0

  constructor(readonly o: HostOptions) {
    if (o.version !== undefined) {
      this.opscenter = new FakeOpsCenter({
        instanceId: o.instanceId,
        root: o.root,
        version: o.version,
        startDelayMs: o.opscenterStartMs(),
        broken: o.isBroken(o.version),
        schema: o.schemaOf?.(o.version),
        restart: o.restart,
        blocked: () => this.efsHung,
        log: (l) => o.log(l),
        onChange: (s) => o.timeline.add(`opscenterd ${s}`, o.instanceId)
      })
    }
  }

  get serviceState(): ServiceState {
    return this.opscenter?.state ?? 'inactive'
  }

  /** True while opscenterd is a running process (answering or not). */
  runsOpsCenter(): boolean {
    return ['active', 'activating', 'deactivating'].includes(this.serviceState)
  }

  /** True while any mount of this host shows EFS (the NFS mount or a bind from it). */
  holdsEfs(): boolean {
    return this.mounts.some((m) => inside(this.o.efsDir, m.source))
  }

  /** A path as the agent gave it, inside the root folder (it may or may not be prefixed). */
  path(p: string): string {
    const root = this.o.root
    if (p === root || p.startsWith(root + '/')) return p
    return join(root, isAbsolute(p) ? p : '/' + p)
  }

  async exec(cmd: string, args: string[]): Promise<CommandResult> {
    this.commands.push([cmd, ...args].join(' '))
    const injected = this.o.fault(cmd, args)
    if (injected) {
      this.o.timeline.add(
        `${cmd} ${args.join(' ')} -> fault exit ${injected.code}`,
        this.o.instanceId
      )
      return injected
    }
    switch (cmd) {
      case 'mount':
        return this.mount(args)
      case 'umount':
        return this.umount(args)
      case 'mountpoint':
        return this.mountpoint(args)
      case 'systemctl':
        return this.systemctl(args)
      case 'ip':
        this.o.timeline.add(`ip ${args.join(' ')}`, this.o.instanceId)
        return this.ip.exec(args)
      case 'networkctl':
        return this.networkctl(args)
      case 'aws':
        return this.o.awsCli ? this.o.awsCli(args) : fail(127, 'aws: command not found\n')
      case 'sync':
        // sync flushes every file system: it waits on a hung NFS server too.
        return this.efsHung && this.holdsEfs() ? this.hang() : ok()
      default:
        return fail(127, `${cmd}: command not found\n`)
    }
  }

  private async mount(args: string[]): Promise<CommandResult> {
    let type = ''
    const options: string[] = []
    const positional: string[] = []
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a === '-t') type = args[++i] ?? ''
      else if (a.startsWith('-t') && a.length > 2) type = a.slice(2)
      else if (a.startsWith('--types=')) type = a.slice(8)
      else if (a === '-o' || a === '--options') options.push(...(args[++i] ?? '').split(','))
      else if (a.startsWith('-o') && a.length > 2) options.push(...a.slice(2).split(','))
      else if (a.startsWith('--options=')) options.push(...a.slice(10).split(','))
      else if (a === '--bind' || a === '-B' || a === '--rbind' || a === '-R') options.push('bind')
      else if (a.startsWith('-')) continue
      else positional.push(a)
    }
    if (positional.length === 0) return ok(this.procMounts())
    if (positional.length !== 2) {
      return fail(
        1,
        `mount: the simulator needs both device and mount point (got ${args.join(' ')})\n`
      )
    }
    const [device, targetArg] = positional
    const target = this.path(targetArg)
    if (!existsSync(target) || !lstatSync(target).isDirectory()) {
      return fail(32, `mount: ${targetArg}: mount point does not exist.\n`)
    }
    if (this.mounts.some((m) => m.target === target)) {
      return fail(32, `mount: ${targetArg}: ${device} already mounted or mount point busy.\n`)
    }
    let source: string
    if (options.includes('bind')) {
      const src = this.path(device)
      if (!existsSync(src))
        return fail(32, `mount: ${targetArg}: special device ${device} does not exist.\n`)
      source = realpathSync(src)
      type = 'none'
    } else if (['nfs', 'nfs4', 'efs'].includes(type)) {
      // Any file system id lands on the one EFS folder of the simulation; the path after
      // the colon selects a folder in it, as an NFS export path does.
      const sub = device.includes(':') ? device.slice(device.indexOf(':') + 1) : '/'
      source = join(this.o.efsDir, sub)
      if (!existsSync(source)) {
        return fail(
          32,
          `mount.nfs4: mounting ${device} failed, reason given by server: No such file or directory\n`
        )
      }
      source = realpathSync(source)
      const refused = await this.o.authorizeMount?.(device, type, options)
      if (refused) {
        this.o.timeline.add(`mount ${device} refused by the file system policy`, this.o.instanceId)
        return fail(32, refused)
      }
    } else {
      return fail(
        32,
        `mount: unknown filesystem type '${type}' (the simulator knows nfs4, efs and --bind)\n`
      )
    }
    const mount: Mount = { device, target, type, options: options.join(','), source }
    if (inside(this.o.efsDir, realpathSync(target))) {
      // A mount point inside a folder shown from EFS: a symlink there would change the
      // shared folder for every instance, whereas a real mount stays in this machine's
      // namespace. Record it without touching the files.
      mount.virtual = true
    } else {
      mount.aside = join(this.o.root, '.sim/covered', String(++this.asideCount))
      await mkdir(dirname(mount.aside), { recursive: true })
      await rename(target, mount.aside)
      await symlink(source, target)
    }
    this.mounts.push(mount)
    await this.writeProcMounts()
    this.o.timeline.add(
      `mount ${device} on ${this.show(target)} (${this.describe(source)})`,
      this.o.instanceId
    )
    return ok()
  }

  private async umount(args: string[]): Promise<CommandResult> {
    const lazy = args.some((a) => a === '-l' || a === '--lazy' || /^-[a-zA-Z]*l/.test(a))
    const positional = args.filter((a) => !a.startsWith('-'))
    if (positional.length === 0) return fail(1, 'umount: bad usage\n')
    for (const p of positional) {
      const path = this.path(p)
      const index = lastIndex(this.mounts, (m) => m.target === path || m.device === p)
      if (index < 0) return fail(32, `umount: ${p}: not mounted.\n`)
      const m = this.mounts[index]
      // Busy: a mount below it, a bind of a folder it shows, or opscenterd holding files on
      // EFS (the agent must stop it first).
      const busy =
        !lazy &&
        (this.mounts.some(
          (o) =>
            o !== m &&
            ((o.target !== m.target && inside(m.target, o.target)) ||
              (m.type !== 'none' && inside(m.source, o.source)))
        ) ||
          (this.runsOpsCenter() && inside(this.o.efsDir, m.source)))
      if (busy) {
        this.o.timeline.add(
          `umount ${this.show(m.target)} refused: target is busy`,
          this.o.instanceId
        )
        return fail(32, `umount: ${p}: target is busy.\n`)
      }
      await this.drop(m)
      this.o.timeline.add(`umount ${this.show(m.target)}`, this.o.instanceId)
    }
    return ok()
  }

  /** Removes a mount, restoring the folder it covered. */
  private async drop(m: Mount): Promise<void> {
    this.mounts.splice(this.mounts.indexOf(m), 1)
    if (m.virtual) return this.writeProcMounts()
    await rm(m.target, { force: true })
    if (m.aside) await rename(m.aside, m.target)
    await this.writeProcMounts()
  }

  /** The machine went down: the kernel forgets every mount. */
  async dropAll(): Promise<void> {
    for (const m of [...this.mounts].reverse()) await this.drop(m)
  }

  /** `networkctl reconfigure <link>`: networkd applies the link's configuration again. */
  private networkctl(args: string[]): CommandResult {
    this.o.timeline.add(`networkctl ${args.join(' ')}`, this.o.instanceId)
    const [verb, dev] = args.filter((a) => !a.startsWith('-'))
    if (verb !== 'reconfigure') return ok()
    return this.ip.reconfigure(dev)
      ? ok()
      : fail(1, `Failed to reconfigure ${dev}: No such device or not managed by networkd\n`)
  }

  /** Until the machine goes (releaseHangs): a call blocked on a hung NFS mount. */
  private hang(): Promise<CommandResult> {
    return new Promise((resolve) => this.hangs.push(() => resolve(fail(137, 'killed\n'))))
  }

  /** The machine is off: whatever was blocked ends with it. */
  releaseHangs(): void {
    for (const release of this.hangs.splice(0)) release()
  }

  private shows(p: string): boolean {
    return this.mounts.some((m) => m.target === p && inside(this.o.efsDir, m.source))
  }

  private async mountpoint(args: string[]): Promise<CommandResult> {
    const quiet = args.includes('-q') || args.includes('--quiet')
    const p = args.filter((a) => !a.startsWith('-'))[0]
    if (p === undefined) return fail(1, 'mountpoint: bad usage\n')
    if (this.efsHung && this.shows(this.path(p))) return this.hang()
    const isMount = this.isMountPoint(this.path(p))
    if (isMount) return ok(quiet ? '' : `${p} is a mountpoint\n`)
    return { code: 32, stdout: quiet ? '' : `${p} is not a mountpoint\n`, stderr: '' }
  }

  isMountPoint(path: string): boolean {
    return this.mounts.some((m) => m.target === path)
  }

  private async systemctl(args: string[]): Promise<CommandResult> {
    const words = args.filter((a) => !a.startsWith('-'))
    const quiet = args.includes('-q') || args.includes('--quiet')
    const [verb, ...units] = words
    const isOps = (u: string) => u === 'opscenterd' || u === 'opscenterd.service'
    if (!units.some(isOps)) {
      // Other units (daemon-reload, the agent's own units, ...) succeed without effect.
      this.o.timeline.add(`systemctl ${args.join(' ')}`, this.o.instanceId)
      return verb === 'is-active'
        ? { code: 3, stdout: quiet ? '' : 'inactive\n', stderr: '' }
        : ok()
    }
    const ops = this.opscenter
    if (!ops)
      return fail(5, `Failed to ${verb} opscenterd.service: Unit opscenterd.service not found.\n`)
    switch (verb) {
      case 'cat':
        return ok(
          `# /usr/lib/systemd/system/opscenterd.service\n[Service]\nExecStart=/usr/share/opscenter/bin/opscenter\n`
        )
      case 'start':
      case 'restart':
        if (verb === 'restart') await ops.stop()
        // The AMI's drop-in: ConditionPathIsMountPoint=/var/lib/opscenter.
        if (!this.isMountPoint(this.path('/var/lib/opscenter'))) {
          this.o.timeline.add(
            'systemctl start opscenterd: condition failed (/var/lib/opscenter is not a mount point)',
            this.o.instanceId
          )
          return ok()
        }
        this.o.timeline.add(`systemctl ${verb} opscenterd`, this.o.instanceId)
        ops.start()
        return ok()
      case 'stop': {
        this.o.timeline.add('systemctl stop opscenterd', this.o.instanceId)
        if (this.efsHung && this.runsOpsCenter()) {
          // Blocked in the kernel on EFS: SIGTERM, then SIGKILL, do not end it.
          await new Promise((r) => setTimeout(r, this.o.stopTimeoutMs ?? 0))
          return fail(1, 'Job for opscenterd.service failed because a timeout was exceeded.\n')
        }
        // systemctl stop returns once the service is down; a slow one keeps running meanwhile.
        const delay = ops.state === 'inactive' ? 0 : (this.o.stopDelayMs?.() ?? 0)
        ops.beginStop()
        if (delay > 0) {
          this.o.log(`opscenterd: stopping slowly (${delay} ms, a fault)`)
          await new Promise((r) => setTimeout(r, delay))
        }
        await ops.stop()
        return ok()
      }
      case 'is-active':
      case 'status': {
        const s = ops.state
        return { code: s === 'active' ? 0 : 3, stdout: quiet ? '' : `${s}\n`, stderr: '' }
      }
      case 'is-failed':
        return {
          code: ops.state === 'failed' ? 0 : 1,
          stdout: quiet ? '' : `${ops.state}\n`,
          stderr: ''
        }
      default:
        return ok()
    }
  }

  private procMounts(): string {
    return this.mounts
      .map((m) => `${m.device} ${this.show(m.target)} ${m.type} ${m.options || 'rw'} 0 0\n`)
      .join('')
  }

  private async writeProcMounts(): Promise<void> {
    const path = join(this.o.root, 'proc/mounts')
    mkdirSync(dirname(path), { recursive: true })
    await writeFile(path, this.procMounts())
  }

  /** A root-folder path as the instance sees it (/var/lib/opscenter). */
  show(path: string): string {
    return '/' + relative(this.o.root, path)
  }

  private describe(source: string): string {
    return inside(this.o.efsDir, source)
      ? `efs:/${relative(this.o.efsDir, source)}`
      : this.show(source)
  }

  /** Where a symlinked mount point currently leads (for tests). */
  linkOf(path: string): string | undefined {
    try {
      return readlinkSync(this.path(path))
    } catch {
      return undefined
    }
  }
}

/** True when path is dir or below it. */
export function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

function lastIndex<T>(list: T[], pred: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (pred(list[i])) return i
  return -1
}
