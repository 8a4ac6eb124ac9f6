import { rmSync } from 'node:fs'
import { claimEni } from '../../src/boot/steps/eni.js'
import { readIdentity } from '../../src/boot/steps/identity.js'
import {
  addLink,
  ENI,
  ENI_IP,
  ENI_MAC,
  makeAgent,
  makeRoot,
  ME,
  PEER,
  writeFile,
  ZONE
} from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function claim(t = makeAgent(root)) {
  const me = await readIdentity(t.imds)
  return { t, result: await claimEni(t.agent, me) }
}

test('a free ENI is attached at device index 1 and found as a kernel link by its MAC', async () => {
  const { result } = await claim()
  expect(result.claim).toEqual({
    eniId: ENI,
    ip: ENI_IP,
    mac: ENI_MAC,
    ifname: 'ens6',
    deviceIndex: 1
  })
  expect(world.calls).toContain(`AttachNetworkInterface ${ENI} ${ME} 1`)
})

test('an ENI already attached to this instance (a reboot) is not attached again', async () => {
  world.attachTo(ME)
  addLink(root, 'ens6', ENI_MAC)
  const { result } = await claim()
  expect(result.note).toMatch(/already attached to this instance/)
  expect(result.claim.ifname).toBe('ens6')
  expect(world.calls.some((c) => c.startsWith('AttachNetworkInterface'))).toBe(false)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
})

test('waits until the kernel shows the link before going on', async () => {
  world.attachTo(ME)
  const t = makeAgent(root)
  let polls = 0
  const original = t.clock.sleep.bind(t.clock)
  t.clock.sleep = async (ms) => {
    if (++polls === 3) addLink(root, 'ens6', ENI_MAC) // udev names it a few seconds later
    await original(ms)
  }
  const { result } = await claim(t)
  expect(result.claim.ifname).toBe('ens6')
  expect(polls).toBe(3)
})

test('refuses an ENI held by a healthy InService peer, naming the holder', async () => {
  world.peerHolds('InService')
  await expect(claim()).rejects.toThrow(
    `${ENI} is held by ${PEER} (running, lifecycle InService): refusing to take it from a live instance (two brains)`
  )
  expect(world.calls.some((c) => /^(Attach|Detach)NetworkInterface/.test(c))).toBe(false)
})

test('refuses an ENI held by a peer still booting (Pending:Wait)', async () => {
  world.peerHolds('Pending:Wait')
  await expect(claim()).rejects.toThrow(/held by .* Pending:Wait.*two brains/)
})

test('waits for a terminating peer to release the ENI, then attaches it', async () => {
  world.peerHolds('Terminating:Wait')
  world.releaseAfterDescribes = 4
  const { t, result } = await claim()
  expect(result.claim.eniId).toBe(ENI)
  expect(result.note).toMatch(`taken over from ${PEER}`)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
  expect(t.logs.join('\n')).toMatch(/held by .*Terminating:Wait.*waiting up to 120s/)
})

test('a terminating peer that still runs and never lets go is not detached: the boot fails', async () => {
  world.peerHolds('Terminating:Wait')
  await expect(claim()).rejects.toThrow(
    `${PEER} (running, lifecycle Terminating:Wait) did not release ${ENI} in 120s and still runs: not detaching it while it may write to EFS (two brains)`
  )
  expect(world.calls.some((c) => /^(Attach|Detach)NetworkInterface/.test(c))).toBe(false)
})

test('a terminating peer that never lets go but is shut down by then is detached', async () => {
  const peer = { state: 'running', lifecycle: 'Terminating:Wait', group: 'ops-asg', tags: {} }
  world.instances.set(PEER, peer)
  world.attachTo(PEER)
  const t = makeAgent(root)
  const original = t.clock.sleep.bind(t.clock)
  t.clock.sleep = async (ms) => {
    peer.state = 'terminated' // its terminate hook timed out: EC2 shut it down
    await original(ms)
  }
  const { result } = await claim(t)
  expect(result.note).toMatch(`taken over from ${PEER}`)
  expect(world.calls).toContain('DetachNetworkInterface eni-attach-1')
})

test('a holder still shutting down (its OS may still be stopping opscenterd) is never detached', async () => {
  world.instances.set(PEER, { state: 'shutting-down', tags: {} })
  world.attachTo(PEER)
  await expect(claim()).rejects.toThrow(
    `${PEER} (shutting-down) did not release ${ENI} in 120s and still runs`
  )
  expect(world.calls.some((c) => /^(Attach|Detach)NetworkInterface/.test(c))).toBe(false)
})

test.each(['stopped', 'terminated'])(
  'a holder that is %s cannot write to EFS: its ENI is detached at once, not waited for',
  async (state) => {
    world.instances.set(PEER, { state, tags: {} })
    world.attachTo(PEER)
    const { t, result } = await claim()
    expect(result.claim.eniId).toBe(ENI)
    const detach = world.calls.indexOf('DetachNetworkInterface eni-attach-1')
    expect(detach).toBeGreaterThan(-1)
    expect(world.calls.indexOf(`AttachNetworkInterface ${ENI} ${ME} 1`)).toBeGreaterThan(detach)
    // Before: it gave EC2 timeoutSeconds / 2 (30 s) first. Now only the detach's own polls.
    const waited = t.clock.sleeps.reduce((a, b) => a + b, 0)
    expect(waited).toBeLessThan(30_000)
  }
)

test('an attachment already detaching is only waited for, whoever holds it', async () => {
  world.peerHolds('InService', 'detaching')
  world.releaseAfterDescribes = 3
  const { result } = await claim()
  expect(result.note).toMatch(`taken over from ${PEER}`)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
})

test('a terminated holder whose detach is stuck is forced after a short wait, not the stop budget', async () => {
  world.instances.set(PEER, { state: 'terminated', tags: {} })
  world.attachTo(PEER, 'detaching')
  world.detachStuck = true
  const { t, result } = await claim()
  expect(result.note).toMatch(`taken over from ${PEER}`)
  // already detaching: no second plain detach, straight to force
  expect(world.calls.filter((c) => c.startsWith('DetachNetworkInterface'))).toEqual([
    'DetachNetworkInterface eni-attach-1 force'
  ])
  expect(t.clock.sleeps.reduce((a, b) => a + b, 0)).toBeLessThan(120_000)
})

test('our own attachment still detaching (a reboot right after stop) is waited out, then re-attached', async () => {
  world.attachTo(ME, 'detaching')
  world.releaseAfterDescribes = 2
  const { result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
  expect(world.calls).toContain(`AttachNetworkInterface ${ENI} ${ME} 1`)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
})

test('our own attachment stuck detaching is never forced off this instance: the boot fails', async () => {
  world.attachTo(ME, 'detaching')
  world.detachStuck = true
  await expect(claim()).rejects.toThrow(
    `${ENI} is still detaching from this instance after 30s: not forcing it off this instance`
  )
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
})

test('a holder that no longer exists counts as gone', async () => {
  world.attachTo('i-0gone')
  const { result } = await claim()
  expect(result.note).toMatch('taken over from i-0gone')
})

test('a stuck attachment is force-detached as the last resort', async () => {
  world.instances.set(PEER, { state: 'terminated', tags: {} })
  world.attachTo(PEER)
  world.detachStuck = true
  const { t } = await claim()
  const normal = world.calls.indexOf('DetachNetworkInterface eni-attach-1')
  const force = world.calls.indexOf('DetachNetworkInterface eni-attach-1 force')
  expect(normal).toBeGreaterThan(-1)
  expect(force).toBeGreaterThan(normal)
  expect(t.logs.join('\n')).toMatch('by force (last resort)')
})

test('zero ENIs in the zone is a clear failure', async () => {
  world.enis.clear()
  await expect(claim()).rejects.toThrow(
    `no ENI tagged opscenter-ha:stack=ops and opscenter-ha:role=eni in ${ZONE}`
  )
})

test('an ENI in another zone does not count', async () => {
  world.enis.clear()
  world.addEni({ zone: 'eu-west-1b' })
  await expect(claim()).rejects.toThrow(/^no ENI tagged/)
})

test('two ENIs in the zone is a clear failure naming both', async () => {
  world.addEni({ id: 'eni-second' })
  await expect(claim()).rejects.toThrow(
    `2 of ENI tagged opscenter-ha:stack=ops and opscenter-ha:role=eni in ${ZONE} (${ENI}, eni-second): exactly one is allowed`
  )
})

test('attach retries InvalidNetworkInterface.InUse with backoff', async () => {
  world.attachInUse = 3
  const { t, result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
  expect(world.calls.filter((c) => c.startsWith('AttachNetworkInterface'))).toHaveLength(4)
  expect(t.logs.filter((l) => /still busy \(InvalidNetworkInterface.InUse\)/.test(l))).toHaveLength(
    3
  )
})

test('attach gives up after bounded attempts', async () => {
  world.attachInUse = 100
  await expect(claim()).rejects.toThrow(/in use/)
  expect(world.calls.filter((c) => c.startsWith('AttachNetworkInterface'))).toHaveLength(8)
})

describe('a predecessor in another zone (single brain across zones)', () => {
  const OTHER = 'eni-0000000000000000f'
  function predecessor(lifecycle: string) {
    world.instances.set(PEER, { state: 'running', lifecycle, group: 'ops-asg', tags: {} })
    world.addEni({ id: OTHER, zone: 'us-east-1b', ip: '10.0.2.50', mac: '0a:00:00:00:00:0f' })
    world.enis.get(OTHER)!.attachment = { id: 'eni-attach-9', instanceId: PEER, status: 'attached' }
  }
  const attachedOurs = () => world.calls.some((c) => c.startsWith('AttachNetworkInterface'))

  test('a live one holding its zone ENI is refused before anything is attached', async () => {
    predecessor('InService')
    await expect(claim()).rejects.toThrow(
      `${PEER} (running, lifecycle InService) holds ${OTHER} in us-east-1b: refusing to start a second OpsCenter beside a live one (two brains)`
    )
    expect(attachedOurs()).toBe(false)
  })

  test('a terminating one is waited for until it lets go, and only then is our ENI attached', async () => {
    predecessor('Terminating:Wait')
    world.releaseAfterDescribes = 5
    const { t, result } = await claim()
    expect(result.claim.eniId).toBe(ENI)
    expect(result.note).toMatch(`${PEER} released ${OTHER} in us-east-1b`)
    expect(t.logs.join('\n')).toMatch(/predecessor .* still holds .* waiting up to 120s/)
    // the wait happened before the attach: no attach while the other ENI was held
    const attachAt = world.calls.findIndex((c) => c.startsWith('AttachNetworkInterface'))
    const polls = world.calls
      .slice(0, attachAt)
      .filter((c) => c === `DescribeNetworkInterfaces ${OTHER}`)
    expect(polls.length).toBeGreaterThan(1)
    // it is not ours to detach
    expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
  })

  test('a terminating one that still runs when the wait runs out fails the boot', async () => {
    predecessor('Terminating:Wait')
    await expect(claim()).rejects.toThrow(
      `${PEER} (running, lifecycle Terminating:Wait) did not release ${OTHER} in us-east-1b in 120s and still runs: not starting a second OpsCenter beside it (two brains)`
    )
    expect(attachedOurs()).toBe(false)
  })

  test('one that no longer runs is left to EC2 and the boot goes on', async () => {
    predecessor('Terminating:Wait')
    world.instances.get(PEER)!.state = 'terminated'
    const { result } = await claim()
    expect(result.claim.eniId).toBe(ENI)
    expect(result.note).toMatch(`${PEER} no longer runs (terminated)`)
    expect(world.calls).not.toContain(`DescribeNetworkInterfaces ${OTHER}`) // no wait at all
  })
})

test('an ENI attached here at another device index (set up by hand) keeps its index for routing', async () => {
  world.attachTo(ME)
  world.enis.get(ENI)!.attachment!.deviceIndex = 2
  addLink(root, 'ens7', ENI_MAC)
  const { result } = await claim()
  expect(result.claim).toMatchObject({ deviceIndex: 2, ifname: 'ens7' })
})

test.each([
  ['private IP', { ip: '' }, `${ENI} has no private IP`],
  ['MAC address', { mac: '' }, `${ENI} has no MAC address`]
])('an ENI without a %s is a clear failure', async (_what, over, message) => {
  Object.assign(world.enis.get(ENI)!, over)
  await expect(claim()).rejects.toThrow(message)
})

test("another stack's free ENI in the zone is never taken (the filter asks for this stack)", async () => {
  world.enis.delete(ENI)
  world.addEni({
    id: 'eni-other',
    tags: { 'opscenter-ha:stack': 'other', 'opscenter-ha:role': 'eni' }
  })
  world.addEni({})
  const { result } = await claim()
  expect(result.claim.eniId).toBe(ENI)
  expect(world.enis.get('eni-other')!.attachment).toBeUndefined()
})

test('an ENI deleted while its holder is waited for fails the boot, saying so', async () => {
  world.peerHolds('Terminating:Wait')
  world.vanish = { afterDescribes: 2, eni: ENI }
  await expect(claim()).rejects.toThrow(`${ENI} no longer exists`)
  expect(world.calls.some((c) => c.startsWith('AttachNetworkInterface'))).toBe(false)
})

test("the previous holder's attachment, still listed as detached after our attach, is not someone else's", async () => {
  world.staleDetached = { by: PEER, describes: 2 }
  const { result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
})

test('an attach refused for a reason other than busy fails at once, without a retry', async () => {
  world.attachFails = ['UnauthorizedOperation']
  const t = makeAgent(root)
  await expect(claim(t)).rejects.toMatchObject({ name: 'UnauthorizedOperation' })
  expect(world.calls.filter((c) => c.startsWith('AttachNetworkInterface'))).toHaveLength(1)
  expect(t.logs.filter((l) => /still busy/.test(l))).toEqual([])
})

test('IncorrectState (the ENI still settling) is busy too, and retried', async () => {
  world.attachFails = ['IncorrectState', 'IncorrectState']
  const { t, result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
  expect(t.logs.filter((l) => /still busy \(IncorrectState\)/.test(l))).toHaveLength(2)
})

test('the kernel link is found among entries that are not links (bonding_masters)', async () => {
  writeFile(root, 'sys/class/net/bonding_masters', '\n')
  const { result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
})

test('the journal says who held the ENI, in which state, and how long it is waited for', async () => {
  world.peerHolds('Terminating:Wait')
  world.releaseAfterDescribes = 3
  const { t } = await claim()
  expect(t.logs).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^eni: ${ENI} is held by ${PEER} \\(running, lifecycle Terminating:Wait\\): waiting up to \\d+s for its agent to release it$`
      )
    )
  )
})

test('the API not showing our attachment yet, right after the attach, is waited for', async () => {
  world.staleDetached = { by: '', describes: 2 }
  const { result } = await claim()
  expect(result.claim.ifname).toBe('ens6')
})
