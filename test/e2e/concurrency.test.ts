// Runs that overlap, as they do when a schedule, a dispatch and a merge meet: the deploy
// lock in DynamoDB lets exactly one change the stack at a time; a run killed with SIGKILL
// holds it only until its lease runs out; and throttling bursts are ridden out on the same
// clock as everything else in the simulator.
import { jest } from '@jest/globals'
import type { World } from '../sim/scenarios.js'
import type { SimWrite } from '../sim/dynamodb/model.js'
import { expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(180_000)

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The lock item's writes for this stack, as (action, token) in the order DynamoDB applied them. */
function lockWrites(world: World, since: number): { action: string; token: string }[] {
  return world.sim.dynamodb.writes
    .slice(since)
    .filter((w: SimWrite) => w.item.stack?.S === world.stackName)
    .map((w) => ({ action: w.action, token: String(w.item.token?.S) }))
}

/** Each holder's writes form one block: taken, renewed, released; never interleaved. */
function holders(writes: { action: string; token: string }[]): string[] {
  const order: string[] = []
  for (const w of writes) {
    if (order.at(-1) !== w.token) {
      if (order.includes(w.token))
        throw new Error(`lock writes interleave: ${JSON.stringify(writes)}`)
      order.push(w.token)
    }
  }
  return order
}

describe('two runs at once, a killed holder, throttling bursts (simulated AWS, real action)', () => {
  let world: World

  beforeAll(async () => {
    world = await startWorld('concurrency')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
  })
  afterAll(async () => {
    expect(await world?.stop()).toBe('')
  })
  afterEach(() => expect(violations(world)).toBe(''))

  it.each([
    [0, '6.8.52'],
    [100, '6.8.53'],
    [700, '6.8.54']
  ])(
    'a deploy and a replace started %i ms apart: one at a time, the second waits and works on the world the first left',
    async (gap, version) => {
      world.checker.checkpoint(`two runs ${gap} ms apart`)
      const since = world.sim.dynamodb.writes.length
      world.setVersion(version)
      const deploy = world.runAction()
      await sleep(gap)
      const replace = world.runAction({ command: 'replace' })
      const [d, r] = await Promise.all([deploy, replace])
      expectRun(world, d, { result: 'deployed', ok: true })
      expectRun(world, r, { result: 'deployed', ok: true })
      // Two holders, one after the other, each released before the next took it.
      const writes = lockWrites(world, since)
      expect(holders(writes)).toHaveLength(2)
      expect(writes.filter((w) => w.action === 'delete')).toHaveLength(2)
      const waited = [d, r].filter((x) =>
        x.lines.some((l) => /waiting for the deploy lock/.test(l))
      )
      expect(waited).toHaveLength(1)
      expect(waited[0].lines.join('\n')).toMatch(
        /waiting for the deploy lock on stack opscenter-sim: held by (deploy|replace) by octocat in workflow "deploy" \(http:\/\/127\.0\.0\.1:9\/example\/opscenter-ha\/actions\/runs\/\d+\/attempts\/1\), lease until/
      )
      // Whichever went second decided on what the first left: the end is on git's version.
      const h = await world.health()
      expect(h).toMatchObject({ ok: true, version })
    }
  )

  it('a rollback killed with SIGKILL mid-replacement: the next deploy takes over its lease, waits for the group to settle, and converges', async () => {
    const before = await world.waitHealthy()
    world.checker.checkpoint('before the killed rollback')
    const told = () =>
      world.rt.machines.get(before.instanceId!)?.targetLifecycleState === 'Terminated'
    // The old instance takes 10 minutes (AWS time) to stop: the group is still busy with
    // the killed run's replacement when the next run gets the lock.
    world.rt.opscenterStopDelayMs = world.sim.time.scale(10 * 60_000)
    let run
    try {
      const killed = await world.runAction({ command: 'rollback', killWhen: told })
      expect(killed.signal).toBe('SIGKILL')
      // The runner died: the lock is still there, with nobody to release it.
      expect(lockWrites(world, 0).at(-1)?.action).not.toBe('delete')
      run = await world.runAction()
    } finally {
      world.rt.opscenterStopDelayMs = 0
    }
    expectRun(world, run, { result: 'deployed', ok: true })
    const log = run.lines.join('\n')
    expect(log).toMatch(
      /::warning::took over the deploy lock of stack opscenter-sim: its holder's lease had run out \(rollback by/
    )
    expect(log).toMatch(
      /no other run holds the deploy lock: a stopped run's replacement or the group healing itself/
    )
    expect(log).toMatch(/settled: deciding on it as it is now/)
    expect(await world.health()).toMatchObject({ ok: true, version: before.version })
  })

  it('a 7-call throttling burst on Route 53 GetChange and an 8-call burst on EC2 CreateTags are ridden out', async () => {
    world.checker.checkpoint('before the throttling bursts')
    world.setVersion('6.8.55')
    world.sim.faults.throttle('route53', 7, { action: 'GetChange' })
    world.sim.faults.throttle('ec2', 8, { action: 'CreateTags' })
    try {
      const run = await world.runAction()
      expectRun(world, run, { result: 'deployed', ok: true })
      expect(run.bakes).toBe(1)
    } finally {
      world.sim.faults.clear()
    }
    expect(await world.health()).toMatchObject({ ok: true, version: '6.8.55' })
  })
})
