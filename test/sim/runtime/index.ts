// The simulator's instance runtime: what happens on a simulated EC2 instance between
// RunInstances and termination. For each launched instance it lays out a root folder as
// the AMI has it, plays cloud-init, serves IMDSv2, and runs the real boot agent bundle
// (`boot`, then `watch`) as child processes whose OS commands reach this process through
// shims. It also serves the fake `packer` the action runs.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, realpathSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import {
  AGENT_ENV,
  BOOT_CONFIG_PATH,
  HEALTH,
  TAGS,
  compareVersions
} from '../../../src/shared/contract.js'
import type { InstanceRuntime, Sim, SimInstance } from '../types.js'
import { playCloudInit } from './cloudinit.js'
import { startControl, writeShims, type Control } from './control.js'
import { Host, type CommandResult } from './host.js'
import { startImds, type Imds, type ImdsView } from './imds.js'
import { writeImage } from './image.js'
import { DEPLOY_ACCESS_KEY } from '../iam/index.js'
import { FakePacker } from './packer.js'
import { startRouter, type Router } from './router.js'
import { restartPolicy } from './systemd.js'
import { authorizeMount } from './efsauth.js'
import { awsCli } from './awscli.js'
import { Timeline } from './timeline.js'

export { Timeline } from './timeline.js'
export { WRITES_LOG } from './opscenter.js'

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const OS_COMMANDS = [
  'mount',
  'umount',
  'mountpoint',
  'systemctl',
  'ip',
  'sync',
  'networkctl',
  'aws'
]

export interface RuntimeOptions {
  log?: (line: string) => void
  /** The boot agent bundle (default dist/boot/index.js of this repo). */
  bootBundle?: string
  /**
   * The agent's timings, written over the launch template's config.json so a boot fits
   * the time scale. Default: poll 0.1 s, timeout 8 s.
   */
  agent?: {
    pollIntervalSeconds?: number
    timeoutSeconds?: number
    /** The watchdog's settings (default: HEALTH scaled, with floors for a busy machine). */
    health?: Partial<HealthSettings>
  }
  /** Modelled `packer build` duration in real-AWS ms (scaled by the sim). Default 6 min. */
  bakeMs?: number
  /** Keep the temporary folders after stop() (for debugging). */
  keep?: boolean
}

export interface HealthSettings {
  healthIntervalSeconds: number
  unhealthyAfterSeconds: number
  probeTimeoutSeconds: number
  heartbeatSeconds: number
}

/** A command failure injected into the instances' OS (a boot agent step failing). */
export interface CommandFault {
  cmd: string
  /** Only when the joined arguments match. */
  match?: RegExp
  /** Only on this instance; default any. */
  instanceId?: string
  /** Only on instances of images of this OpsCenter version. */
  version?: string
  /** How many times; default forever. */
  count?: number
  code?: number
  stderr?: string
}

/** One simulated machine. */
export interface Machine {
  instanceId: string
  root: string
  version?: string
  host: Host
  imds?: Imds
  /** The OS is up and the agent may run: from boot until terminated. */
  up: boolean
  gone: boolean
  targetLifecycleState: string
  procs: Set<ChildProcess>
  /** Its OS froze (the impaired fault): its processes are stopped, nothing answers. */
  frozen?: boolean
  /** Exit codes of the agent's commands, by command. */
  exits: Record<string, number | null>
  /** Agent output, one entry a line, prefixed by the command. */
  output: string[]
}

export class SimRuntime implements InstanceRuntime {
  readonly timeline = new Timeline()
  readonly machines = new Map<string, Machine>()
  readonly brokenVersions = new Set<string>()
  /**
   * Versions whose first start migrates OpsCenter's state so that an older version refuses
   * to start on it (SCHEMA_FILE in opscenter.ts). Default none: no release is known to.
   */
  readonly migratingVersions = new Set<string>()
  /** Versions a scenario made fail some other way (a damaged restore point of their state). */
  readonly faultedVersions = new Set<string>()
  /** S3 objects by `<bucket>/<key>`, as the instances' `aws s3 cp` reads them. */
  readonly s3Objects = new Map<string, Buffer>()
  /** Images of these versions lack amazon-efs-utils: the agent mounts plain NFS. */
  readonly withoutEfsUtils = new Set<string>()
  readonly commandFaults: CommandFault[] = []
  /** Fault: `systemctl stop opscenterd` takes this long (real ms), OpsCenter running meanwhile. */
  opscenterStopDelayMs = 0
  sim?: Sim
  packer?: FakePacker
  private readonly pending: Promise<unknown>[] = []

  private constructor(
    readonly workDir: string,
    readonly efsDir: string,
    readonly shimDir: string,
    /** Holds only `packer`: put it first on the action's PATH. */
    readonly packerDir: string,
    readonly control: Control,
    /** Holds the one port every image's opscenterd.conf names, for all instances. */
    readonly router: Router,
    /** Holds the one HTTPS port (ssl_port) every image's opscenterd.conf names. */
    readonly tlsRouter: Router,
    private readonly o: RuntimeOptions
  ) {}

  /** The port every image's opscenterd.conf names (each instance answers on "its own"). */
  get opscenterPort(): number {
    return this.router.port
  }

  /** The HTTPS port (ssl_port) every image's opscenterd.conf names. */
  get opscenterTlsPort(): number {
    return this.tlsRouter.port
  }

  /** Which live instance runs the process `pid` (an agent command). */
  pidOwner(pid: number): string | undefined {
    for (const m of this.machines.values()) {
      if (m.gone) continue
      for (const p of m.procs) if (p.pid === pid) return m.instanceId
    }
    return undefined
  }

  static async create(o: RuntimeOptions = {}): Promise<SimRuntime> {
    // The fake packer's SDK client runs in this process: no Node-version warning in its log.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'
    const workDir = realpathSync(mkdtempSync(join(tmpdir(), 'opscenter-ha-sim-')))
    const efsDir = join(workDir, 'efs')
    await mkdir(efsDir, { recursive: true })
    const shimDir = await writeShims(join(workDir, 'bin'), OS_COMMANDS)
    const packerDir = await writeShims(join(workDir, 'packer-bin'), ['packer'])
    const ref: { rt?: SimRuntime } = {}
    const control = await startControl((req) =>
      ref.rt!.exec(req.cmd, req.args, req.cwd, req.instanceId)
    )
    const byInstance = (id: string) => {
      const m = ref.rt!.machines.get(id)
      return m && !m.gone ? m.host.opscenter : undefined
    }
    const owner = (pid: number) => ref.rt!.pidOwner(pid)
    const router = await startRouter(await freePort(), byInstance, owner)
    const tlsRouter = await startRouter(await freePort(), byInstance, owner, { tls: true })
    ref.rt = new SimRuntime(workDir, efsDir, shimDir, packerDir, control, router, tlsRouter, o)
    return ref.rt
  }

  /** Connects the runtime to the simulator it was passed to (call right after startSim). */
  attach(sim: Sim): void {
    this.sim = sim
    this.packer = new FakePacker({
      endpoint: sim.endpoint,
      region: sim.region,
      bakeMs: sim.time.scale(this.o.bakeMs ?? 6 * 60_000),
      timeScale: sim.time.timeScale,
      log: (l) => this.log(l),
      // Packer runs with the runner's credentials: the deploy role's.
      authorize: (requests) => sim.iam.iam.authorize(DEPLOY_ACCESS_KEY, requests)
    })
    sim.events.on('eni', (e) => {
      this.timeline.add(
        `eni ${e.eni.networkInterfaceId} ${e.status} (device ${e.deviceIndex})`,
        e.instanceId
      )
      const m = this.machines.get(e.instanceId)
      if (!m || m.gone) return
      const link = join(m.root, `sys/class/net/eth${e.deviceIndex}`)
      // The kernel shows the interface once attached, and drops it once detached.
      const ifname = `eth${e.deviceIndex}`
      if (e.status === 'attached') {
        this.track(
          mkdir(link, { recursive: true }).then(() =>
            writeFile(join(link, 'address'), e.eni.macAddress + '\n')
          )
        )
        // amazon-ec2-net-utils reads the new interface's IMDS data (it appears late), then
        // networkd applies its address, route table and policy rule.
        const subnet = sim.vpc.subnets.find((s) => s.subnetId === e.eni.subnetId)
        if (subnet)
          sim.time.after(sim.time.ms('imdsInterfaceLag'), () => {
            if (!m.gone)
              m.host.ip.configureLink(ifname, e.eni.privateIp, subnet.cidr, e.deviceIndex)
          })
      } else if (e.status === 'detached') {
        m.host.ip.forget(ifname)
        this.track(rm(link, { recursive: true, force: true }))
      }
    })
    sim.events.on('instance-state', (e) => {
      this.timeline.add(
        `instance ${e.from ?? '-'} -> ${e.to} (${e.instance.az})`,
        e.instance.instanceId
      )
      // EC2 says terminated: the machine is off, whatever its shutdown was still doing.
      const m = this.machines.get(e.instance.instanceId)
      if (e.to === 'terminated' && m && !m.gone) this.track(this.halt(m, 'SIGKILL'))
    })
    sim.events.on('lifecycle', (e) =>
      this.timeline.add(`lifecycle ${e.from ?? '-'} -> ${e.to}`, e.instanceId)
    )
    sim.events.on('record', (e) =>
      this.timeline.add(
        `record ${e.action} ${e.record.name} ${e.record.values.join(',')} (${e.changeId})`
      )
    )
    sim.events.on('stack', (e) =>
      this.timeline.add(`stack ${e.stackName} ${e.status}${e.reason ? `: ${e.reason}` : ''}`)
    )
  }

  // --- InstanceRuntime ----------------------------------------------------------------

  launched(instance: SimInstance): void {
    this.track(this.boot(instance))
  }

  terminating(instance: SimInstance): void {
    const m = this.machines.get(instance.instanceId)
    if (m) m.targetLifecycleState = 'Terminated'
    this.timeline.add('target-lifecycle-state Terminated (terminate hook)', instance.instanceId)
  }

  /** The stack's one file system is this folder (every machine mounts it). */
  fileSystemDir(): string {
    return this.efsDir
  }

  /** The OS froze: every process of the machine is stopped (SIGSTOP), opscenterd answers nothing. */
  frozen(instance: SimInstance): void {
    const m = this.machines.get(instance.instanceId)
    if (!m || m.gone) return
    m.frozen = true
    for (const p of m.procs) p.kill('SIGSTOP')
    if (m.host.opscenter) m.host.opscenter.hung = true
    this.timeline.add('machine frozen (impaired)', m.instanceId)
  }

  async terminated(instance: SimInstance, how: 'shutdown' | 'killed' = 'shutdown'): Promise<void> {
    const m = this.machines.get(instance.instanceId)
    if (!m || m.gone) return
    this.timeline.add(`machine ${how === 'killed' ? 'killed' : 'shutting down'}`, m.instanceId)
    // A frozen OS runs no ExecStop: EC2 powers it off.
    if (how === 'shutdown' && m.up && m.exits.boot === 0 && !m.frozen) {
      // systemd stops the boot unit at shutdown: its ExecStop runs the agent's `stop`.
      m.up = false
      await this.agent(m, 'stop').catch(() => undefined)
    }
    if (!m.gone) await this.halt(m, how === 'killed' ? 'SIGKILL' : 'SIGTERM')
  }

  // --- machines -----------------------------------------------------------------------

  private async boot(instance: SimInstance): Promise<void> {
    const sim = this.sim
    if (!sim) throw new Error('SimRuntime.attach(sim) was not called before the first launch')
    const id = instance.instanceId
    const image = sim.ec2.getImage(instance.imageId)
    const version = image?.tags[TAGS.opscenterVersion]
    const root = join(this.workDir, 'instances', id)
    const host = new Host({
      instanceId: id,
      root,
      version,
      efsDir: this.efsDir,
      timeline: this.timeline,
      opscenterStartMs: () => sim.time.ms('opscenterStart'),
      restart: restartPolicy(this.bundle, sim.time.timeScale),
      stopTimeoutMs: sim.time.scale(90_000),
      authorizeMount: (device, type, options) => authorizeMount(sim, id, device, type, options),
      isBroken: (v) => this.brokenVersions.has(v),
      awsCli: (args) =>
        awsCli(
          sim,
          this.s3Objects,
          id,
          (p) => (p.startsWith(root + '/') ? p : join(root, p)),
          args
        ),
      schemaOf: (v) => [...this.migratingVersions].filter((m) => compareVersions(m, v) <= 0).length,
      // The modelled stop, or the slow-stop fault when it is longer.
      stopDelayMs: () => Math.max(this.opscenterStopDelayMs, sim.time.ms('opscenterdStop')),
      fault: (cmd, args) => this.fault(id, cmd, args),
      log: (l) => this.log(`[${id}] ${l}`)
    })
    const m: Machine = {
      instanceId: id,
      root,
      version,
      host,
      up: false,
      gone: false,
      targetLifecycleState: 'InService',
      procs: new Set(),
      exits: {},
      output: []
    }
    // Known at once, so a termination that comes before the boot finds the machine.
    this.machines.set(id, m)
    this.timeline.add(`launched from ${instance.imageId} (OpsCenter ${version ?? 'none'})`, id)
    if (version !== undefined)
      await writeImage(root, version, this.opscenterPort, this.opscenterTlsPort)
    if (version !== undefined && this.withoutEfsUtils.has(version))
      await rm(join(root, 'sbin/mount.efs'), { force: true })
    else await mkdir(join(root, 'proc'), { recursive: true })
    if (m.gone) return
    m.imds = await startImds(() => this.view(m))
    if (m.gone) return void (await m.imds.close())
    const eth0 = join(root, 'sys/class/net/eth0')
    await mkdir(eth0, { recursive: true })
    await writeFile(join(eth0, 'address'), instance.macAddress + '\n')
    // DHCP gives every instance the VPC's resolver; here it listens on loopback with a port.
    await mkdir(join(root, 'etc'), { recursive: true })
    await writeFile(join(root, 'etc/resolv.conf'), `nameserver ${sim.vpcResolver.address}\n`)
    // The OS boots once EC2 has the instance running.
    while (!m.gone && sim.ec2.getInstance(id)?.state === 'pending') await sleep(10)
    if (m.gone || sim.ec2.getInstance(id)?.state !== 'running') return
    await sim.time.sleep(sim.time.ms('osBoot'))
    if (m.gone) return
    m.up = true
    this.timeline.add('os booted: cloud-init', id)
    try {
      await playCloudInit(instance.userData, root, (path, content) =>
        path === BOOT_CONFIG_PATH ? this.tuneConfig(content) : content
      )
    } catch (err) {
      this.log(`[${id}] cloud-init: ${(err as Error).message}`)
      this.timeline.add(`cloud-init failed: ${(err as Error).message}`, id)
      return
    }
    if (version === undefined) {
      this.log(`[${id}] image ${instance.imageId} has no OpsCenter: the agent is not installed`)
      return
    }
    if (m.gone) return
    // opscenter-ha-watch.service starts beside the boot unit (not ordered after it), and
    // restarts on failure after 5 s; the boot unit is a oneshot.
    this.track(this.watch(m))
    await this.agent(m, 'boot')
  }

  private async watch(m: Machine): Promise<void> {
    while (m.up && !m.gone) {
      const code = await this.agent(m, 'watch')
      if (code === 0 || !m.up || m.gone) return
      await this.sim!.time.sleep(this.sim!.time.scale(5000))
    }
  }

  private tuneConfig(content: Buffer): Buffer {
    const config = JSON.parse(content.toString('utf8')) as Record<string, unknown>
    config.pollIntervalSeconds = this.o.agent?.pollIntervalSeconds ?? 0.1
    config.timeoutSeconds = this.o.agent?.timeoutSeconds ?? 8
    Object.assign(config, this.healthSettings())
    return Buffer.from(JSON.stringify(config, null, 2) + '\n')
  }

  /** Runs one agent command to its end; resolves with its exit code. */
  private agent(m: Machine, command: string): Promise<number | null> {
    const sim = this.sim!
    const bundle = this.bundle
    const env: Record<string, string> = {
      PATH: `${this.shimDir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: process.env.HOME ?? tmpdir(),
      TMPDIR: tmpdir(),
      ...sim.env,
      AWS_ENDPOINT_URL: sim.endpoint,
      AWS_REGION: sim.region,
      AWS_EC2_METADATA_SERVICE_ENDPOINT: m.imds!.endpoint,
      AWS_EC2_METADATA_V1_DISABLED: 'true',
      [AGENT_ENV.root]: m.root,
      SIM_CONTROL: this.control.url,
      SIM_INSTANCE_ID: m.instanceId,
      // The AMI runs a current Node; this machine's older one would add an SDK warning.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
    }
    // sim.env switches IMDS off for SDKs on the test machine; on an instance it is on, and
    // the agent's credentials are its instance profile's, from IMDS, as on EC2.
    delete env.AWS_EC2_METADATA_DISABLED
    delete env.AWS_ACCESS_KEY_ID
    delete env.AWS_SECRET_ACCESS_KEY
    const child = spawn(process.execPath, [bundle, command], {
      cwd: m.root,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    m.procs.add(child)
    this.timeline.add(`agent ${command} started (pid ${child.pid})`, m.instanceId)
    const lines = (stream: NodeJS.ReadableStream) =>
      createInterface({ input: stream }).on('line', (line) => {
        m.output.push(`${command}: ${line}`)
        this.log(`[${m.instanceId}] ${command}: ${line}`)
      })
    lines(child.stdout!)
    lines(child.stderr!)
    return new Promise((resolve) => {
      child.on('error', (err) => {
        this.log(`[${m.instanceId}] ${command}: cannot start: ${err.message}`)
      })
      child.on('close', (code, signal) => {
        m.procs.delete(child)
        m.exits[command] = code
        this.timeline.add(`agent ${command} exited ${code ?? signal}`, m.instanceId)
        resolve(code)
      })
    })
  }

  private get bundle(): string {
    return this.o.bootBundle ?? join(REPO_ROOT, 'dist/boot/index.js')
  }

  /**
   * HEALTH at the time scale, but with floors: agent processes share two real cores, and a
   * probe that is merely slow under load must not read as a hang. At 0.01 the floors rule
   * (modelled detection is then slower than on AWS); the bench runs at a scale where they
   * do not, so its figures are HEALTH's.
   */
  healthSettings(): HealthSettings {
    const scale = this.sim!.time.timeScale
    const at = (s: number, floor: number) => Math.max(floor, Math.round(s * scale * 1000) / 1000)
    return {
      healthIntervalSeconds: at(HEALTH.intervalSeconds, 0.1),
      unhealthyAfterSeconds: at(HEALTH.unhealthyAfterSeconds, 2),
      probeTimeoutSeconds: at(HEALTH.probeTimeoutSeconds, 0.5),
      heartbeatSeconds: at(HEALTH.heartbeatSeconds, 0.01),
      ...this.o.agent?.health
    }
  }

  // --- faults on a running machine ----------------------------------------------------

  private machine(id: string): Machine {
    const m = this.machines.get(id)
    if (!m || m.gone) throw new Error(`no running machine ${id}`)
    return m
  }

  /** opscenterd exits with an error; `forGood`: every restart crashes too. */
  crashOpsCenter(id: string, opts: { forGood?: boolean } = {}): void {
    const ops = this.machine(id).host.opscenter!
    ops.crashesForGood = opts.forGood ?? false
    this.timeline.add(`fault: opscenterd crashes${opts.forGood ? ' for good' : ''}`, id)
    ops.crash()
  }

  /** opscenterd keeps its port open and stops answering. */
  hangOpsCenter(id: string): void {
    this.machine(id).host.opscenter!.hung = true
    this.timeline.add('fault: opscenterd hangs', id)
  }

  /** The machine's EFS mount stops answering (a hard NFS mount: calls block). */
  hangEfs(id: string): void {
    this.machine(id).host.efsHung = true
    this.timeline.add('fault: EFS mount hangs', id)
  }

  /** systemd-networkd reconfigures and drops the policy rules it did not create. */
  dropPolicyRules(id: string): number {
    const n = this.machine(id).host.ip.dropRules()
    this.timeline.add(`fault: ${n} policy rule(s) dropped`, id)
    return n
  }

  /** Stops the machine: its processes, opscenterd, its mounts and its metadata service. */
  private async halt(m: Machine, signal: NodeJS.Signals): Promise<void> {
    m.up = false
    m.gone = true
    m.host.releaseHangs()
    for (const p of m.procs) p.kill(signal)
    if (signal !== 'SIGKILL') {
      await Promise.race([
        Promise.all([...m.procs].map((p) => new Promise((r) => p.once('close', r)))),
        sleep(1000)
      ])
      for (const p of m.procs) p.kill('SIGKILL')
    }
    await m.host.opscenter?.stop()
    await m.host.dropAll()
    await rm(join(m.root, 'sys/class/net'), { recursive: true, force: true })
    await m.imds?.close()
    this.timeline.add('machine down', m.instanceId)
  }

  private view(m: Machine): ImdsView {
    const sim = this.sim!
    const i = sim.ec2.getInstance(m.instanceId)!
    const subnet = (id: string) => sim.vpc.subnets.find((s) => s.subnetId === id)
    const eth0 = {
      mac: i.macAddress,
      deviceNumber: 0,
      interfaceId: `eni-0${i.instanceId.slice(2).padEnd(16, '0').slice(0, 16)}`,
      privateIp: i.privateIp,
      subnetId: i.subnetId,
      vpcId: sim.vpc.vpcId,
      subnetCidr: subnet(i.subnetId)?.cidr ?? ''
    }
    // A new attachment shows in IMDS only after imdsInterfaceLag (see time.ts).
    const lag = sim.time.ms('imdsInterfaceLag')
    const attached = sim.ec2
      .networkInterfacesOf(m.instanceId)
      .filter((n) => n.attachment?.status === 'attached')
      .filter((n) => sim.time.now() - n.attachment!.attachTime >= lag)
      .map((n) => ({
        mac: n.macAddress,
        deviceNumber: n.attachment!.deviceIndex,
        interfaceId: n.networkInterfaceId,
        privateIp: n.privateIp,
        subnetId: n.subnetId,
        vpcId: n.vpcId,
        subnetCidr: subnet(n.subnetId)?.cidr ?? ''
      }))
    return {
      instanceId: i.instanceId,
      imageId: i.imageId,
      az: i.az,
      region: sim.region,
      accountId: sim.accountId,
      instanceType: 'm5.large',
      privateIp: i.privateIp,
      mac: i.macAddress,
      interfaces: [eth0, ...attached],
      targetLifecycleState: i.groupName ? m.targetLifecycleState : undefined,
      credentials: sim.iam.instanceCredentials(i.instanceId)
    }
  }

  // --- commands from the shims ----------------------------------------------------------

  private async exec(
    cmd: string,
    args: string[],
    cwd: string,
    instanceId?: string
  ): Promise<CommandResult> {
    if (cmd === 'packer') {
      if (!this.packer) return { code: 1, stdout: '', stderr: 'packer: simulator not attached\n' }
      return this.packer.run(args, cwd)
    }
    const m = instanceId ? this.machines.get(instanceId) : undefined
    if (!m)
      return { code: 127, stdout: '', stderr: `${cmd}: no simulated instance ${instanceId}\n` }
    if (m.gone) return { code: 137, stdout: '', stderr: `${cmd}: the machine is down\n` }
    return m.host.exec(cmd, args)
  }

  private fault(instanceId: string, cmd: string, args: string[]): CommandResult | undefined {
    const f = this.commandFaults.find(
      (x) =>
        x.cmd === cmd &&
        (x.instanceId === undefined || x.instanceId === instanceId) &&
        (x.version === undefined || x.version === this.machines.get(instanceId)?.version) &&
        (x.match === undefined || x.match.test(args.join(' '))) &&
        (x.count === undefined || x.count > 0)
    )
    if (!f) return undefined
    if (f.count !== undefined) f.count--
    return { code: f.code ?? 32, stdout: '', stderr: f.stderr ?? `${cmd}: simulated failure\n` }
  }

  // --- helpers --------------------------------------------------------------------------

  /** Machines that exist and have not been halted. */
  live(): Machine[] {
    return [...this.machines.values()].filter((m) => !m.gone)
  }

  private log(line: string): void {
    this.o.log?.(line)
  }

  private track(p: Promise<unknown>): void {
    const tracked = p.catch((err: Error) => this.log(`runtime: ${err.stack ?? err.message}`))
    this.pending.push(tracked)
  }

  /** Halts every machine, closes the servers, removes the temporary folders. */
  async stop(): Promise<void> {
    for (const m of this.machines.values()) if (!m.gone) await this.halt(m, 'SIGKILL')
    await Promise.race([Promise.all(this.pending), sleep(2000)])
    await this.control.close()
    await this.router.close()
    await this.tlsRouter.close()
    // A process killed a moment ago may still be writing its last file: retry, as Node
    // does for ENOTEMPTY/EBUSY when asked.
    if (!this.o.keep)
      await rm(this.workDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
  }
}

/** A plain timer that does not keep the process alive (it bounds waits at stop()). */
function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms).unref())
}

/** A port nobody listens on right now (for opscenterd.conf). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}
