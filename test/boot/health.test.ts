// The watchdog's probes and the watch loop that runs them: each probe is bounded (a hung
// NFS call or a hung opscenterd never blocks the watcher), a dropped policy rule is put
// back, and the loop marks the instance Unhealthy only once it serves and only through
// SetInstanceHealth without the grace period.
import { rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { probeEfs, probeEni, probeOpsCenter, probeRoute } from '../../src/boot/steps/health.js'
import { writeServing, type Serving } from '../../src/boot/steps/serving.js'
import { watch } from '../../src/boot/watch.js'
import { ManualClock } from '../fixtures/clock.js'
import {
  addLink,
  ENI,
  ENI_IP,
  ENI_MAC,
  FakeOs,
  identityImds,
  makeAgent,
  makeRoot,
  ME,
  writeFile
} from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const serving = (url = 'http://127.0.0.1:1/'): Serving => ({
  instanceId: ME,
  eniId: ENI,
  ip: ENI_IP,
  mac: ENI_MAC,
  ifname: 'eth1',
  deviceIndex: 1,
  url
})

/** A clock whose probe time-outs run out only when the test says. */
function manual() {
  const clock = new ManualClock()
  const t = makeAgent(root, { config: { probeTimeoutSeconds: 5 } })
  t.agent.clock = clock
  return { ...t, clock }
}

test('a hung EFS (the stat never returns) is reported after the probe time-out, not waited on', async () => {
  const { agent, os, clock } = manual()
  os.on((cmd) => (cmd === 'mountpoint' ? (new Promise(() => undefined) as never) : undefined))
  const probe = probeEfs(agent)
  await new Promise((r) => setImmediate(r))
  clock.advance(5_000)
  await expect(probe).resolves.toBe(
    'EFS did not answer on /mnt/opscenter-efs (a hung NFS mount) in 5.0s'
  )
})

test('EFS that is no longer mounted is a problem; mounted and answering is none', async () => {
  const { agent, os } = manual()
  await expect(probeEfs(agent)).resolves.toBe('EFS is no longer mounted on /mnt/opscenter-efs')
  os.mounted.add(`${root}/mnt/opscenter-efs`)
  await expect(probeEfs(agent)).resolves.toBeUndefined()
})

describe('opscenterd', () => {
  let server: Server
  let hang = false
  beforeAll(async () => {
    server = createServer((_req, res) => {
      if (hang) return // port open, no answer
      res.writeHead(200).end('ok')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
  })
  const url = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

  test('answering is healthy; refusing says so', async () => {
    const { agent } = manual()
    await expect(probeOpsCenter(agent, serving(url()))).resolves.toBeUndefined()
    const closed = createServer()
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
    const port = (closed.address() as AddressInfo).port
    await new Promise((r) => closed.close(r))
    await expect(probeOpsCenter(agent, serving(`http://127.0.0.1:${port}/`))).resolves.toBe(
      `opscenterd does not answer on http://127.0.0.1:${port}/ (ECONNREFUSED)`
    )
  })

  test('hung (port open, no answer) is reported after the time-out', async () => {
    hang = true
    const { agent, clock } = manual()
    const probe = probeOpsCenter(agent, serving(url()))
    await new Promise((r) => setTimeout(r, 50))
    clock.advance(5_000)
    await expect(probe).resolves.toMatch(/^opscenterd did not answer on .* in 5.0s$/)
    hang = false
  })
})

test('the ENI gone from the kernel is a problem', async () => {
  const { agent } = manual()
  await expect(probeEni(agent, serving())).resolves.toBe(
    `${ENI} (${ENI_MAC}) is no longer attached to this instance`
  )
  addLink(root, 'eth1', ENI_MAC)
  await expect(probeEni(agent, serving())).resolves.toBeUndefined()
})

test('a dropped policy rule is put back, and then the route is fine', async () => {
  const os = new FakeOs()
  let ruled = false
  os.on((cmd, args) => {
    if (cmd !== 'ip') return undefined
    if (args[0] === 'rule' && args[1] === 'add') ruled = true
    if (args.includes('get'))
      return {
        code: 0,
        stdout: `192.0.2.1 from ${ENI_IP} dev ${ruled ? 'eth1' : 'eth0'}\n`,
        stderr: ''
      }
    return undefined
  })
  const t = makeAgent(root, { os })
  await expect(probeRoute(t.agent, serving())).resolves.toBeUndefined()
  expect(os.calls).toContain(`ip rule add from ${ENI_IP}/32 lookup 10001 priority 10001`)
  expect(t.logs).toContain(`health: policy routing for ${ENI_IP} repaired`)
})

test('with amazon-ec2-net-utils, a dropped rule is put back by networkd (networkctl reconfigure)', async () => {
  writeFile(root, 'usr/lib/systemd/system/policy-routes@.service', '[Unit]\n')
  const os = new FakeOs()
  let reconfigured = false
  os.on((cmd, args) => {
    if (cmd === 'networkctl') reconfigured = true
    if (cmd === 'ip' && args.includes('get'))
      return { code: 0, stdout: `x dev ${reconfigured ? 'eth1' : 'eth0'}\n`, stderr: '' }
    return undefined
  })
  const t = makeAgent(root, { os })
  await expect(probeRoute(t.agent, serving())).resolves.toBeUndefined()
  expect(os.calls).toContain('networkctl reconfigure eth1')
  expect(os.calls.filter((c) => c.startsWith('ip rule add'))).toEqual([])
})

test('a route that stays wrong after the repair is a problem', async () => {
  const os = new FakeOs()
  os.on((cmd, args) =>
    cmd === 'ip' && args.includes('get')
      ? { code: 0, stdout: 'x dev eth0\n', stderr: '' }
      : undefined
  )
  const t = makeAgent(root, { os })
  await expect(probeRoute(t.agent, serving())).resolves.toBe(
    `traffic from ${ENI_IP} leaves by eth0, not eth1, and re-adding the rule did not help`
  )
})

describe('the watch loop', () => {
  function watching(states: string[]) {
    const imds = identityImds()
    imds.values['autoscaling/target-lifecycle-state'] = () => states.shift() ?? 'Terminated'
    world.attachTo(ME)
    const me = world.instances.get(ME)!
    me.lifecycle = 'InService'
    me.pendingHook = 'terminate'
    return makeAgent(root, {
      imds,
      config: { healthIntervalSeconds: 10, unhealthyAfterSeconds: 60, pollIntervalSeconds: 2 }
    })
  }

  test('while the boot has not reported healthy, nothing is probed and nobody is marked', async () => {
    const t = watching(Array(100).fill('InService'))
    await watch(t.agent)
    expect(world.calls.filter((c) => /SetInstanceHealth|PutMetricData/.test(c))).toEqual([])
    expect(t.os.calls.filter((c) => c.startsWith('ip -4 route get'))).toEqual([])
  })

  test('serving and failing past the threshold: tagged, counted, and replaced without the grace period', async () => {
    const t = watching(Array(100).fill('InService'))
    await writeServing(t.agent, serving('http://127.0.0.1:1/'))
    await watch(t.agent)
    const marks = world.calls.filter((c) =>
      /SetInstanceHealth|MarkedUnhealthy|phase=failed/.test(c)
    )
    expect(marks).toEqual([
      expect.stringMatching(
        /^CreateTags .* phase=failed .*reason=watchdog: unhealthy for 6\d\.\ds: opscenterd/
      ),
      'PutMetricData OpsCenterHA MarkedUnhealthy',
      `SetInstanceHealth ${ME} Unhealthy`
    ])
    expect(world.calls.filter((c) => c.includes('PutMetricData OpsCenterHA Healthy'))).toEqual([])
  })
})
