// verify() itself, against the test World: it passes a healthy replacement and fails, with
// every problem named, when the world is wrong in one way; each query it sends must be the
// right one (the World answers nothing to a wrong filter, zone or record name).
import { jest } from '@jest/globals'
import * as core from '../fixtures/core.js'
import { World } from './world.js'
import { DNS_CHANGE_NONE, TAGS } from '../../src/shared/contract.js'
import type { Ctx, Deps } from '../../src/controller/context/context.js'
import type { Options } from '../../src/controller/context/options.js'

jest.unstable_mockModule('@actions/core', () => core)
const { verify } = await import('../../src/controller/steps/verify.js')
const { VerifyError } = await import('../../src/controller/context/errors.js')
const { Timeline } = await import('../../src/controller/context/timeline.js')

const AMI = 'ami-0000000000000000b'
const OUTPUTS = { HostedZoneId: 'Z123', RecordName: 'opscenter.internal.example.com' }

let world: World
beforeEach(() => {
  world = new World()
  core.reset()
})
afterEach(() => world.restore())

function ctx(o: Partial<Options> = {}, fetch?: typeof globalThis.fetch): Ctx {
  const opts = { stackName: 'ops', timeoutMs: 60_000, pollMs: 5000, ...o } as Options
  const deps = {
    clock: world.clock,
    fetch: fetch ?? (async () => new Response('ok'))
  } as unknown as Deps
  return { opts, deps, clients: world.clients(), timeline: new Timeline(world.clock) }
}

async function problems(c = ctx(), instanceId = world.deployed(AMI)): Promise<string[]> {
  try {
    await verify(c, world.groupName, OUTPUTS, instanceId, AMI)
    return []
  } catch (err) {
    if (!(err instanceof VerifyError)) throw err
    return err.problems
  }
}

test('a healthy replacement passes', async () => {
  expect(await problems()).toEqual([])
})

test('an agent that did not see the record resolve inside the VPC fails verification', async () => {
  const id = world.deployed(AMI)
  world.instances.get(id)!.tags[TAGS.dnsResolved] = '10.9.9.9'
  expect(await problems(ctx(), id)).toEqual([
    `the boot agent on ${id} did not see opscenter.internal.example.com resolve to 10.0.1.10 inside the VPC (${TAGS.dnsResolved}: 10.9.9.9)`
  ])
})

test('a record pointing elsewhere fails verification, after the settle window', async () => {
  const id = world.deployed(AMI)
  world.record = ['10.0.9.9']
  expect(await problems(ctx(), id)).toEqual([
    "record opscenter.internal.example.com points at 10.0.9.9, not at 10.0.1.10 (the interface's IP)"
  ])
  // ten polls of 5 s: eventual consistency gets its window, no more
  expect(world.clock.now()).toBeGreaterThanOrEqual(50_000)
})

test('the interface looked up in another zone than the instance finds none', async () => {
  const id = world.deployed(AMI)
  world.zone = 'us-east-1b' // the ENI is now in a zone the instance is not in
  expect(await problems(ctx(), id)).toContainEqual(
    expect.stringMatching(
      /^no network interface tagged opscenter-ha:stack=ops opscenter-ha:role=eni in us-east-1a/
    )
  )
})

test('a second live instance in the group fails verification', async () => {
  const id = world.deployed(AMI)
  world.launch(AMI)
  expect(await problems(ctx(), id)).toContainEqual(
    expect.stringMatching(/^the group has another live instance: i-\d+ Pending/)
  )
})

test('a health-url that never answers 2xx fails with its last answer', async () => {
  const c = ctx(
    { healthUrl: 'http://opscenter.example:8888/' },
    (async () => new Response('down', { status: 503 })) as typeof fetch
  )
  expect(await problems(c)).toEqual([
    'health-url http://opscenter.example:8888/ did not answer 2xx in 60s (last: HTTP 503)'
  ])
})

test('a change id Route 53 no longer knows fails verification with that reason', async () => {
  const id = world.deployed(AMI)
  world.instances.get(id)!.tags[TAGS.dnsChange] = '/change/C-gone'
  expect(await problems(ctx(), id)).toEqual([
    'DNS change /change/C-gone is unknown to Route53 (NoSuchChange), not INSYNC'
  ])
})

test('"none" (the record was already right) checks the record instead of a change', async () => {
  const id = world.deployed(AMI)
  world.instances.get(id)!.tags[TAGS.dnsChange] = DNS_CHANGE_NONE
  expect(await problems(ctx(), id)).toEqual([])
  expect(world.calls.filter((c) => c === 'GetChange')).toEqual([])
})

test('a health-url that cannot be reached reports why', async () => {
  const c = ctx({ healthUrl: 'http://opscenter.example:8888/', timeoutMs: 20_000 }, (async () => {
    throw new Error('fetch failed: ECONNREFUSED')
  }) as typeof fetch)
  expect(await problems(c)).toEqual([
    'health-url http://opscenter.example:8888/ did not answer 2xx in 20s (last: fetch failed: ECONNREFUSED)'
  ])
})

test('an old instance still terminating ahead of the new one in the group is not the one verified', async () => {
  const old = world.deployed(AMI)
  world.instances.get(old)!.lifecycle = 'Terminating:Wait'
  const id = world.launch(AMI, true)
  expect(world.members.indexOf(old)).toBeLessThan(world.members.indexOf(id))
  expect(await problems(ctx(), id)).toEqual([])
})

test('the record is found whatever case the stack output spells it in', async () => {
  const id = world.deployed(AMI)
  await expect(
    verify(
      ctx(),
      world.groupName,
      { ...OUTPUTS, RecordName: 'OpsCenter.Internal.Example.com.' },
      id,
      AMI
    )
  ).resolves.toBeUndefined()
})

// ListResourceRecordSets starts at the name and type asked for and lists what comes next:
// without our A record, the answer is another record, which must not be taken for it.
test.each([
  [
    'a record of another type at the name',
    { Name: 'opscenter.internal.example.com.', Type: 'TXT' }
  ],
  ['the next name in the zone', { Name: 'opscenter2.internal.example.com.', Type: 'A' }]
])('no A record, and %s listed instead: the record does not exist', async (_what, other) => {
  const id = world.deployed(AMI)
  world.record = []
  world.otherRecords = [{ ...other, values: ['10.0.1.10'] }]
  expect(await problems(ctx(), id)).toContainEqual(
    'record opscenter.internal.example.com (A) does not exist in zone Z123'
  )
})

test('a change id Route 53 rejects as invalid is reported, not waited for', async () => {
  const id = world.deployed(AMI)
  world.getChangeFails = 'InvalidInput'
  expect(await problems(ctx(), id)).toEqual([
    expect.stringMatching(
      /^DNS change \/change\/\S+ is unknown to Route53 \(InvalidInput\), not INSYNC$/
    )
  ])
})

test('GetChange refused (a permission error) fails the run with that error, not a verify failure', async () => {
  const id = world.deployed(AMI)
  world.getChangeFails = 'AccessDenied'
  await expect(verify(ctx(), world.groupName, OUTPUTS, id, AMI)).rejects.toMatchObject({
    name: 'AccessDenied'
  })
})

test('the settle window is ten polls, bounded by the phase time-out', async () => {
  world.record = ['10.0.9.9']
  const id = world.deployed(AMI)
  world.record = ['10.0.9.9']
  const start = world.clock.now()
  await problems(ctx(), id)
  expect(world.clock.now() - start).toBe(50_000)
  const short = world.clock.now()
  await problems(ctx({ timeoutMs: 12_000 }), id)
  expect(world.clock.now() - short).toBe(12_000)
})

test('a health-url that answers 2xx passes; the probe follows redirects and is bounded', async () => {
  const seen: RequestInit[] = []
  const c = ctx({ healthUrl: 'http://opscenter.example:8888/' }, (async (
    _url: string,
    init: RequestInit
  ) => {
    seen.push(init)
    return new Response(null, { status: 204 })
  }) as unknown as typeof fetch)
  expect(await problems(c)).toEqual([])
  expect(seen).toHaveLength(1)
  expect(seen[0]).toMatchObject({ redirect: 'follow' })
  expect(seen[0].signal).toBeInstanceOf(AbortSignal)
  expect(core.logText()).toMatch(/http:\/\/opscenter\.example:8888\/ answers 2xx/)
})

test('a health-url answering 3xx (a redirect not followed) is not healthy', async () => {
  const c = ctx(
    { healthUrl: 'http://opscenter.example:8888/', timeoutMs: 10_000 },
    (async () => new Response('', { status: 300 })) as typeof fetch
  )
  expect(await problems(c)).toEqual([
    'health-url http://opscenter.example:8888/ did not answer 2xx in 10s (last: HTTP 300)'
  ])
})

test('without health-url nothing is fetched, and the log says what was verified', async () => {
  let fetched = 0
  const id = world.deployed(AMI)
  const c = ctx({}, (async () => (fetched++, new Response('ok'))) as typeof fetch)
  expect(await problems(c, id)).toEqual([])
  expect(fetched).toBe(0)
  expect(core.logText()).toContain(
    `${id}: InService on ${AMI}, interface attached, record and DNS change in sync, agent healthy`
  )
})

test('an instance EC2 does not describe (yet) fails verification, it does not crash it', async () => {
  world.deployed(AMI)
  expect(await problems(ctx(), 'i-0unknown')).toEqual([
    'i-0unknown is not a member of the Auto Scaling group',
    expect.stringMatching(/^the group has another live instance: i-\d+ InService$/),
    'EC2 does not describe i-0unknown'
  ])
})

test('a stack without the record outputs says so instead of looking up a record', async () => {
  const id = world.deployed(AMI)
  const calls = world.calls.length
  await expect(verify(ctx(), world.groupName, {}, id, AMI)).rejects.toMatchObject({
    problems: ['the stack has no RecordName/HostedZoneId outputs to check the record against']
  })
  expect(world.calls.slice(calls)).not.toContain('ListResourceRecordSets')
})

test('every other live instance is named', async () => {
  const id = world.deployed(AMI)
  const a = world.launch(AMI)
  const b = world.launch(AMI)
  const p = await problems(ctx(), id)
  expect(p).toContainEqual(
    expect.stringMatching(new RegExp(`^the group has another live instance: ${a} \\S+, ${b} \\S+$`))
  )
})
