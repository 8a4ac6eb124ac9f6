// What a run says is what happened. Every scenario's runs are held against the simulator's
// truth (test/sim/runtime/truth.ts: who served when, which versions were broken) by the
// harness; these are the cases where the report used to lie: an old instance lost while
// its successor booted, a summary after a bake, a SIGTERM inside the handover window, an
// old instance whose EFS hangs while it stops, a dead member's terminate hook.
import { jest } from '@jest/globals'
import { PHASE, TAGS } from '../../src/shared/contract.js'
import type { World } from '../sim/scenarios.js'
import { INITIAL_VERSION, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(150_000)

/** Calls `act` once, as soon as `when` holds (polled every 10 ms); returns a stopper. */
function once(when: () => boolean, act: () => void): () => void {
  let done = false
  const timer = setInterval(() => {
    if (done || !when()) return
    done = true
    act()
  }, 10)
  return () => clearInterval(timer)
}

/** A successor of `old` in one of these phases. */
const successorIn = (world: World, old: string, phases: string[]) => () =>
  world.sim.ec2
    .instances()
    .some(
      (i) => i.instanceId !== old && i.state === 'running' && phases.includes(i.tags[TAGS.phase])
    )

const told = (world: World, id: string) => () =>
  world.rt.machines.get(id)?.targetLifecycleState === 'Terminated'

describe('what a run reports is what happened (simulated AWS, real action and agent)', () => {
  let world: World
  let version = 60

  beforeAll(async () => {
    world = await startWorld('truth')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  // The harness's truth checks after every run land here as violations.
  afterEach(() => expect(violations(world)).toBe(''))

  it('after a bake, "What changed" names the resources "Why" names', async () => {
    world.setVersion(`6.8.${version++}`)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(run.bakes).toBe(1)
    const changed = /updated stack [^:]+: (.*)/.exec(run.summary)?.[1]
    const why = /update-stack[^\n]*?(Modify [^\n|]*)/.exec(run.summary)?.[1]
    expect(changed).toBeDefined()
    expect(changed).not.toMatch(/outputs or metadata only/)
    expect(changed).toMatch(/Modify LaunchTemplate/)
    expect(why).toMatch(/Modify LaunchTemplate/)
  })

  it('a zone lost while the successor boots: the run follows the group into another zone and reports the outage', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the zone fails during the handover')
    world.setVersion(`6.8.${version++}`)
    const stop = once(successorIn(world, before.instanceId!, [PHASE.prepare, PHASE.ready]), () =>
      world.sim.faults.failZone(before.az!)
    )
    try {
      const run = await world.runAction()
      expectRun(world, run, { result: 'deployed', ok: true })
      const log = run.lines.join('\n')
      expect(log).toMatch(new RegExp(`${before.instanceId} went away before the handover`))
      expect(run.errors.join('\n')).not.toMatch(/no downtime/)
      expect(Number(run.outputs['downtime-seconds'])).toBeGreaterThan(0)
      const after = await world.health()
      expect(after).toMatchObject({ ok: true, instanceId: run.outputs['instance-id'] })
      expect(after.az).not.toBe(before.az)
    } finally {
      stop()
      world.sim.faults.restoreZone(before.az!)
    }
  })

  it('a SIGTERM inside the handover window says what the next run does, and the next run does it', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the SIGTERM in the window')
    world.setVersion(`6.8.${version++}`)
    const ready = successorIn(world, before.instanceId!, [PHASE.ready])
    const cancelled = await world.runAction({ cancelWhen: ready })
    expect(cancelled.cancelled).toBe(true)
    const said = cancelled.errors.join('\n')
    expect(said).toMatch(/The old instance still serves/)
    expect(said).toMatch(
      /keeps the instance that holds the ENI, the old one, terminates the successor/
    )
    expect(said).not.toMatch(/Auto Scaling boots the new one/)
    const successor = world.sim.ec2
      .instances()
      .find((i) => i.instanceId !== before.instanceId && i.tags[TAGS.phase] === PHASE.ready)!
    const next = await world.runAction()
    expectRun(world, next, { result: 'deployed', ok: true })
    const log = next.lines.join('\n')
    expect(log).toMatch(new RegExp(`terminated ${successor.instanceId} \\(not the one that serves`))
    expect(log).toMatch(/handing over/)
  })

  it('an old instance whose EFS hangs while it stops: the good AMI is not reverted, and the group comes up on it', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before EFS hangs on the old instance')
    const good = `6.8.${version++}`
    world.setVersion(good)
    // Past the agent's own check for a hung EFS: it hangs as opscenterd is being stopped.
    let hung = false
    const stop = world.rt.timeline.on((e) => {
      if (hung || e.instanceId !== before.instanceId || e.what !== 'systemctl stop opscenterd')
        return
      hung = true
      world.rt.hangEfs(before.instanceId!)
    })
    try {
      const run = await world.runAction()
      expectRun(world, run, { result: 'failed', ok: false })
      const said = run.errors.join('\n')
      expect(said).toMatch(new RegExp(`That is ${before.instanceId}'s failure, not ami-`))
      expect(said).toMatch(/Nothing was reverted/)
      // OpsCenter is down when the run ends: the downtime so far, said to be still going.
      expect(Number(run.outputs['downtime-seconds'])).toBeGreaterThan(0)
      expect(run.summary).toMatch(
        /\| Downtime \| (?:\d+m)?[\d.]+s so far: OpsCenter was not serving again/
      )
      const stack = world.sim.cloudformation.getStack(world.stackName)!
      expect(world.sim.ec2.getImage(stack.parameters.AmiId)?.tags[TAGS.opscenterVersion]).toBe(good)
    } finally {
      stop()
    }
    // EC2 ends the hung instance at its hook's time-out; the group then boots the new AMI.
    expect(await world.waitHealthy((h) => h.version === good, 120_000)).toMatchObject({ ok: true })
  })

  it('a member EC2 terminated in Terminating:Wait: the run completes its hook instead of leaving the group busy until it times out', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the old instance dies while stopping')
    world.setVersion(INITIAL_VERSION)
    const stop = once(told(world, before.instanceId!), () =>
      world.sim.ec2.killInstance(before.instanceId!)
    )
    try {
      const run = await world.runAction()
      expectRun(world, run, { result: 'deployed', ok: true })
      expect(run.lines.join('\n')).toMatch(
        new RegExp(
          `completed the terminate hook of ${before.instanceId}: EC2 already terminated it`
        )
      )
    } finally {
      stop()
    }
    // The group is settled: nothing is left for the next run to wait out or follow.
    expectRun(world, await world.runAction(), { result: 'unchanged', ok: true })
  })
})
