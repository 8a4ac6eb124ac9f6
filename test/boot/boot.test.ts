// The whole `boot` command through run(): the order of events, and that every failure
// tags `failed` with a reason and abandons the launch (or marks a running instance Unhealthy).
import { rmSync } from 'node:fs'
import { run } from '../../src/boot/main.js'
import { reasonFor } from '../../src/boot/steps/report.js'
import { AMI_DEFAULTS_DIR, TAGS } from '../../src/shared/contract.js'
import { FakeClock } from '../fixtures/clock.js'
import {
  addLink,
  CONFIG,
  ENI,
  ENI_IP,
  ENI_MAC,
  FakeImds,
  FakeOs,
  identityImds,
  makeRoot,
  ME,
  PEER,
  resolvConf,
  serveOpsCenter,
  startDns,
  writeFile
} from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
let server: Awaited<ReturnType<typeof serveOpsCenter>>
let port: number
let tlsPort: number
let status = 200
let dns: Awaited<ReturnType<typeof startDns>>

beforeAll(async () => {
  dns = await startDns(() => [ENI_IP])
  server = await serveOpsCenter(
    () => root,
    () => status
  )
  port = server.port
  tlsPort = server.tlsPort
})
afterAll(async () => {
  await dns.close()
  await server.close()
})

beforeEach(() => {
  status = 200
  root = makeRoot()
  world = new World(root)
  writeFile(root, 'etc/opscenter-ha/config.json', JSON.stringify(CONFIG))
  writeFile(
    root,
    `${AMI_DEFAULTS_DIR}/etc/opscenter/opscenterd.conf`,
    `[webserver]\nport = ${port}\ninterface = 127.0.0.1\nssl_port = ${tlsPort}\n`
  )
  writeFile(root, `${AMI_DEFAULTS_DIR}/var/lib/opscenter/ssl/.keep`, '')
  resolvConf(root, dns.address)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function boot(opts: { os?: FakeOs; imds?: FakeImds; timeoutSeconds?: number } = {}) {
  if (opts.timeoutSeconds) {
    writeFile(
      root,
      'etc/opscenter-ha/config.json',
      JSON.stringify({ ...CONFIG, timeoutSeconds: opts.timeoutSeconds })
    )
  }
  const logs: string[] = []
  const os = opts.os ?? new FakeOs()
  os.bindAsSymlink = true
  const code = await run(['boot'], {
    env: { OPSCENTER_HA_ROOT: root },
    clock: new FakeClock(),
    log: (l) => logs.push(l),
    runner: os,
    imds: opts.imds ?? identityImds()
  })
  return { code, logs, os }
}

const phases = () =>
  world.calls.filter((c) => c.startsWith(`CreateTags ${ME} phase=`)).map((c) => c.split(' ')[2])

test('a first boot claims, routes, points DNS, mounts, starts, reports healthy, completes CONTINUE', async () => {
  const { code, logs, os } = await boot()
  expect(code).toBe(0)
  expect(phases()).toEqual([
    'phase=identity',
    'phase=prepare',
    'phase=eni',
    'phase=network',
    'phase=dns',
    'phase=efs',
    'phase=state',
    'phase=service',
    'phase=resolve',
    'phase=healthy'
  ])
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch CONTINUE')
  expect(world.tagsOf(ME)[TAGS.reason]).toBe(`eni-0000000000000000e ${ENI_IP} on ens6`)
  // the order of events on the instance: network before mount before start
  const order = ['ip rule add', 'mount -t nfs4', 'mount --bind', 'systemctl start opscenterd']
  const at = order.map((p) => os.calls.findIndex((c) => c.startsWith(p)))
  expect(at.every((i, n) => i >= 0 && (n === 0 || i > at[n - 1]))).toBe(true)
  // one line per step, each with its duration
  for (const step of ['identity', 'eni', 'network', 'dns', 'efs', 'state', 'service', 'resolve']) {
    expect(logs.filter((l) => l.startsWith(`${step}: `) && / \(\d+\.\ds\)$/.test(l))).toHaveLength(
      1
    )
  }
  expect(logs.at(-1)).toMatch(/^boot: healthy in \d+\.\ds$/)
})

test('a reboot: ENI ours, record right, EFS mounted: nothing is redone and no pending action is fine', async () => {
  await boot()
  world.calls.length = 0
  world.instances.get(ME)!.lifecycle = 'InService'
  addLink(root, 'ens6', ENI_MAC)
  const os = new FakeOs()
  for (const p of [
    'mnt/opscenter-efs',
    'etc/opscenter',
    'var/lib/opscenter',
    'var/lib/opscenter/failover'
  ]) {
    os.mounted.add(`${root}/${p}`)
  }
  os.addresses.set('ens6', [`${ENI_IP}/24`])
  os.routes.push(`10.0.1.0/24 dev ens6 src ${ENI_IP}`, 'default via 10.0.1.1 dev ens6')
  os.rules.push(`10001:\tfrom ${ENI_IP} lookup 10001`)
  const { code, logs } = await boot({ os })
  expect(code).toBe(0)
  expect(world.calls.filter((c) => /^(Attach|Detach|ChangeResource)/.test(c))).toEqual([])
  expect(os.calls.filter((c) => / add |^mount /.test(c))).toEqual([])
  expect(logs).toContain(
    'report: no pending opscenter-ha-launch action to complete (a reboot or a retry): fine'
  )
})

/** A clock whose every sleep may change the world (what other instances do meanwhile). */
class WorldClock extends FakeClock {
  constructor(private readonly onSleep: () => void) {
    super()
  }
  override async sleep(ms: number): Promise<void> {
    this.onSleep()
    return super.sleep(ms)
  }
}

test('a peer that serves: prepares, tags ready, completes CONTINUE, and claims only once the peer is terminating', async () => {
  const peer = world.peerHolds('InService')
  let sleepsWhileReady = 0
  const clock = new WorldClock(() => {
    if (world.tagsOf(ME)[TAGS.phase] === 'ready') sleepsWhileReady++
    else if (!sleepsWhileReady) return
    // The controller terminates the peer a few polls later; its agent lets the ENI go.
    if (sleepsWhileReady === 3) peer.lifecycle = 'Terminating:Wait'
    const eni = world.enis.get(ENI)!
    if (world.tagsOf(ME)[TAGS.phase] === 'eni' && eni.attachment?.instanceId === PEER)
      eni.attachment = undefined
  })
  const logs: string[] = []
  const os = new FakeOs()
  os.bindAsSymlink = true
  const code = await run(['boot'], {
    env: { OPSCENTER_HA_ROOT: root },
    clock,
    log: (l) => logs.push(l),
    runner: os,
    imds: identityImds()
  })
  expect(code).toBe(0)
  expect(phases()).toEqual([
    'phase=identity',
    'phase=prepare',
    'phase=ready',
    'phase=eni',
    'phase=network',
    'phase=dns',
    'phase=efs',
    'phase=state',
    'phase=service',
    'phase=resolve',
    'phase=healthy'
  ])
  // The launch hook was completed at ready (before anything was claimed), once.
  const ready = world.calls.indexOf(`CreateTags ${ME} phase=ready`)
  const hook = world.calls.indexOf('CompleteLifecycleAction opscenter-ha-launch CONTINUE')
  expect(world.calls.filter((c) => c.startsWith('CompleteLifecycleAction'))).toHaveLength(1)
  expect(hook).toBeGreaterThan(ready)
  expect(hook).toBeLessThan(world.calls.findIndex((c) => c.startsWith('AttachNetworkInterface')))
  // Nothing was mounted or started while the peer still served.
  expect(sleepsWhileReady).toBeGreaterThanOrEqual(3)
  expect(logs.join('\n')).toMatch(
    new RegExp(`standby: ${PEER} \\(${ENI}, running, lifecycle InService\\) goes first`)
  )
  expect(logs.join('\n')).toMatch(/as a ready successor: claiming/)
})

test('two successors and no holder: the younger waits ready, attaching nothing, until the older one is out of the way', async () => {
  const OLDER = 'i-0000000000000000c'
  world.instances.get(ME)!.launchedAt = 2000
  const older = {
    state: 'running',
    lifecycle: 'InService',
    group: 'ops-asg',
    launchedAt: 1000,
    tags: { [TAGS.phase]: 'ready' } as Record<string, string>
  }
  world.instances.set(OLDER, older)
  let polls = 0
  let attachedWhileOlderClaimed = false
  const clock = new WorldClock(() => {
    if (world.tagsOf(ME)[TAGS.phase] !== 'ready') return
    if (world.calls.some((c) => c.startsWith('AttachNetworkInterface')))
      attachedWhileOlderClaimed = true
    // The older one fails its claim (its agent reports failed): the younger may go.
    if (++polls === 4) older.tags[TAGS.phase] = 'failed'
  })
  const logs: string[] = []
  const os = new FakeOs()
  os.bindAsSymlink = true
  const code = await run(['boot'], {
    env: { OPSCENTER_HA_ROOT: root },
    clock,
    log: (l) => logs.push(l),
    runner: os,
    imds: identityImds()
  })
  expect(code).toBe(0)
  expect(attachedWhileOlderClaimed).toBe(false)
  expect(polls).toBeGreaterThanOrEqual(4)
  expect(logs.join('\n')).toMatch(
    new RegExp(`standby: ${OLDER} \\(phase ready, running, lifecycle InService\\) goes first`)
  )
  expect(phases()).toContain('phase=healthy')
})

test('a ready successor that Auto Scaling terminates before the handover ends its boot without claiming or failing', async () => {
  world.peerHolds('InService')
  const imds = identityImds()
  const clock = new WorldClock(() => {
    if (world.tagsOf(ME)[TAGS.phase] === 'ready')
      imds.values['autoscaling/target-lifecycle-state'] = 'Terminated'
  })
  const os = new FakeOs()
  const logs: string[] = []
  const code = await run(['boot'], {
    env: { OPSCENTER_HA_ROOT: root },
    clock,
    log: (l) => logs.push(l),
    runner: os,
    imds
  })
  expect(code).toBe(0)
  expect(phases()).toEqual(['phase=identity', 'phase=prepare', 'phase=ready'])
  expect(world.calls.some((c) => /^(Attach|Detach|ChangeResource|SetInstanceHealth)/.test(c))).toBe(
    false
  )
  expect(os.calls.filter((c) => /^mount |systemctl start/.test(c))).toEqual([])
  expect(logs.at(-1)).toMatch(/never claimed/)
})

test('an image without its OpsCenter package fails in prepare, before any ENI, EFS or opscenterd step', async () => {
  rmSync(`${root}${AMI_DEFAULTS_DIR}/etc/opscenter`, { recursive: true })
  const { code, os } = await boot()
  expect(code).toBe(1)
  expect(phases()).toEqual(['phase=identity', 'phase=prepare', 'phase=failed'])
  expect(world.tagsOf(ME)[TAGS.reason]).toMatch(
    /^prepare: the image has no .*opscenterd.conf: its OpsCenter package did not install/
  )
  expect(world.calls.some((c) => /^(Attach|Detach|ChangeResource)/.test(c))).toBe(false)
  expect(os.calls.filter((c) => /^mount |systemctl start/.test(c))).toEqual([])
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch ABANDON')
})

test.each([
  ['prepare', () => world.enis.clear(), /^prepare: no ENI tagged/],
  // The UPSERT went out in dns; INSYNC is waited for in resolve, after EFS and opscenterd.
  [
    'resolve',
    () => (world.pendingPolls = Infinity),
    /^resolve: timed out after 60s waiting for Route53 change C1/
  ],
  [
    'state',
    () => rmSync(`${root}${AMI_DEFAULTS_DIR}/var`, { recursive: true }),
    /^state: .* is missing/
  ],
  ['service', () => (status = 503), /^service: timed out after 60s .*last answer: HTTP 503/]
])(
  'a failure in %s tags failed with the step and cause, and abandons',
  async (step, breakIt, reason) => {
    breakIt()
    const { code } = await boot()
    expect(code).toBe(1)
    expect(phases().slice(-2)).toEqual([`phase=${step}`, 'phase=failed'])
    expect(world.tagsOf(ME)[TAGS.reason]).toMatch(reason)
    expect(world.tagsOf(ME)[TAGS.reason].length).toBeLessThanOrEqual(255)
    expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch ABANDON')
  }
)

test('a network failure tags failed at network and abandons', async () => {
  const imds = identityImds()
  delete imds.values[`network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block`]
  const { code } = await boot({ imds })
  expect(code).toBe(1)
  expect(phases().slice(-2)).toEqual(['phase=network', 'phase=failed'])
  expect(world.tagsOf(ME)[TAGS.reason]).toBe(
    `network: timed out after 60s waiting for IMDS to list network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block (ens6)`
  )
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch ABANDON')
})

test('a mount that keeps failing fails the boot at efs once timeoutSeconds ran out, and abandons', async () => {
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'mount' && args[0] === '-t'
      ? { code: 32, stdout: '', stderr: 'mount.nfs4: Connection timed out\n' }
      : undefined
  )
  const { code } = await boot({ os, timeoutSeconds: 10 })
  expect(code).toBe(1)
  expect(world.tagsOf(ME)[TAGS.reason]).toMatch(/^efs: timed out after 10s .*Connection timed out/)
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch ABANDON')
  expect(os.calls).not.toContain('systemctl start opscenterd')
})

test('a mount the file system policy refuses fails at once and says what the policy requires', async () => {
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'mount' && args[0] === '-t'
      ? { code: 32, stdout: '', stderr: 'mount.nfs4: access denied by server while mounting\n' }
      : undefined
  )
  const { code } = await boot({ os, timeoutSeconds: 10 })
  expect(code).toBe(1)
  expect(os.calls.filter((c) => c.startsWith('mount -t'))).toHaveLength(1)
  expect(world.tagsOf(ME)[TAGS.reason]).toMatch(
    /^efs: EFS fs-0123abcd refused the mount \(its file system policy requires TLS and IAM: this image has no amazon-efs-utils, so it mounted plain NFS\): mount\.nfs4: access denied by server/
  )
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-launch ABANDON')
  expect(os.calls).not.toContain('systemctl start opscenterd')
})

test('a failure after a reboot of an InService instance marks it Unhealthy instead', async () => {
  world.instances.get(ME)!.lifecycle = 'InService'
  world.instances.get(ME)!.pendingHook = undefined
  status = 500
  const { code } = await boot({ timeoutSeconds: 5 })
  expect(code).toBe(1)
  expect(world.calls.at(-1)).toBe(`SetInstanceHealth ${ME} Unhealthy`)
  expect(world.calls.some((c) => c.startsWith('CompleteLifecycleAction'))).toBe(false)
})

test('an IMDS failure is logged and fails at once (nothing to tag yet)', async () => {
  const { code, logs } = await boot({ imds: new FakeImds({}) })
  expect(code).toBe(1)
  expect(logs).toEqual([
    expect.stringMatching(/^identity: FAILED after 0\.0s: IMDS has no meta-data\/instance-id$/)
  ])
  expect(world.calls).toEqual([])
})

test('a reason longer than a tag allows is cut to 255 characters', () => {
  const reason = reasonFor('dns', new Error(`x${'y'.repeat(400)}`))
  expect(reason).toHaveLength(255)
  expect(reason).toMatch(/^dns: xyy.*\.\.\.$/)
  expect(reasonFor('eni', new Error('short\nand multi-line'))).toBe('eni: short and multi-line')
})

test('no launch action yet while still Pending: CONTINUE is retried until the action exists', async () => {
  const me = world.instances.get(ME)!
  me.lifecycle = 'Pending'
  me.pendingHook = undefined
  me.actionAppearsAfter = 3
  const { code, logs } = await boot()
  expect(code).toBe(0)
  expect(world.calls.filter((c) => c.startsWith('CompleteLifecycleAction'))).toHaveLength(3)
  expect(me.pendingHook).toBeUndefined()
  expect(logs).toContain('report: completed opscenter-ha-launch with CONTINUE')
})

test('a launch action that never appears fails the boot instead of counting as done', async () => {
  const me = world.instances.get(ME)!
  me.lifecycle = 'Pending'
  me.pendingHook = undefined
  const { code } = await boot({ timeoutSeconds: 60 })
  expect(code).toBe(1)
  expect(world.tagsOf(ME)[TAGS.reason]).toMatch(
    /^report: timed out after 60s waiting for the launch lifecycle action to complete/
  )
})

test('an instance Auto Scaling is terminating stops its boot before EFS: nothing mounted, no opscenterd', async () => {
  const imds = identityImds({ 'autoscaling/target-lifecycle-state': 'Terminated' })
  const { code, os } = await boot({ imds })
  expect(code).toBe(1)
  expect(phases().slice(-2)).toEqual(['phase=efs', 'phase=failed'])
  expect(world.tagsOf(ME)[TAGS.reason]).toMatch(/^efs: Auto Scaling is terminating this instance/)
  expect(os.calls.filter((c) => /^mount|systemctl start/.test(c))).toEqual([])
})
