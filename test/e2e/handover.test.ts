// The prepared handover (replace-strategy: prepared, the default) end to end: a successor
// boots beside the serving instance, waits ready, and takes over once the old one lets go.
// Every scenario runs with the invariants on (one brain, no write lost).
import { jest } from '@jest/globals'
import { DNS_CHANGE_NONE, TAGS } from '../../src/shared/contract.js'
import type { AutoScaling } from '../sim/autoscaling/model.js'
import type { World } from '../sim/scenarios.js'
import {
  BROKEN_VERSION,
  INITIAL_VERSION,
  NEXT_VERSION,
  expectRun,
  startWorld,
  violations
} from './helpers.js'

jest.setTimeout(120_000)

/** Did opscenterd on `id` ever stop (or crash) after timeline entry `from`? */
function stoppedSince(world: World, id: string, from: number): boolean {
  return world.rt.timeline.entries
    .slice(from)
    .some((e) => e.instanceId === id && /^opscenterd (inactive|failed)/.test(e.what))
}

function groupOf(world: World) {
  const name = world.outputs().AutoScalingGroupName
  return world.sim.autoscaling.getGroup(name)!
}

/** The group is back as the stack declares it: one instance over every subnet. */
function expectOneOverAll(world: World): void {
  const g = groupOf(world)
  expect({ max: g.max, desired: g.desired, subnets: g.subnetIds.length }).toEqual({
    max: 1,
    desired: 1,
    subnets: 3
  })
}

describe('prepared handover (simulated AWS, real action and agent)', () => {
  let world: World

  beforeAll(async () => {
    world = await startWorld('handover')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  afterEach(() => expect(violations(world)).toBe(''))

  it('an upgrade hands over in the same zone: same ENI and IP, no record change, group back to one', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the prepared upgrade')
    world.setVersion(NEXT_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    const after = await world.health()
    expect(after).toMatchObject({ ok: true, version: NEXT_VERSION, az: before.az })
    expect(after.instanceId).not.toBe(before.instanceId)
    expect(after.eniId).toBe(before.eniId)
    expect(after.ip).toBe(before.ip)
    // The record already pointed at this IP: the successor's agent changed nothing.
    expect(world.sim.ec2.getInstance(after.instanceId!)!.tags[TAGS.dnsChange]).toBe(DNS_CHANGE_NONE)
    expect(run.lines.join('\n')).toMatch(/raised .* to 2 in .*the zone of/)
    expect(run.lines.join('\n')).toMatch(/is ready beside .*: handing over/)
    expectOneOverAll(world)
    expect(Number(run.outputs['downtime-seconds'])).toBeGreaterThan(0)
  })

  it('an AMI that fails in prepare costs no downtime: the old instance never stops, the group goes back to one', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the AMI that fails in prepare')
    const mark = world.rt.timeline.entries.length
    const broken = '6.8.97'
    world.rt.commandFaults.push({
      cmd: 'systemctl',
      match: /^cat opscenterd/,
      version: broken,
      code: 1,
      stderr: 'No files found for opscenterd.service.\n'
    })
    world.setVersion(broken)
    const run = await world.runAction()
    expectRun(world, run, { result: 'reverted', ok: false })
    expect(run.errors.join('\n')).toMatch(/failed in phase prepare: prepare: .*No files found/)
    expect(run.errors.join('\n')).toMatch(/kept serving throughout \(no downtime\)/)
    const after = await world.health()
    expect(after).toMatchObject({ ok: true, instanceId: before.instanceId })
    expect(stoppedSince(world, before.instanceId!, mark)).toBe(false)
    expect(run.outputs['downtime-seconds'] ?? '').toBe('')
    expectOneOverAll(world)
    // Back on the version git had before: the next run does nothing.
    world.setVersion(NEXT_VERSION)
    expectRun(world, await world.runAction(), { result: 'unchanged', ok: true })
  })

  it('a version that fails only after claiming (OpsCenter never answers) is reverted', async () => {
    world.checker.checkpoint('before the version that never answers')
    world.rt.brokenVersions.add(BROKEN_VERSION)
    world.setVersion(BROKEN_VERSION)
    const run = await world.runAction({ inputs: { 'timeout-minutes': '0.5' } })
    expectRun(world, run, { result: 'reverted', ok: false })
    expect(run.errors.join('\n')).toMatch(/in phase service/)
    // The handover had stopped the old instance: the revert's downtime is reported (the
    // truth check holds it to the outage the simulator measured).
    expect(Number(run.outputs['downtime-seconds'])).toBeGreaterThan(0)
    expect(run.summary).toMatch(/\| Downtime \| /)
    expect(await world.health()).toMatchObject({ ok: true, version: NEXT_VERSION })
    expectOneOverAll(world)
    world.setVersion(NEXT_VERSION)
  })

  it("no capacity in the old instance's zone: the window widens to every subnet, the successor claims another zone's ENI and moves the record", async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before a handover without capacity in its zone')
    world.sim.faults.noCapacity(before.az!)
    try {
      world.setVersion(INITIAL_VERSION)
      const run = await world.runAction()
      expectRun(world, run, { result: 'deployed', ok: true })
      expect(run.lines.join('\n')).toMatch(/no capacity in the old instance's zone .*widened/)
      const after = await world.health()
      expect(after).toMatchObject({ ok: true, version: INITIAL_VERSION })
      expect(after.az).not.toBe(before.az)
      expect(after.ip).not.toBe(before.ip)
      expectOneOverAll(world)
    } finally {
      world.sim.faults.restoreZone(before.az!)
    }
    world.setVersion(NEXT_VERSION)
    // Capacity is back: the failed launch of the last window is history, not a reason to widen.
    const next = await world.runAction()
    expectRun(world, next, { result: 'deployed', ok: true })
    expect(next.lines.join('\n')).not.toMatch(/widened/)
  })

  it('rollback hands over too', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the prepared rollback')
    const run = await world.runAction({ command: 'rollback' })
    expectRun(world, run, { result: 'deployed', ok: true })
    const after = await world.health()
    expect(after).toMatchObject({ ok: true, version: INITIAL_VERSION, az: before.az })
    expect(run.lines.join('\n')).toMatch(/handing over/)
    expectOneOverAll(world)
    world.setVersion(INITIAL_VERSION)
  })

  it('a run killed in the two-instance window is finished by the next: the ENI holder stays, the group goes back to one', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the killed handover')
    world.setVersion(NEXT_VERSION)
    const ready = () =>
      world.sim.ec2
        .instances()
        .some((i) => i.instanceId !== before.instanceId && i.tags[TAGS.phase] === 'ready')
    const killed = await world.runAction({ killWhen: ready })
    expect(killed.cancelled).toBe(true)
    expect(groupOf(world).max).toBe(2)
    // The old instance still serves; the successor waits ready beside it.
    expect((await world.health()).instanceId).toBe(before.instanceId)
    const run = await world.runAction()
    expect(run.lines.join('\n')).toMatch(/still in a handover window .*: finishing it/)
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(await world.health()).toMatchObject({ ok: true, version: NEXT_VERSION })
    expectOneOverAll(world)
    expectRun(world, await world.runAction(), { result: 'unchanged', ok: true })
  })

  it('an old instance that fails to release: the successor waits for EC2 and never takes the ENI from a running holder', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the old instance fails to release')
    // Its umount fails: the agent keeps the ENI (EFS may still be in use) and completes the
    // hook; only EC2's shutdown frees the ENI.
    world.rt.commandFaults.push({
      cmd: 'umount',
      instanceId: before.instanceId,
      code: 32,
      stderr: 'umount: target is busy.\n'
    })
    world.setVersion(INITIAL_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    const after = await world.health()
    expect(after).toMatchObject({ ok: true, version: INITIAL_VERSION, eniId: before.eniId })
    // The checker saw no moment with two holders of EFS (afterEach); the claim came only
    // once EC2 had the old instance stopped.
    const took = world.rt.timeline.entries.find(
      (e) => e.instanceId === after.instanceId && /no longer runs/.test(e.what)
    )
    expect(took ?? world.rt.machines.get(after.instanceId!)?.output.join('\n')).toBeTruthy()
    expectOneOverAll(world)
  })

  it('two successors racing for the free ENIs: exactly one claims, the other waits; the next run finishes the window', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before two successors race')
    const g = groupOf(world)
    // As a person (or a stopped run and the group healing) could leave it: room for three.
    const asg = world.sim.autoscaling as unknown as AutoScaling
    asg.updateGroup(g.name, { max: 3, desired: 3 })
    const phaseOf = (id: string) => world.sim.ec2.getInstance(id)?.tags[TAGS.phase]
    const successors = () =>
      g.instances.map((i) => i.instanceId).filter((id) => id !== before.instanceId)
    await until(
      () => successors().length === 2 && successors().every((id) => phaseOf(id) === 'ready')
    )
    asg.terminate(before.instanceId!, true, 'the test hands over')
    await until(() => successors().some((id) => phaseOf(id) === 'healthy'))
    // A while more: the other must not claim too.
    await new Promise((r) => setTimeout(r, 3000))
    const phases = successors().map(phaseOf).sort()
    expect(phases).toEqual(['healthy', 'ready'])
    const run = await world.runAction()
    expect(run.lines.join('\n')).toMatch(/still in a handover window/)
    expectRun(world, run, { result: 'unchanged', ok: true })
    expectOneOverAll(world)
  })

  it('an account that launches before terminating: the watchdog replacement waits ready beside the unhealthy instance, then claims', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before a launch-before-terminate replacement')
    const asg = world.sim.autoscaling as unknown as AutoScaling
    const g = groupOf(world) as ReturnType<typeof groupOf> & { maintenance?: unknown }
    // A group that sets no policy of its own, in an account whose default launches first.
    const pinned = g.maintenance
    g.maintenance = undefined
    asg.accountMaintenance = { minHealthyPercentage: 100, maxHealthyPercentage: 110 }
    try {
      world.rt.crashOpsCenter(before.instanceId!, { forGood: true })
      const after = await world.waitHealthy((h) => h.instanceId !== before.instanceId, 90_000)
      expect(after.ok).toBe(true)
      // It came up while the unhealthy one still ran: it waited ready instead of failing.
      const output = world.rt.machines.get(after.instanceId!)!.output.join('\n')
      expect(output).toMatch(new RegExp(`standby: ${before.instanceId} .* goes first`))
    } finally {
      asg.accountMaintenance = undefined
      g.maintenance = pinned
    }
    expectOneOverAll(world)
  })
})

/** Polls `ok` every 50 ms for up to 60 s. */
async function until(ok: () => boolean): Promise<void> {
  const end = Date.now() + 60_000
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out waiting in the test')
    await new Promise((r) => setTimeout(r, 50))
  }
}
