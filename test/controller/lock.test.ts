// The deploy lock against the simulator's DynamoDB (its conditional writes are what make
// the lock atomic): one holder at a time, a waiter that names the holder, a takeover only
// once the lease ran out, and a holder that learns it lost the lock.
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { LockBusyError, takeLock } from '../../src/controller/edges/lock.js'
import type { Clock } from '../../src/shared/clock.js'
import { FakeClock, ManualClock } from '../fixtures/clock.js'
import { ADMIN_ACCESS_KEY } from '../sim/iam/index.js'
import { startSim, type Sim } from '../sim/index.js'
import type { LockIo, LockSettings } from '../../src/controller/context/context.js'

let sim: Sim
let ddb: DynamoDBClient
let lines: string[]

beforeEach(async () => {
  sim = await startSim({ timeScale: 0.001 })
  ddb = new DynamoDBClient({
    region: sim.region,
    endpoint: sim.endpoint,
    maxAttempts: 1,
    credentials: { accessKeyId: ADMIN_ACCESS_KEY, secretAccessKey: 'test' }
  })
  lines = []
})

/** Advances a manual clock until the promise settles (the table creation's polls). */
async function drive<T>(clock: ManualClock, p: Promise<T>): Promise<T> {
  let done = false
  const watched = p.finally(() => (done = true))
  for (let i = 0; i < 100 && !done; i++) await clock.advance(5_000)
  return watched
}

/** The table, as a first run leaves it, for the tests about the item. */
async function table(): Promise<void> {
  sim.dynamodb.createTable('opscenter-ha-locks', 'stack')
  while (sim.dynamodb.getTable('opscenter-ha-locks')?.status !== 'ACTIVE')
    await new Promise((r) => setTimeout(r, 5))
}
afterEach(async () => {
  ddb.destroy()
  await sim.stop()
})

const io = (clock: Clock): LockIo => ({
  ddb,
  clock,
  log: (l) => lines.push(l),
  warn: (l) => lines.push(`warning: ${l}`)
})

const settings = (who: string, o: Partial<LockSettings> = {}): LockSettings => ({
  table: 'opscenter-ha-locks',
  stackName: 'ops',
  timeoutMs: 60_000,
  pollMs: 5_000,
  leaseMs: 120_000,
  renewMs: 30_000,
  owner: {
    run: `https://github.com/o/r/actions/runs/${who}`,
    workflow: 'deploy',
    actor: who,
    command: 'deploy'
  },
  ...o
})

const item = () =>
  sim.dynamodb.getTable('opscenter-ha-locks')?.items.get(JSON.stringify({ S: 'ops' }))

describe('the deploy lock', () => {
  it('the first run creates the table, takes the lock and frees it on release', async () => {
    const clock = new ManualClock()
    const start = clock.now()
    const lock = await drive(clock, takeLock(io(clock), settings('alice')))
    expect(lines).toContainEqual(
      expect.stringMatching(/creating DynamoDB table opscenter-ha-locks/)
    )
    expect(item()).toMatchObject({ actor: { S: 'alice' }, command: { S: 'deploy' } })
    // Taken once the table was ACTIVE, with a full lease from then.
    expect(Number(item()?.expires.N)).toBeGreaterThanOrEqual(start + 125_000)
    await lock.release()
    expect(item()).toBeUndefined()
    // Free again: the next run takes it at once.
    const next = await takeLock(io(new FakeClock()), settings('bob'))
    expect(item()?.actor).toEqual({ S: 'bob' })
    await next.release()
  })

  it('a second run waits, names the holder once, and fails after lock-timeout-minutes', async () => {
    await table()
    const held = await takeLock(io(new ManualClock()), settings('alice'))
    const waiter = new FakeClock()
    const err = await takeLock(io(waiter), settings('bob', { timeoutMs: 20_000 })).catch((e) => e)
    expect(err).toBeInstanceOf(LockBusyError)
    expect(err.message).toMatch(
      /stack ops is locked by another run: deploy by alice in workflow "deploy" \(https:\/\/github.com\/o\/r\/actions\/runs\/alice\).*Waited 20s.*changed nothing/
    )
    expect(lines.filter((l) => /waiting for the deploy lock/.test(l))).toHaveLength(1)
    expect(waiter.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000)
    // The holder is untouched.
    expect(item()?.actor).toEqual({ S: 'alice' })
    held.check()
    await held.release()
  })

  it('a waiter gets the lock as soon as the holder releases it', async () => {
    await table()
    const held = await takeLock(io(new ManualClock()), settings('alice'))
    const waiter: Clock = {
      now: () => Date.UTC(2026, 10, 27, 12, 0, 0),
      // The holder finishes while the waiter sleeps its first poll.
      sleep: async () => held.release()
    }
    const lock = await takeLock(io(waiter), settings('bob'))
    expect(item()?.actor).toEqual({ S: 'bob' })
    await lock.release()
  })

  it('renewals keep the lease; a lease left to run out is taken over, and its old holder learns it', async () => {
    await table()
    const clock = new ManualClock()
    const alice = await takeLock(io(clock), settings('alice'))
    await clock.advance(30_000)
    expect(Number(item()?.expires.N)).toBe(clock.now() + 120_000)
    // Still renewed: bob, whose clock is past the first lease, cannot take it.
    const early = new FakeClock(clock.now() + 100_000)
    await expect(takeLock(io(early), settings('bob', { timeoutMs: 1 }))).rejects.toThrow(
      LockBusyError
    )
    // alice's runner stops renewing (it died, say): once the lease ran out bob takes over.
    const late = new FakeClock(Number(item()?.expires.N) + 1)
    const bob = await takeLock(io(late), settings('bob'))
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^warning: took over the deploy lock of stack ops: its holder's lease had run out \(deploy by alice/
      )
    )
    // alice's next renewal finds bob's token: she stops before her next step.
    await clock.advance(30_000)
    expect(() => alice.check()).toThrow(
      /lock of stack ops was lost: it is now held by deploy by bob/
    )
    await alice.release()
    expect(item()?.actor).toEqual({ S: 'bob' })
    await bob.release()
  })

  it('a renewal that fails for a while keeps the lock until the lease has run out', async () => {
    await table()
    const clock = new ManualClock()
    const lock = await takeLock(io(clock), settings('alice'))
    sim.faults.failApi(
      'dynamodb',
      'UpdateItem',
      { code: 'InternalServerError', message: 'boom', status: 500 },
      10
    )
    await clock.advance(30_000)
    lock.check()
    expect(lines).toContainEqual(expect.stringMatching(/^warning: could not renew the deploy lock/))
    for (let i = 0; i < 3; i++) await clock.advance(30_000)
    expect(() => lock.check()).toThrow(/its lease ran out while renewals failed/)
    sim.faults.clear()
  })

  it('when DynamoDB refuses, the run fails before any change and never runs unlocked', async () => {
    sim.faults.failApi('dynamodb', 'DescribeTable', {
      code: 'AccessDeniedException',
      message:
        'User: arn:aws:sts::123456789012:assumed-role/deploy/run is not authorized to perform: dynamodb:DescribeTable on resource: arn:aws:dynamodb:us-east-1:123456789012:table/opscenter-ha-locks',
      status: 400
    })
    await expect(takeLock(io(new FakeClock()), settings('alice'))).rejects.toThrow(
      /cannot take the deploy lock of stack ops in DynamoDB table opscenter-ha-locks: .*not authorized to perform: dynamodb:DescribeTable.*Nothing was changed/
    )
  })

  it("throttling past the SDK's retries: waits it out within lock-timeout-minutes, or fails saying so", async () => {
    await table()
    sim.faults.throttle('dynamodb', 12, { action: 'PutItem' })
    const clock = new FakeClock()
    const lock = await takeLock(io(clock), settings('alice'))
    expect(item()?.actor).toEqual({ S: 'alice' })
    expect(lines).toContainEqual(
      expect.stringMatching(/held by nobody known \(DynamoDB is throttling\)/)
    )
    await lock.release()
    sim.faults.throttle('dynamodb', 1000, { action: 'PutItem' })
    await expect(
      takeLock(io(new FakeClock()), settings('bob', { timeoutMs: 30_000 }))
    ).rejects.toThrow(
      /cannot take the deploy lock of stack ops .*DynamoDB kept throttling\. Nothing was changed/
    )
    sim.faults.clear()
  })

  it('two runs that try at the same moment: exactly one holds it', async () => {
    await table()
    const [a, b] = await Promise.allSettled([
      takeLock(io(new FakeClock()), settings('alice', { timeoutMs: 1 })),
      takeLock(io(new FakeClock()), settings('bob', { timeoutMs: 1 }))
    ])
    const won = [a, b].filter((r) => r.status === 'fulfilled')
    expect(won).toHaveLength(1)
    expect(
      [a, b].filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason)
    ).toEqual([expect.any(LockBusyError)])
    await (won[0] as PromiseFulfilledResult<{ release(): Promise<void> }>).value.release()
  })
})
