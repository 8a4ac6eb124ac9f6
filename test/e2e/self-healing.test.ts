// Self-healing at run time: what the watchdog on the instance does when OpsCenter stops
// serving while EC2 still says all is well, and what a person is told. Each failure kind
// ends with one healthy instance, the invariants held, EFS data intact, and the expected
// messages on the alert topic.
import { jest } from '@jest/globals'
import { TAGS } from '../../src/shared/contract.js'
import type { SimMessage } from '../sim/sns/model.js'
import type { World } from '../sim/scenarios.js'
import { NEXT_VERSION, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(120_000)

const ASG_NOTICE = /^Auto Scaling: (launch|termination) for group/

describe('self-healing and alerts (simulated AWS, real action and agent)', () => {
  let world: World
  let seen = 0
  /** Messages the topic received since the last call. */
  const fresh = (): SimMessage[] => {
    const all = world.sim.sns.messages
    const out = all.slice(seen)
    seen = all.length
    return out
  }
  const subjects = (ms: SimMessage[]) => ms.map((m) => m.subject)
  /** Waits (bounded) until the topic has received a message whose subject matches. */
  const waitMessage = async (re: RegExp, timeoutMs = 30_000): Promise<SimMessage> => {
    const until = Date.now() + timeoutMs
    for (;;) {
      const m = world.sim.sns.messages.slice(seen).find((x) => re.test(x.subject))
      if (m) return m
      if (Date.now() > until)
        throw new Error(`no message ${re} on the topic; got: ${subjects(fresh()).join(' | ')}`)
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  const replaced = async (before: string) =>
    world.waitHealthy((h) => h.instanceId !== before, 90_000)

  beforeAll(async () => {
    world = await startWorld('self-healing', {
      // Above what a planned deploy takes on a busy test machine, as the template asks.
      parameters: { NotServingAlarmMinutes: '30', AlertEmail: 'oncall@example.com' }
    })
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    await world.waitHealthy()
    // A new alarm leaves INSUFFICIENT_DATA at its first evaluations (its OK notices are the
    // stack's creation, not an event).
    const until = Date.now() + 30_000
    while (world.sim.cloudwatch.alarms().some((a) => a.state !== 'OK') && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50))
    expect(world.sim.cloudwatch.alarms().map((a) => a.state)).toEqual(['OK', 'OK', 'OK', 'OK'])
    fresh()
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  afterEach(() => expect(violations(world)).toBe(''))

  it('the stack subscribes the address and a planned deploy that goes well sends only the group notices', async () => {
    expect(world.sim.sns.subscriptions.map((s) => [s.protocol, s.endpoint])).toEqual([
      ['email', 'oncall@example.com']
    ])
    world.checker.checkpoint('before the planned deploy')
    world.setVersion(NEXT_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    await world.waitHealthy()
    const got = subjects(fresh())
    expect(got.length).toBeGreaterThan(0)
    expect(got.filter((s) => !ASG_NOTICE.test(s))).toEqual([])
  })

  it('opscenterd that crashes once is restarted by systemd: same instance, nobody paged', async () => {
    const before = await world.waitHealthy()
    world.rt.crashOpsCenter(before.instanceId!)
    // Serving again on the same instance, and still after the watchdog's threshold.
    await world.waitHealthy((h) => h.instanceId === before.instanceId)
    await new Promise((r) => setTimeout(r, 3_000))
    const after = await world.waitHealthy()
    expect(after.instanceId).toBe(before.instanceId)
    expect(subjects(fresh())).toEqual([])
  })

  it.each([
    [
      'opscenterd crashes for good',
      (w: World, id: string) => w.rt.crashOpsCenter(id, { forGood: true }),
      /opscenterd does not answer/
    ],
    [
      'opscenterd hangs (port open, no answer)',
      (w: World, id: string) => w.rt.hangOpsCenter(id),
      /opscenterd did not answer/
    ],
    ['the EFS mount hangs', (w: World, id: string) => w.rt.hangEfs(id), /EFS did not answer/]
  ])(
    '%s: the watchdog has it replaced, says why, and the topic hears of it',
    async (_kind, fault, why) => {
      const before = await world.waitHealthy()
      world.checker.checkpoint(`before: ${_kind}`)
      fault(world, before.instanceId!)
      const after = await replaced(before.instanceId!)
      expect(after.version).toBe(before.version)
      const old = world.sim.ec2.getInstance(before.instanceId!)
      expect(old?.tags[TAGS.reason]).toMatch(why)
      const alarm = await waitMessage(/^ALARM: ".*-opscenter-replaced-unhealthy"/)
      expect(JSON.parse(alarm.message).NewStateValue).toBe('ALARM')
      await waitMessage(/^Auto Scaling: termination for group/)
      // No plan needed afterwards: the group healed it on the same AMI.
      const run = await world.runAction()
      expectRun(world, run, { result: 'unchanged', ok: true })
      fresh()
    }
  )

  it('a policy rule dropped by networkd is put back within one watcher period, without a replacement', async () => {
    const before = await world.waitHealthy()
    const machine = world.rt.machines.get(before.instanceId!)!
    const t0 = Date.now()
    expect(world.rt.dropPolicyRules(before.instanceId!)).toBeGreaterThan(0)
    const routed = () =>
      machine.host.ip.exec(['-4', 'route', 'get', '192.0.2.1', 'from', before.ip!]).stdout
    const repaired = () => /policy routing for .* repaired/.test(machine.output.join('\n'))
    const until = Date.now() + 10_000
    while (!(repaired() && /dev eth1/.test(routed())) && Date.now() < until)
      await new Promise((r) => setTimeout(r, 50))
    expect(routed()).toMatch(/dev eth1/)
    expect(repaired()).toBe(true)
    // One watcher period is 0.2 s here; the bound leaves room for a loaded machine.
    expect(Date.now() - t0).toBeLessThan(2_000)
    const after = await world.waitHealthy()
    expect(after.instanceId).toBe(before.instanceId)
  })

  it('an instance that dies is replaced by the group and the topic gets its notices', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the death')
    fresh()
    world.sim.ec2.killInstance(before.instanceId!)
    await replaced(before.instanceId!)
    const notice = await waitMessage(/^Auto Scaling: termination for group/)
    expect(JSON.parse(notice.message).Cause).toMatch(/status checks failure/)
    await waitMessage(/^Auto Scaling: launch for group/)
  })

  it('a zone loss lands the replacement in another zone, and the topic gets its notices', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the zone loss')
    fresh()
    world.sim.faults.failZone(before.az!)
    try {
      const after = await replaced(before.instanceId!)
      expect(after.az).not.toBe(before.az)
      const notice = await waitMessage(/^Auto Scaling: termination for group/)
      expect(JSON.parse(notice.message).Cause).toMatch(/status checks failure/)
      await waitMessage(/^Auto Scaling: launch for group/)
    } finally {
      world.sim.faults.restoreZone(before.az!)
    }
  })
})
