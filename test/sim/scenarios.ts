// The end-to-end harness: a simulator with the instance runtime, a workspace holding a copy
// of the repository's packer/ and template, and the real action (`node dist/index.js`) run
// as GitHub runs it (INPUT_* variables, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a fake `packer`
// first on PATH). The e2e tests, `npm run demo` and `npm run bench` all drive it.
import { spawn, spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { OUTPUTS, PARAMS, PHASE, ROLES, TAGS } from '../../src/shared/contract.js'
import { DEPLOY_ACCESS_KEY, PLAN_ACCESS_KEY, type SimIamOptions } from './iam/index.js'
import { startSim, type Latency, type Sim } from './index.js'
import { REPO_ROOT, SimRuntime, type RuntimeOptions } from './runtime/index.js'
import { visit } from './runtime/browser.js'
import { InvariantChecker, simProbe } from './runtime/invariants.js'
import { ServiceTruth, checkRun, servingNow } from './runtime/truth.js'

export { REPO_ROOT } from './runtime/index.js'

export interface WorldOptions {
  stackName?: string
  /** Multiplies every modelled AWS latency. Default 0.01. */
  timeScale?: number
  latency?: Partial<Latency>
  /**
   * Floor under the scaled lifecycle hook time-outs, in ms (default 30 s): the agents' real
   * process starts and commands do not shrink with the time scale.
   */
  hookTimeoutMinMs?: number
  /** Every line of the simulation: AWS, agents (prefixed with the instance id), action. */
  log?: (line: string) => void
  agent?: RuntimeOptions['agent']
  /** Modelled packer build time in real-AWS ms. */
  bakeMs?: number
  /** Template to deploy instead of the repository's (the mutation check). */
  template?: string
  /** OpsCenter version in the var-file at the start. */
  version?: string
  /** More stack parameters (AlertEmail, NotServingAlarmMinutes, ...). */
  parameters?: Record<string, string>
  /** Action inputs every run gets (overridable per run). */
  inputs?: Record<string, string>
  /**
   * IAM of the simulated account (always enforced here): the docs' policies are filled in
   * for this world's stack; `policies` may change them (a statement removed, say).
   */
  iam?: Omit<SimIamOptions, 'stackName' | 'enforce'>
}

export interface RunOptions {
  command?: string
  inputs?: Record<string, string>
  /** Sends SIGTERM to the action once this returns true (polled every 20 ms). */
  cancelWhen?: () => boolean
  /** Sends SIGKILL instead (a runner that died: no handler runs). */
  killWhen?: () => boolean
  /** Give up (SIGKILL) after this long. Default 120 s. */
  timeoutMs?: number
  /** The commit being deployed (GITHUB_SHA). */
  sha?: string
}

export interface ActionRun {
  command: string
  /** Date.now() when it was spawned. */
  startedAt: number
  code: number | null
  signal: NodeJS.Signals | null
  cancelled: boolean
  /** stdout and stderr lines, in order, as the GitHub log shows them before rendering. */
  lines: string[]
  /** Messages of ::error:: lines (and core.setFailed). */
  errors: string[]
  outputs: Record<string, string>
  summary: string
  durationMs: number
  /** API requests to the simulator while the action ran (action and agents), by service. */
  requests: Record<string, number>
  bakes: number
}

export interface Health {
  ok: boolean
  problems: string[]
  instanceId?: string
  imageId?: string
  version?: string
  az?: string
  eniId?: string
  ip?: string
}

const INPUT = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

export class World {
  readonly runs: ActionRun[] = []
  /** The request counters of the runs under way (several may run at once). */
  private readonly counting = new Set<Record<string, number>>()
  private readonly actions = new Set<ReturnType<typeof spawn>>()
  private sha = 0
  private stopSampling = (): void => undefined

  private constructor(
    readonly sim: Sim,
    readonly rt: SimRuntime,
    readonly checker: InvariantChecker,
    /** Who served OpsCenter when: what every run's report is checked against. */
    readonly truth: ServiceTruth,
    readonly stackName: string,
    /** The workspace: what actions/checkout would have put on the runner. */
    readonly dir: string,
    private readonly o: WorldOptions
  ) {}

  static async start(o: WorldOptions = {}): Promise<World> {
    const stackName = o.stackName ?? 'opscenter-sim'
    const log = o.log ?? (() => undefined)
    const dir = mkdtempSync(join(tmpdir(), 'opscenter-ha-workspace-'))
    // A snapshot of the bundles: the action (`uses: ./` runs it from the workspace) and the
    // agent baked into the AMIs. A rebuild of dist/ during a run cannot pull them away.
    snapshotDist(join(dir, 'dist'))
    const rt = await SimRuntime.create({
      log,
      agent: o.agent,
      bakeMs: o.bakeMs,
      bootBundle: join(dir, 'dist/boot/index.js')
    })
    const sim = await startSim({
      timeScale: o.timeScale ?? 0.01,
      latency: o.latency,
      hookTimeoutMinMs: o.hookTimeoutMinMs ?? 30_000,
      runtime: rt,
      log,
      iam: { ...o.iam, stackName, enforce: true }
    })
    rt.attach(sim)
    rt.timeline.on((e) => log(`timeline: ${e.instanceId ? `[${e.instanceId}] ` : ''}${e.what}`))
    // Everything simulated runs on this process's event loop: say when it stalls.
    let tick = Date.now()
    const lag = setInterval(() => {
      const now = Date.now()
      if (now - tick > 1000) log(`simulator: event loop stalled ${now - tick - 250} ms`)
      tick = now
    }, 250)
    lag.unref()
    const checker = new InvariantChecker(simProbe(sim, rt, stackName), rt.timeline).start()
    const truth = new ServiceTruth(() => servingNow(sim, rt, stackName))
    rt.timeline.on(() => truth.sample())
    const sampling = setInterval(() => truth.sample(), 10)
    sampling.unref()
    cpSync(join(REPO_ROOT, 'packer'), join(dir, 'packer'), { recursive: true })
    mkdirSync(join(dir, 'cloudformation'))
    cpSync(
      o.template ?? join(REPO_ROOT, 'cloudformation/opscenter.yaml'),
      join(dir, 'cloudformation/opscenter.yaml')
    )
    const [a, b, c] = sim.vpc.subnets
    const parameters = [
      { ParameterKey: 'VpcId', ParameterValue: sim.vpc.vpcId },
      { ParameterKey: 'SubnetA', ParameterValue: a.subnetId },
      { ParameterKey: 'SubnetB', ParameterValue: b.subnetId },
      { ParameterKey: 'SubnetC', ParameterValue: c.subnetId },
      { ParameterKey: 'AllowedCidr', ParameterValue: '172.31.0.0/16' },
      { ParameterKey: 'HostedZoneId', ParameterValue: '' },
      { ParameterKey: 'RecordName', ParameterValue: 'opscenter.opscenter-ha.internal' },
      ...Object.entries(o.parameters ?? {}).map(([k, v]) => ({
        ParameterKey: k,
        ParameterValue: v
      }))
    ]
    writeFileSync(join(dir, 'cloudformation/parameters.json'), JSON.stringify(parameters, null, 2))
    mkdirSync(join(dir, 'runner-temp'))
    const world = new World(sim, rt, checker, truth, stackName, dir, o)
    world.stopSampling = () => clearInterval(sampling)
    if (o.version) world.setVersion(o.version)
    // The package is on S3 (the var-file's s3:// URL), so the build instance gets the
    // profile docs/package-hosting.md has the user create.
    world.setVar('build_instance_profile', 'opscenter-ha-packer-build')
    sim.events.on('request', (e) => {
      for (const counts of world.counting) counts[e.service] = (counts[e.service] ?? 0) + 1
    })
    return world
  }

  get varFile(): string {
    return join(this.dir, 'packer/opscenter.pkrvars.hcl')
  }

  /** Edits the var-file as a version-bump PR (or its revert) does. */
  setVersion(version: string): void {
    const text = readFileSync(this.varFile, 'utf8')
    if (!/^opscenter_version\s*=/m.test(text))
      throw new Error(`${this.varFile} has no opscenter_version`)
    // A version bump edits the package's location with it (docs/package-hosting.md).
    writeFileSync(
      this.varFile,
      text
        .replace(/^opscenter_version\s*=.*$/m, `opscenter_version = "${version}"`)
        .replace(/^(opscenter_package_url\s*=.*?)\b6\.8\.\d+\b/m, `$1${version}`)
    )
  }

  /** Sets (or adds) one assignment of the var-file. */
  setVar(name: string, value: string): void {
    const text = readFileSync(this.varFile, 'utf8')
    const line = `${name} = "${value}"`
    const re = new RegExp(`^${name}\\s*=.*$`, 'm')
    writeFileSync(
      this.varFile,
      re.test(text) ? text.replace(re, line) : `${text.trimEnd()}\n${line}\n`
    )
  }

  version(): string {
    return /^opscenter_version\s*=\s*"([^"]*)"/m.exec(readFileSync(this.varFile, 'utf8'))![1]
  }

  private log(line: string): void {
    this.o.log?.(line)
  }

  /** Runs `node dist/index.js` as a GitHub job step would. */
  async runAction(r: RunOptions = {}): Promise<ActionRun> {
    const command = r.command ?? 'deploy'
    const id = this.runs.length + 1
    const runDir = join(this.dir, 'runner-temp', `run-${id}`)
    mkdirSync(runDir, { recursive: true })
    const outputFile = join(runDir, 'output')
    const summaryFile = join(runDir, 'summary.md')
    const eventFile = join(runDir, 'event.json')
    writeFileSync(outputFile, '')
    writeFileSync(summaryFile, '')
    writeFileSync(eventFile, JSON.stringify({ ref: 'refs/heads/main' }))
    const inputs: Record<string, string> = {
      command,
      'stack-name': this.stackName,
      template: join(this.dir, 'cloudformation/opscenter.yaml'),
      parameters: join(this.dir, 'cloudformation/parameters.json'),
      'packer-dir': join(this.dir, 'packer'),
      'packer-var-file': this.varFile,
      'base-ami': this.sim.baseImageId,
      region: this.sim.region,
      'poll-interval-seconds': '0.1',
      'timeout-minutes': '1',
      'lock-timeout-minutes': '1',
      'auto-revert': 'true',
      'keep-amis': '5',
      'github-token': '',
      ...this.o.inputs,
      ...r.inputs
    }
    const env: Record<string, string> = {
      PATH: `${this.rt.packerDir}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: process.env.HOME ?? tmpdir(),
      TMPDIR: tmpdir(),
      ...this.sim.env,
      // The plan workflow runs with the plan role, every other command with the deploy role.
      AWS_ACCESS_KEY_ID: command === 'plan' ? PLAN_ACCESS_KEY : DEPLOY_ACCESS_KEY,
      SIM_CONTROL: this.rt.control.url,
      // GitHub runs node24; this machine's older Node would add an SDK warning to the log.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      GITHUB_WORKSPACE: this.dir,
      GITHUB_ACTION_PATH: this.dir,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_EVENT_PATH: eventFile,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: r.sha ?? (++this.sha).toString(16).padStart(40, 'a'),
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REPOSITORY: 'example/opscenter-ha',
      GITHUB_RUN_ID: String(1000 + id),
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'deploy',
      GITHUB_WORKFLOW: 'deploy',
      GITHUB_ACTOR: 'octocat',
      // Nothing may leave loopback: any GitHub API call fails here at once.
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SERVER_URL: 'http://127.0.0.1:9',
      RUNNER_TEMP: runDir,
      RUNNER_OS: 'Linux'
    }
    for (const [k, v] of Object.entries(inputs)) env[INPUT(k)] = v
    const requests: Record<string, number> = {}
    this.counting.add(requests)
    const bakesBefore = this.rt.packer!.bakes.length
    const started = Date.now()
    this.rt.timeline.add(`action ${command} started (run ${id})`)
    const child = spawn(process.execPath, [join(this.dir, 'dist/index.js')], {
      cwd: this.dir,
      env,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    this.actions.add(child)
    const lines: string[] = []
    const onLine = (line: string) => {
      lines.push(line)
      this.log(`[action] ${line}`)
    }
    createInterface({ input: child.stdout! }).on('line', onLine)
    createInterface({ input: child.stderr! }).on('line', onLine)
    let cancelled = false
    const poll = setInterval(() => {
      if (!cancelled && r.cancelWhen?.()) {
        cancelled = true
        this.rt.timeline.add(`action cancelled (SIGTERM)`)
        child.kill('SIGTERM')
      } else if (!cancelled && r.killWhen?.()) {
        cancelled = true
        this.rt.timeline.add(`action killed (SIGKILL)`)
        child.kill('SIGKILL')
      }
    }, 20)
    const killer = setTimeout(() => child.kill('SIGKILL'), r.timeoutMs ?? 120_000)
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s]))
    )
    clearInterval(poll)
    clearTimeout(killer)
    this.actions.delete(child)
    this.counting.delete(requests)
    const run: ActionRun = {
      command,
      startedAt: started,
      code,
      signal,
      cancelled,
      lines,
      errors: lines
        .filter((l) => l.startsWith('::error'))
        .map((l) => l.replace(/^::error[^:]*::/, '')),
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      durationMs: Date.now() - started,
      requests,
      bakes: this.rt.packer!.bakes.length - bakesBefore
    }
    this.runs.push(run)
    this.rt.timeline.add(
      `action ${command} exited ${code ?? signal} (result ${run.outputs.result ?? '-'})`
    )
    if (!cancelled) {
      await this.checkOutcome(run)
      this.checkTruth(run, Number(inputs['poll-interval-seconds']) * 1000)
    }
    return run
  }

  /**
   * Every run ends healthy on some version, or failed with an explanation: anything else is
   * an invariant violation.
   */
  private async checkOutcome(run: ActionRun): Promise<void> {
    // No run leaves a change set behind that nobody executed or deleted (they pile up).
    if (this.sim.cloudformation.getStack(this.stackName)) {
      const left = this.sim.cloudformation
        .changeSetsOf(this.stackName)
        .filter((c) => !/^EXECUTE_|OBSOLETE/.test(c.executionStatus))
      if (left.length)
        this.checker.fail(
          `the ${run.command} run left change set(s) behind: ${left.map((c) => `${c.name} (${c.status}/${c.executionStatus})`).join(', ')}`
        )
    }
    if (run.code === 0) {
      const h = await this.health()
      if (!h.ok && run.command !== 'plan') {
        this.checker.fail(
          `the ${run.command} run succeeded but AWS is not healthy: ${h.problems.join('; ')}`
        )
      }
    } else if (!run.errors.some((e) => e.trim().length > 0)) {
      this.checker.fail(
        `the ${run.command} run failed (exit ${run.code ?? run.signal}) without an ::error:: explanation`
      )
    }
  }

  /** What the run reported, held against what the simulator saw (runtime/truth.ts). */
  private checkTruth(run: ActionRun, pollMs: number): void {
    this.truth.sample()
    const endedAt = run.startedAt + run.durationMs
    // Runs at once take turns under the deploy lock: what happened while this one waited
    // for another (one that ended inside this run's time) is that one's to report.
    const startedAt = Math.max(
      run.startedAt,
      ...this.runs
        .filter((r) => r !== run)
        .map((r) => r.startedAt + r.durationMs)
        .filter((end) => end > run.startedAt && end < endedAt)
    )
    const problems = checkRun(
      {
        command: run.command,
        result: run.outputs.result,
        downtimeSeconds: run.outputs['downtime-seconds'],
        instanceId: run.outputs['instance-id'],
        amiId: run.outputs['ami-id'],
        text: run.errors.join('\n'),
        startedAt,
        endedAt
      },
      {
        truth: this.truth,
        pollMs,
        amiIsBad: (amiId) =>
          this.versionIsBroken(this.sim.ec2.getImage(amiId)?.tags[TAGS.opscenterVersion]),
        imageOf: (id) => this.sim.ec2.getInstance(id)?.imageId
      }
    )
    const id = this.runs.length
    const outages = this.truth
      .outages(startedAt, endedAt)
      .map((o) => (o.to === undefined ? 'ongoing' : `${o.to - o.from} ms`))
    this.log(
      `truth: run ${id} (${run.command}): outages [${outages.join(', ')}], downtime-seconds ${run.outputs['downtime-seconds'] || '-'}: ${problems.length ? problems.join(' | ') : 'as reported'}`
    )
    for (const p of problems) this.checker.fail(`run ${id} (${run.command}) reported untruly: ${p}`)
  }

  /** Did the scenario break images of this version (a fault of the AMI, not of AWS)? */
  private versionIsBroken(v: string | undefined): boolean {
    const rt = this.rt
    return (
      !!v &&
      (rt.brokenVersions.has(v) ||
        rt.withoutEfsUtils.has(v) ||
        rt.faultedVersions.has(v) ||
        rt.commandFaults.some((f) => f.version === v))
    )
  }

  /** The stack's outputs, or {} before it exists. */
  outputs(): Record<string, string> {
    return this.sim.cloudformation.getStack(this.stackName)?.outputs ?? {}
  }

  /** Is OpsCenter up, reachable through the record, on one instance, and which version? */
  /** Sets a stack parameter for the next runs (the world's parameters.json). */
  setParameter(key: string, value: string): void {
    const file = join(this.dir, 'cloudformation/parameters.json')
    const params = (JSON.parse(readFileSync(file, 'utf8')) as { ParameterKey: string }[]).filter(
      (p) => p.ParameterKey !== key
    )
    writeFileSync(
      file,
      JSON.stringify([...params, { ParameterKey: key, ParameterValue: value }], null, 2)
    )
  }

  /** The web ports every instance's OpsCenter answers on (as seen from another host). */
  get ports(): { http: number; https: number } {
    return { http: this.rt.opscenterPort, https: this.rt.opscenterTlsPort }
  }

  async health(): Promise<Health> {
    const problems: string[] = []
    const h: Health = { ok: false, problems }
    const stack = this.sim.cloudformation.getStack(this.stackName)
    if (!stack) return { ...h, problems: ['no stack'] }
    const groupName = stack.outputs[OUTPUTS.autoScalingGroup]
    const group = groupName ? this.sim.autoscaling.getGroup(groupName) : undefined
    if (!group) return { ...h, problems: [`no group (output ${OUTPUTS.autoScalingGroup})`] }
    const live = group.instances.filter((i) => !/Terminat/.test(i.lifecycleState))
    const inService = live.filter((i) => i.lifecycleState === 'InService')
    if (inService.length !== 1 || live.length !== 1) {
      problems.push(
        `group has ${live.map((i) => `${i.instanceId} ${i.lifecycleState}`).join(', ') || 'no instance'}`
      )
      if (inService.length === 0) return h
    }
    const id = inService[0].instanceId
    const inst = this.sim.ec2.getInstance(id)!
    h.instanceId = id
    h.imageId = inst.imageId
    h.az = inst.az
    h.version = this.sim.ec2.getImage(inst.imageId)?.tags[TAGS.opscenterVersion]
    if (inst.state !== 'running') problems.push(`${id} is ${inst.state}`)
    if (inst.tags[TAGS.phase] !== PHASE.healthy) {
      problems.push(
        `${id} phase is ${inst.tags[TAGS.phase]} ${inst.tags[TAGS.reason] ?? ''}`.trim()
      )
    }
    if (stack.parameters[PARAMS.amiId] !== inst.imageId) {
      problems.push(
        `${id} runs ${inst.imageId} but the stack's ${PARAMS.amiId} is ${stack.parameters[PARAMS.amiId]}`
      )
    }
    const enis = this.sim.ec2
      .networkInterfacesOf(id)
      .filter((n) => n.tags[TAGS.role] === ROLES.eni && n.tags[TAGS.stack] === this.stackName)
    const eni = enis.find((n) => n.attachment?.status === 'attached')
    if (!eni) problems.push(`no stack ENI attached to ${id}`)
    else {
      h.eniId = eni.networkInterfaceId
      h.ip = eni.privateIp
      if (eni.az !== inst.az)
        problems.push(`${id} (${inst.az}) holds ${eni.networkInterfaceId} of ${eni.az}`)
    }
    const zoneId = stack.outputs[OUTPUTS.hostedZoneId]
    const recordName = stack.outputs[OUTPUTS.recordName]
    const record = zoneId ? this.sim.route53.getRecord(zoneId, recordName, 'A') : undefined
    if (!record) problems.push(`no A record ${recordName}`)
    else if (eni && record.values.join(',') !== eni.privateIp) {
      problems.push(`record ${recordName} -> ${record.values.join(',')}, ENI ip ${eni.privateIp}`)
    }
    const machine = this.rt.machines.get(id)
    if (machine?.host.opscenter?.state !== 'active') {
      problems.push(`opscenterd on ${id} is ${machine?.host.opscenter?.state ?? 'absent'}`)
    } else {
      // As a browser in the VPC: HTTPS (a hung opscenterd holds the connection: bounded).
      const res = await visit(this.ports, id).catch(() => undefined)
      const body = res?.status === 200 ? (JSON.parse(res.body) as { instance: string }) : undefined
      if (body?.instance !== id) problems.push(`OpsCenter does not answer for ${id} over HTTPS`)
    }
    h.ok = problems.length === 0
    return h
  }

  /** Waits (bounded) until healthy and `pred` holds. */
  async waitHealthy(
    pred: (h: Health) => boolean = () => true,
    timeoutMs = 60_000
  ): Promise<Health> {
    const until = Date.now() + timeoutMs
    let last: Health | undefined
    while (Date.now() < until) {
      last = await this.health()
      if (last.ok && pred(last)) return last
      await new Promise((r) => setTimeout(r, 50))
    }
    throw new Error(
      `not healthy after ${timeoutMs} ms: ${last?.problems.join('; ')}\n${this.rt.timeline.format(60)}`
    )
  }

  /** Lines OpsCenter wrote to EFS so far. */
  efsWrites(): string[] {
    return simProbe(this.sim, this.rt, this.stackName).efsWrites()
  }

  /** Stops everything; returns the invariant report ('' when clean). */
  async stop(): Promise<string> {
    // A scenario that gave up mid-run must not leave the action running.
    for (const a of this.actions) a.kill('SIGKILL')
    this.checker.finish()
    this.stopSampling()
    await this.rt.stop()
    await this.sim.stop()
    if (existsSync(this.dir))
      rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 })
    return this.checker.report()
  }
}

/**
 * Copies dist/ (the action's bundle, its chunks, the agent's) to `to`. When the working tree's
 * copy is incomplete (someone is rebuilding it right now), takes the committed one instead.
 */
export function snapshotDist(to: string): void {
  const dist = join(REPO_ROOT, 'dist')
  const complete = (dir: string) => {
    for (const entry of ['index.js', 'boot/index.js'])
      if (!existsSync(join(dir, entry))) return false
    // ncc loads chunks as __nccwpck_require__.e(<id>) from <id>.index.js.
    const text = readFileSync(join(dir, 'index.js'), 'utf8')
    const ids = [...text.matchAll(/__nccwpck_require__\.e\((\d+)\)/g)].map((m) => m[1])
    return ids.every((id) => existsSync(join(dir, `${id}.index.js`)))
  }
  if (complete(dist)) {
    cpSync(dist, to, { recursive: true })
    if (complete(to)) return
    rmSync(to, { recursive: true, force: true })
  }
  mkdirSync(to, { recursive: true })
  const archive = spawnSync('git', ['archive', 'HEAD', 'dist'], {
    cwd: REPO_ROOT,
    maxBuffer: 1 << 28
  })
  if (archive.status !== 0)
    throw new Error(`dist/ is incomplete and git archive failed: ${archive.stderr}`)
  const untar = spawnSync('tar', ['-x', '--strip-components=1', '-C', to], {
    input: archive.stdout
  })
  if (untar.status !== 0 || !complete(to)) throw new Error(`cannot get a complete dist/ from HEAD`)
}

/** Parses a GITHUB_OUTPUT file (name<<delimiter blocks, or name=value lines). */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const value: string[] = []
      while (++i < lines.length && lines[i] !== heredoc[2]) value.push(lines[i])
      out[heredoc[1]] = value.join('\n')
      continue
    }
    const eq = lines[i].indexOf('=')
    if (eq > 0) out[lines[i].slice(0, eq)] = lines[i].slice(eq + 1)
  }
  return out
}

type Paint = (s: string) => string

/** Renders a step's raw output the way the GitHub log viewer shows it. */
export function renderLog(
  lines: string[],
  showGroups: boolean,
  style: { bold?: Paint; dim?: Paint; red?: Paint; yellow?: Paint; cyan?: Paint } = {}
): string[] {
  const id: Paint = (s) => s
  const { bold = id, dim = id, red = id, yellow = id, cyan = id } = style
  const shown: string[] = []
  let group: { title: string; lines: string[] } | undefined
  const push = (l: string) => (group ? group.lines.push(l) : shown.push(l))
  for (const line of lines) {
    const cmd = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!cmd) {
      push(`  ${line}`)
      continue
    }
    const [, name, , message] = cmd
    switch (name) {
      case 'group':
        group = { title: message, lines: [] }
        break
      case 'endgroup':
        if (group) {
          shown.push(
            `${showGroups ? '▾' : '▸'} ${bold(group.title)}${showGroups ? '' : dim(` (${group.lines.length} lines)`)}`
          )
          if (showGroups) shown.push(...group.lines.map((l) => `  ${l}`))
        }
        group = undefined
        break
      case 'error':
        push(red(`  Error: ${message}`))
        break
      case 'warning':
        push(yellow(`  Warning: ${message}`))
        break
      case 'notice':
        push(cyan(`  Notice: ${message}`))
        break
      default:
        // debug, add-mask, save-state...: not shown in the log.
        break
    }
  }
  if (group) shown.push(`▸ ${bold(group.title)}`, ...group.lines.map((l) => `  ${l}`))
  return shown
}
