// The single-brain rule where it lives: for every state the holder of an ENI can be in,
// what the claim does (take it, wait then take it, detach, force, or refuse with why), and
// what happens when a third instance grabs the ENI mid-wait. One row per situation.
import { rmSync } from 'node:fs'
import { claimEni } from '../../src/boot/steps/eni.js'
import { readIdentity } from '../../src/boot/steps/identity.js'
import { addLink, CONFIG, ENI, ENI_MAC, makeAgent, makeRoot, ME, PEER } from './helpers.js'
import { World } from './world.js'

const THIRD = 'i-0000000000000000c'
const OTHER_ENI = 'eni-000000000000000bb'
const timeout = CONFIG.timeoutSeconds * 1000

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function claim() {
  const t = makeAgent(root)
  const run = claimEni(t.agent, await readIdentity(t.imds))
  const settled = await run.then(
    (r) => ({ ok: true as const, note: r.note }),
    (e: Error) => ({ ok: false as const, error: e.message })
  )
  const waited = t.clock.sleeps.reduce((a, b) => a + b, 0)
  return { ...settled, waited }
}

const detaches = () => world.calls.filter((c) => c.startsWith('DetachNetworkInterface'))
const attaches = () => world.calls.filter((c) => c.startsWith('AttachNetworkInterface'))

/** The holder of this zone's ENI: its EC2 state, its lifecycle (undefined: no group). */
function holder(state: string | 'gone', lifecycle?: string, attachment = 'attached'): void {
  if (state !== 'gone')
    world.instances.set(PEER, {
      state,
      lifecycle,
      group: lifecycle ? 'ops-asg' : undefined,
      tags: {}
    })
  world.attachTo(PEER, attachment)
}

type Outcome =
  | 'refuse' // fails naming the live holder; nothing detached, nothing attached
  | 'wait, its agent lets go' // takes it once released; never detaches
  | 'wait, still runs: fail' // the holder never lets go and still runs; never detaches
  | 'detach' // no longer runs: a plain detach, then takes it
  | 'force' // no longer runs and the detach sticks: plain, then Force

describe.each<[string, string | 'gone', string | undefined, string, Outcome]>([
  ['a live InService peer', 'running', 'InService', 'attached', 'refuse'],
  ['a peer still launching (Pending)', 'running', 'Pending', 'attached', 'refuse'],
  ['a peer in its launch hook (Pending:Wait)', 'running', 'Pending:Wait', 'attached', 'refuse'],
  ['a pending instance', 'pending', 'Pending', 'attached', 'refuse'],
  ['a running instance outside any group', 'running', undefined, 'attached', 'refuse'],
  ['a live peer whose attach is still under way', 'running', 'InService', 'attaching', 'refuse'],
  [
    'a peer in its terminate hook',
    'running',
    'Terminating:Wait',
    'attached',
    'wait, its agent lets go'
  ],
  [
    'a peer in its terminate hook that never lets go',
    'running',
    'Terminating:Wait',
    'attached',
    'wait, still runs: fail'
  ],
  [
    'a peer past its terminate hook',
    'running',
    'Terminating:Proceed',
    'attached',
    'wait, still runs: fail'
  ],
  [
    'an instance shutting down',
    'shutting-down',
    'Terminating:Proceed',
    'attached',
    'wait, still runs: fail'
  ],
  ['an instance stopping', 'stopping', undefined, 'attached', 'wait, still runs: fail'],
  ['a live peer already detaching', 'running', 'InService', 'detaching', 'wait, its agent lets go'],
  [
    'a live peer detaching that never finishes',
    'running',
    'InService',
    'detaching',
    'wait, still runs: fail'
  ],
  ['a stopped instance', 'stopped', undefined, 'attached', 'detach'],
  ['a terminated instance', 'terminated', 'Terminated', 'attached', 'detach'],
  ['an instance EC2 no longer knows', 'gone', undefined, 'attached', 'detach'],
  ['a terminated instance whose detach sticks', 'terminated', undefined, 'attached', 'force'],
  ['a terminated instance already detaching, stuck', 'terminated', undefined, 'detaching', 'force']
])('held by %s (%s, %s, %s)', (_what, state, lifecycle, attachment, outcome) => {
  it(`${outcome}`, async () => {
    holder(state, lifecycle, attachment)
    if (outcome === 'wait, its agent lets go') world.releaseAfterDescribes = 4
    if (outcome === 'force') world.detachStuck = true
    const r = await claim()
    switch (outcome) {
      case 'refuse':
        expect(r).toMatchObject({ ok: false })
        expect(r.ok || r.error).toMatch(
          new RegExp(`${ENI} is held by ${PEER} .*refusing to take it from a live instance`)
        )
        expect(detaches()).toEqual([])
        expect(attaches()).toEqual([])
        expect(r.waited).toBe(0)
        break
      case 'wait, its agent lets go':
        expect(r).toMatchObject({
          ok: true,
          note: expect.stringContaining(`taken over from ${PEER}`)
        })
        expect(detaches()).toEqual([])
        break
      case 'wait, still runs: fail':
        expect(r).toMatchObject({ ok: false })
        expect(r.ok || r.error).toMatch(
          /and still runs: not detaching it while it may write to EFS/
        )
        expect(detaches()).toEqual([])
        expect(attaches()).toEqual([])
        // Its agent's whole stop budget (2 x timeoutSeconds), no less.
        expect(r.waited).toBeGreaterThanOrEqual(2 * timeout)
        break
      case 'detach':
        expect(r).toMatchObject({
          ok: true,
          note: expect.stringContaining(`taken over from ${PEER}`)
        })
        expect(detaches()).toEqual(['DetachNetworkInterface eni-attach-1'])
        // Only half a timeout for EC2 first: nothing runs there that could let go.
        expect(r.waited).toBeLessThan(2 * timeout)
        break
      case 'force':
        expect(r).toMatchObject({ ok: true })
        expect(detaches().at(-1)).toBe('DetachNetworkInterface eni-attach-1 force')
        if (attachment === 'detaching') expect(detaches()).toHaveLength(1)
        else
          expect(detaches()).toEqual([
            'DetachNetworkInterface eni-attach-1',
            'DetachNetworkInterface eni-attach-1 force'
          ])
        break
    }
  })
})

describe('while waiting for a dying holder', () => {
  it('a third instance taking the ENI fails the claim: never two brains', async () => {
    holder('running', 'Terminating:Wait')
    world.grab = { afterDescribes: 3, by: THIRD, eni: ENI }
    const r = await claim()
    expect(r.ok || r.error).toBe(`${ENI} was attached to ${THIRD} while we waited for ${PEER}`)
    expect(attaches()).toEqual([])
    expect(detaches()).toEqual([])
  })

  it('the same race on a halted holder fails: its one detach named the old attachment, never the new holder', async () => {
    holder('terminated')
    world.grab = { afterDescribes: 2, by: THIRD, eni: ENI }
    const r = await claim()
    expect(r.ok || r.error).toBe(`${ENI} was attached to ${THIRD} while we waited for ${PEER}`)
    expect(detaches()).toEqual(['DetachNetworkInterface eni-attach-1'])
    expect(attaches()).toEqual([])
  })

  it('a holder that cannot be described (not NotFound: a permission error) fails the boot, never detaches', async () => {
    holder('running', 'InService')
    world.describeInstancesFails = 'UnauthorizedOperation'
    const r = await claim()
    expect(r.ok || r.error).toMatch(/not authorized/)
    expect(detaches()).toEqual([])
    expect(attaches()).toEqual([])
  })
})

describe('a predecessor in another zone (single brain across zones)', () => {
  function otherZoneHeld(state: string, lifecycle: string | undefined, attachment = 'attached') {
    world.addEni({ id: OTHER_ENI, zone: 'eu-west-1b', ip: '10.0.2.50', mac: '0a:00:00:00:00:e2' })
    world.instances.set(PEER, {
      state,
      lifecycle,
      group: lifecycle ? 'ops-asg' : undefined,
      tags: {}
    })
    world.enis.get(OTHER_ENI)!.attachment = {
      id: 'eni-attach-b',
      instanceId: PEER,
      status: attachment
    }
  }

  it('a live one is refused before anything is taken', async () => {
    otherZoneHeld('running', 'InService')
    const r = await claim()
    expect(r.ok || r.error).toMatch(
      new RegExp(
        `${PEER} \\(running, lifecycle InService\\) holds ${OTHER_ENI} in eu-west-1b: refusing to start a second OpsCenter`
      )
    )
    expect(attaches()).toEqual([])
  })

  it('a dying one is waited for until it lets go, then ours is attached', async () => {
    otherZoneHeld('running', 'Terminating:Wait')
    world.releaseAfterDescribes = 4
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining(`${PEER} released ${OTHER_ENI}`)
    })
    expect(detaches()).toEqual([])
  })

  it('one already detaching while its instance still runs is waited for too', async () => {
    otherZoneHeld('running', 'InService', 'detaching')
    world.releaseAfterDescribes = 4
    const r = await claim()
    expect(r).toMatchObject({ ok: true })
    expect(r.waited).toBeGreaterThan(0)
    expect(world.calls.findIndex((c) => c.startsWith('AttachNetworkInterface'))).toBeGreaterThan(
      world.calls.lastIndexOf('DescribeNetworkInterfaces eni-000000000000000bb')
    )
  })

  it('a dying one that never lets go and still runs fails the boot', async () => {
    otherZoneHeld('running', 'Terminating:Wait')
    const r = await claim()
    expect(r.ok || r.error).toMatch(
      /did not release .* and still runs: not starting a second OpsCenter/
    )
    expect(attaches()).toEqual([])
  })

  it('one that no longer runs is left to EC2: not waited for, never detached by us', async () => {
    otherZoneHeld('terminated', undefined)
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining('no longer runs (terminated); EC2 reclaims')
    })
    expect(detaches()).toEqual([])
    expect(r.waited).toBeLessThan(timeout)
  })

  it('an attachment stuck detaching on an instance that no longer runs is not waited for', async () => {
    otherZoneHeld('terminated', undefined, 'detaching')
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining(
        'no longer runs (attachment detaching, terminated); EC2 reclaims'
      )
    })
    expect(detaches()).toEqual([])
    expect(r.waited).toBe(0)
  })

  it('a third instance taking the other zone ENI while we wait fails the boot', async () => {
    otherZoneHeld('running', 'Terminating:Wait')
    world.grab = { afterDescribes: 3, by: THIRD, eni: OTHER_ENI }
    const r = await claim()
    expect(r.ok || r.error).toBe(
      `${OTHER_ENI} was attached to ${THIRD} while we waited for ${PEER}`
    )
    expect(attaches()).toEqual([])
  })
})

describe('the attachment itself', () => {
  it('a free ENI says so', async () => {
    expect(await claim()).toMatchObject({
      ok: true,
      note: expect.stringMatching(/^eni-\w+ was free; /)
    })
  })

  it('an attachment left detached (status detached) counts as free: no wait, no detach', async () => {
    holder('running', 'InService', 'detached')
    const r = await claim()
    expect(r).toMatchObject({ ok: true, note: expect.stringContaining('was free') })
    expect(r.waited).toBe(0)
    expect(detaches()).toEqual([])
  })

  it('an attach of ours still under way (a reboot mid-attach) is ours: not released, not re-attached', async () => {
    world.attachTo(ME, 'attaching')
    world.attachSettlesAfterDescribes = 3
    addLink(root, 'ens6', ENI_MAC)
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining('already attached to this instance (reboot)')
    })
    expect(attaches()).toEqual([])
    expect(detaches()).toEqual([])
  })

  it('our own detach still under way is waited out, then the ENI is attached again', async () => {
    world.attachTo(ME, 'detaching')
    world.releaseAfterDescribes = 3
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining('re-attached once its detach from this instance finished')
    })
  })

  it('the claim ends only once the API says attached, even when the kernel link is already there', async () => {
    world.attachSettlesAfterDescribes = 6
    const r = await claim()
    expect(r).toMatchObject({ ok: true })
    expect(world.enis.get(ENI)!.attachment).toMatchObject({ instanceId: ME, status: 'attached' })
    expect(r.waited).toBeGreaterThan(0)
  })

  it('an attach whose answer was lost is found done: one attach call, no retry', async () => {
    world.attachAnswerLost = true
    expect(await claim()).toMatchObject({ ok: true })
    expect(attaches()).toHaveLength(1)
  })

  it.each(['InvalidNetworkInterface.InUse', 'IncorrectState'])(
    'an attach answered %s (still busy) is retried',
    async (code) => {
      world.attachFails = [code, code]
      expect(await claim()).toMatchObject({ ok: true })
      expect(attaches()).toHaveLength(3)
    }
  )

  it('any other attach error fails the claim at once', async () => {
    world.attachFails = ['UnauthorizedOperation']
    const r = await claim()
    expect(r.ok || r.error).toMatch(/UnauthorizedOperation/)
    expect(attaches()).toHaveLength(1)
  })

  it('another instance attached instead of us fails the claim: never two brains', async () => {
    // free ENI: stack ENIs, zone ENI, after attach, then the wait sees THIRD
    world.grab = { afterDescribes: 3, by: THIRD, eni: ENI }
    const r = await claim()
    expect(r.ok || r.error).toBe(`${ENI} was attached to ${THIRD} instead of this instance`)
  })
})

describe('detaching a holder that no longer runs', () => {
  it('a detach that finds the attachment gone (EC2 let go meanwhile) goes on', async () => {
    holder('terminated')
    world.detachFails = { code: 'InvalidAttachmentID.NotFound', reclaimed: true }
    expect(await claim()).toMatchObject({ ok: true, note: expect.stringContaining('taken over') })
  })

  it('any other detach error fails the claim', async () => {
    holder('terminated')
    world.detachFails = { code: 'UnauthorizedOperation', reclaimed: false }
    const r = await claim()
    expect(r.ok || r.error).toMatch(/UnauthorizedOperation/)
    expect(attaches()).toEqual([])
  })

  it('a forced detach that never finishes fails the claim after its bound', async () => {
    holder('terminated')
    world.detachStuck = true
    world.forceStuck = true
    const r = await claim()
    expect(r.ok || r.error).toMatch(
      new RegExp(`timed out after \\d+s waiting for ${ENI} to detach from ${PEER}`)
    )
    expect(attaches()).toEqual([])
  })

  it('a predecessor in another zone that stops running while we wait is left to EC2', async () => {
    world.addEni({ id: OTHER_ENI, zone: 'eu-west-1b', ip: '10.0.2.50', mac: '0a:00:00:00:00:e2' })
    world.instances.set(PEER, {
      state: 'running',
      lifecycle: 'Terminating:Wait',
      group: 'ops-asg',
      tags: {}
    })
    world.enis.get(OTHER_ENI)!.attachment = {
      id: 'eni-attach-b',
      instanceId: PEER,
      status: 'attached'
    }
    world.stateChange = { afterDescribes: 5, id: PEER, state: 'terminated' }
    const r = await claim()
    expect(r).toMatchObject({
      ok: true,
      note: expect.stringContaining(`${PEER} no longer runs (terminated)`)
    })
    expect(detaches()).toEqual([])
  })
})
