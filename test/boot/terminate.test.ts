import { rmSync } from 'node:fs'
import { TARGET_LIFECYCLE_STATE as TARGET, terminate } from '../../src/boot/steps/terminate.js'
import { watch } from '../../src/boot/watch.js'
import { TAGS } from '../../src/shared/contract.js'
import { ENI, FakeImds, FakeOs, identityImds, makeAgent, makeRoot, ME } from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
  world.attachTo(ME)
  const me = world.instances.get(ME)!
  me.lifecycle = 'Terminating:Wait'
  me.pendingHook = 'terminate'
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** An OS with opscenterd running and EFS plus its binds mounted. */
function runningOs(): FakeOs {
  const os = new FakeOs()
  os.service = 'active'
  for (const p of [
    'mnt/opscenter-efs',
    'etc/opscenter',
    'var/lib/opscenter',
    'var/lib/opscenter/failover'
  ]) {
    os.mounted.add(`${root}/${p}`)
  }
  return os
}

/** One timeline of OS commands and AWS calls. */
function timeline(os: FakeOs): string[] {
  const events: string[] = []
  const origRun = os.run.bind(os)
  os.run = async (cmd, args, opts) => {
    if (cmd !== 'mountpoint' && !(cmd === 'systemctl' && args[0] === 'is-active')) {
      events.push([cmd, ...args].join(' ').replaceAll(root, ''))
    }
    return origRun(cmd, args, opts)
  }
  const origPush = world.calls.push.bind(world.calls)
  world.calls.push = (...items: string[]) => {
    events.push(...items.filter((c) => !c.startsWith('Describe')))
    return origPush(...items)
  }
  return events
}

test('stops opscenterd, syncs, unmounts binds then EFS, detaches the ENI, then completes the hook', async () => {
  const os = runningOs()
  const events = timeline(os)
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'watch')).toBe(0)
  expect(events).toEqual([
    `CreateTags ${ME} phase=stopping phase-at=*`,
    'systemctl stop opscenterd',
    // When the serving opscenterd was asked to stop: the controller's downtime starts there.
    expect.stringMatching(new RegExp(`^CreateTags ${ME} service-stop-at=\\d{4}-\\d\\d-\\d\\dT`)),
    'sync',
    'umount /var/lib/opscenter/failover',
    'umount /var/lib/opscenter',
    'umount /etc/opscenter',
    'umount /mnt/opscenter-efs',
    'DetachNetworkInterface eni-attach-1',
    `CreateTags ${ME} phase=released phase-at=*`,
    'CompleteLifecycleAction opscenter-ha-terminate CONTINUE'
  ])
  expect(world.enis.get(ENI)!.attachment).toBeUndefined()
  expect(world.tagsOf(ME)[TAGS.phase]).toBe('released')
})

test('waits until systemctl is-active says opscenterd is no longer active', async () => {
  const os = runningOs()
  let polls = 0
  let stopped = false
  os.on((cmd, args) => {
    if (cmd === 'systemctl' && args[0] === 'stop') {
      stopped = true
      return { code: 0, stdout: '', stderr: '' }
    }
    if (cmd === 'systemctl' && args[0] === 'is-active') {
      if (!stopped) return { code: 0, stdout: 'active\n', stderr: '' }
      return ++polls < 3
        ? { code: 0, stdout: 'deactivating\n', stderr: '' }
        : { code: 3, stdout: 'inactive\n', stderr: '' }
    }
    return undefined
  })
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'stop')).toBe(0)
  expect(polls).toBe(3)
  expect(t.logs).toContain('stop-service: opscenterd inactive (4.0s)')
})

test('an opscenterd that was not serving gets no stop stamp: no downtime starts there', async () => {
  const os = runningOs()
  os.on((cmd, args) =>
    cmd === 'systemctl' && args[0] === 'is-active'
      ? { code: 3, stdout: 'failed\n', stderr: '' }
      : undefined
  )
  const events = timeline(os)
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'watch')).toBe(0)
  expect(events.some((e) => e.includes('service-stop-at'))).toBe(false)
  expect(events).toContain('systemctl stop opscenterd')
})

test('an unmount that fails keeps the ENI (the single-brain lock) but still completes the hook', async () => {
  const os = runningOs().on((cmd, args) =>
    cmd === 'umount' && args[0].endsWith('/var/lib/opscenter')
      ? { code: 32, stdout: '', stderr: 'umount: /var/lib/opscenter: target is busy.\n' }
      : undefined
  )
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'watch')).toBe(1)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
  expect(world.enis.get(ENI)!.attachment?.instanceId).toBe(ME)
  // completing the hook lets EC2 shut this instance down, which is what frees the lock
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-terminate CONTINUE')
  expect(world.tagsOf(ME)[TAGS.phase]).toBe('stopping')
  expect(t.logs.some((l) => /^unmount: FAILED .*target is busy/.test(l))).toBe(true)
  expect(t.logs).toContainEqual(expect.stringMatching(/^detach: SKIPPED: EFS is still mounted/))
  expect(t.logs.at(-1)).toMatch('released with 2 failed step(s)')
})

test('opscenterd that never stops keeps the ENI held: no second brain can start beside it', async () => {
  const os = runningOs().on((cmd, args) =>
    cmd === 'systemctl' && args[0] === 'is-active'
      ? { code: 0, stdout: 'deactivating\n', stderr: '' }
      : undefined
  )
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'watch')).toBe(1)
  expect(world.calls.some((c) => c.startsWith('DetachNetworkInterface'))).toBe(false)
  expect(t.logs).toContainEqual(expect.stringMatching(/^stop-service: FAILED .*timed out/))
  expect(t.logs).toContainEqual(
    expect.stringMatching(/^detach: SKIPPED: opscenterd may still run, so the ENI stays attached/)
  )
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-terminate CONTINUE')
})

test('stop is idempotent: a second run finds nothing to do and no pending hook is fine', async () => {
  const os = runningOs()
  expect(await terminate(makeAgent(root, { os }).agent, 'stop')).toBe(0)
  world.calls.length = 0
  os.calls.length = 0
  const t = makeAgent(root, { os })
  expect(await terminate(t.agent, 'stop')).toBe(0)
  expect(os.calls.filter((c) => /^umount/.test(c))).toEqual([])
  expect(world.calls.some((c) => c.startsWith('Detach'))).toBe(false)
  expect(t.logs).toContain('detach: no ENI of this stack attached (0.0s)')
  expect(t.logs.some((l) => l.includes('no pending opscenter-ha-terminate action'))).toBe(true)
})

test('watch polls until Terminated (404 while not in a group), then releases and exits 0', async () => {
  const states = [undefined, undefined, 'InService', 'InService', 'Terminated']
  const imds = identityImds()
  imds.values['autoscaling/target-lifecycle-state'] = () => states.shift()
  const os = runningOs()
  const t = makeAgent(root, { os, imds })
  expect(await watch(t.agent)).toBe(0)
  expect(t.logs.filter((l) => l.startsWith('watch: target lifecycle state'))).toEqual([
    'watch: target lifecycle state (none: not in an Auto Scaling group yet)',
    'watch: target lifecycle state InService',
    'watch: target lifecycle state Terminated'
  ])
  expect(t.clock.sleeps.slice(0, 4)).toEqual([2000, 2000, 2000, 2000])
  expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-terminate CONTINUE')
})

test('watch with no pending terminate action reports the step failed', async () => {
  world.instances.get(ME)!.pendingHook = undefined
  const imds = identityImds({ 'autoscaling/target-lifecycle-state': 'Terminated' })
  const t = makeAgent(root, { os: runningOs(), imds })
  expect(await watch(t.agent)).toBe(1)
  expect(world.enis.get(ENI)!.attachment).toBeUndefined()
})

test('without IMDS, local steps still run and the exit code says it failed', async () => {
  const os = runningOs()
  const t = makeAgent(root, { os, imds: new FakeImds({}) })
  expect(await terminate(t.agent, 'stop')).toBe(1)
  expect(os.calls).toContain('systemctl stop opscenterd')
  expect(os.calls).toContain(`umount ${root}/mnt/opscenter-efs`)
})

// The release, condition by condition: the ENI (the single-brain lock) is let go only when
// opscenterd has stopped and nothing of EFS is still mounted; the hook is always completed.
describe.each<[string, (os: FakeOs) => void, boolean]>([
  ['opscenterd stops and everything unmounts', () => undefined, true],
  [
    'systemctl stop fails',
    (os) =>
      os.on((cmd, args) =>
        cmd === 'systemctl' && args[0] === 'stop'
          ? { code: 1, stdout: '', stderr: 'Job for opscenterd.service failed\n' }
          : undefined
      ),
    false
  ],
  ...(['inactive', 'failed', 'unknown'] as const).map(
    (word): [string, (os: FakeOs) => void, boolean] => [
      `is-active says ${word}`,
      (os) =>
        os.on((cmd, args) =>
          cmd === 'systemctl' && args[0] === 'is-active'
            ? { code: 3, stdout: `${word}\n`, stderr: '' }
            : undefined
        ),
      true
    ]
  ),
  ...(['activating', 'deactivating', 'active'] as const).map(
    (word): [string, (os: FakeOs) => void, boolean] => [
      `is-active keeps saying ${word}`,
      (os) =>
        os.on((cmd, args) =>
          cmd === 'systemctl' && args[0] === 'is-active'
            ? { code: 0, stdout: `${word}\n`, stderr: '' }
            : undefined
        ),
      false
    ]
  ),
  ...['var/lib/opscenter/failover', 'var/lib/opscenter', 'etc/opscenter', 'mnt/opscenter-efs'].map(
    (dir): [string, (os: FakeOs) => void, boolean] => [
      `/${dir} will not unmount`,
      (os) =>
        os.on((cmd, args) =>
          cmd === 'umount' && args[0].endsWith(`/${dir}`)
            ? { code: 32, stdout: '', stderr: `umount: /${dir}: target is busy.\n` }
            : undefined
        ),
      false
    ]
  ),
  [
    'nothing was mounted (a boot that failed before efs)',
    (os) => {
      os.mounted.clear()
      os.service = 'inactive'
    },
    true
  ]
])('%s', (_what, arrange, letsGo) => {
  it(
    letsGo ? 'lets the ENI go, then completes the hook' : 'keeps the ENI, still completes the hook',
    async () => {
      const os = runningOs()
      arrange(os)
      const t = makeAgent(root, { os })
      const code = await terminate(t.agent, 'watch')
      const detached = world.calls.includes('DetachNetworkInterface eni-attach-1')
      expect([detached, world.enis.get(ENI)!.attachment?.instanceId]).toEqual(
        letsGo ? [true, undefined] : [false, ME]
      )
      expect(code).toBe(letsGo ? 0 : 1)
      expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-terminate CONTINUE')
      expect(world.tagsOf(ME)[TAGS.phase]).toBe(letsGo ? 'released' : 'stopping')
      // Never detached before opscenterd stopped and the last unmount ran.
      if (detached) {
        const at = (p: string) => os.calls.findIndex((c) => c.startsWith(p))
        expect(at('systemctl stop')).toBeGreaterThan(-1)
        expect(os.mounted.size).toBe(0)
      }
    }
  )
})

test('unmounts innermost first: the local failover bind, the two EFS binds, then EFS', async () => {
  const os = runningOs()
  await terminate(makeAgent(root, { os }).agent, 'watch')
  expect(os.calls.filter((c) => c.startsWith('umount')).map((c) => c.replace(root, ''))).toEqual([
    'umount /var/lib/opscenter/failover',
    'umount /var/lib/opscenter',
    'umount /etc/opscenter',
    'umount /mnt/opscenter-efs'
  ])
})

test('our attachment already detaching is waited for, not detached again', async () => {
  world.attachTo(ME, 'detaching')
  world.releaseAfterDescribes = 3
  expect(await terminate(makeAgent(root, { os: runningOs() }).agent, 'watch')).toBe(0)
  expect(world.calls.filter((c) => c.startsWith('DetachNetworkInterface'))).toEqual([])
  expect(world.enis.get(ENI)!.attachment).toBeUndefined()
})

test('no ENI of the stack attached here: nothing to detach, released', async () => {
  world.enis.get(ENI)!.attachment = undefined
  const t = makeAgent(root, { os: runningOs() })
  expect(await terminate(t.agent, 'watch')).toBe(0)
  expect(t.logs).toContainEqual(expect.stringMatching(/^detach: no ENI of this stack attached/))
})

test('an ENI of another stack attached here is not ours to detach (the filter asks for this stack)', async () => {
  world.enis.get(ENI)!.tags['opscenter-ha:stack'] = 'another-stack'
  const t = makeAgent(root, { os: runningOs() })
  expect(await terminate(t.agent, 'watch')).toBe(0)
  expect(world.calls.filter((c) => c.startsWith('DetachNetworkInterface'))).toEqual([])
})

// The wait after the detach: the hook (which lets the group launch the replacement at once)
// is completed only once EC2 no longer shows the ENI attached to this instance.
describe('the detach is complete before the hook', () => {
  /** Where the ENI stood each time the hook was completed. */
  function attachmentAtHook(): string[] {
    const seen: string[] = []
    const push = world.calls.push.bind(world.calls)
    world.calls.push = (...items: string[]) => {
      for (const c of items)
        if (c.startsWith('CompleteLifecycleAction')) {
          const a = world.enis.get(ENI)!.attachment
          seen.push(a ? `${a.instanceId} ${a.status}` : 'free')
        }
      return push(...items)
    }
    return seen
  }

  it('a detach that stays detaching for a while is waited out', async () => {
    world.detachLeaves = 'detaching'
    world.releaseAfterDescribes = 4
    const seen = attachmentAtHook()
    const t = makeAgent(root, { os: runningOs() })
    expect(await terminate(t.agent, 'watch')).toBe(0)
    expect(seen).toEqual(['free'])
    expect(
      world.calls.filter((c) => c === `DescribeNetworkInterfaces ${ENI}`).length
    ).toBeGreaterThan(1)
  })

  it('an attachment EC2 lists as detached is free', async () => {
    world.detachLeaves = 'detached'
    const seen = attachmentAtHook()
    expect(await terminate(makeAgent(root, { os: runningOs() }).agent, 'watch')).toBe(0)
    expect(seen).toEqual([`${ME} detached`])
  })

  it('taken by the next instance right after our detach: ours is gone, the hook goes on', async () => {
    world.detachLeaves = 'detaching'
    world.grab = { afterDescribes: 2, by: 'i-0next', eni: ENI }
    const seen = attachmentAtHook()
    expect(await terminate(makeAgent(root, { os: runningOs() }).agent, 'watch')).toBe(0)
    expect(seen).toEqual(['i-0next attached'])
  })

  it('a detach that never completes fails the step, keeps the phase, still completes the hook', async () => {
    world.detachLeaves = 'detaching'
    const t = makeAgent(root, { os: runningOs() })
    expect(await terminate(t.agent, 'watch')).toBe(1)
    expect(t.logs).toContainEqual(
      expect.stringMatching(new RegExp(`^detach: FAILED after .*${ENI} to be available`))
    )
    expect(world.tagsOf(ME)[TAGS.phase]).toBe('stopping')
    expect(world.calls.at(-1)).toBe('CompleteLifecycleAction opscenter-ha-terminate CONTINUE')
  })

  it('a detach EC2 answers InvalidAttachmentID.NotFound (already let go) is released', async () => {
    world.detachFails = { code: 'InvalidAttachmentID.NotFound', reclaimed: true }
    const t = makeAgent(root, { os: runningOs() })
    expect(await terminate(t.agent, 'watch')).toBe(0)
    expect(world.tagsOf(ME)[TAGS.phase]).toBe('released')
  })

  it('a detach refused for another reason fails the step and says why', async () => {
    world.detachFails = { code: 'UnauthorizedOperation', reclaimed: false }
    const t = makeAgent(root, { os: runningOs() })
    expect(await terminate(t.agent, 'watch')).toBe(1)
    expect(t.logs).toContainEqual(expect.stringMatching(/^detach: FAILED .*UnauthorizedOperation/))
    expect(world.enis.get(ENI)!.attachment?.instanceId).toBe(ME)
    expect(world.tagsOf(ME)[TAGS.phase]).toBe('stopping')
  })
})

test('the journal tells the release step by step, each with its outcome', async () => {
  const t = makeAgent(root, { os: runningOs() })
  expect(await terminate(t.agent, 'watch')).toBe(0)
  expect(t.logs.map((l) => l.replace(/ \(\d+(\.\d+)?s\)$/, '').replaceAll(root, ''))).toEqual([
    'watch: releasing this instance (stop opscenterd, unmount, detach the ENI)',
    `identity: ${ME}`,
    'tag: phase stopping',
    'stop-service: opscenterd inactive',
    'sync: flushed',
    'unmount: unmounted /var/lib/opscenter/failover, /var/lib/opscenter, /etc/opscenter, /mnt/opscenter-efs',
    `detach: detached ${ENI}`,
    'tag: phase released',
    'hook: completed opscenter-ha-terminate with CONTINUE',
    expect.stringMatching(/^watch: released in \d/)
  ])
})

test('the journal says when nothing was mounted', async () => {
  const os = runningOs()
  os.mounted.clear()
  const t = makeAgent(root, { os })
  await terminate(t.agent, 'stop')
  expect(t.logs).toContainEqual(expect.stringMatching(/^unmount: nothing mounted/))
})

test('systemctl stop is bounded by the release budget, not left to hang', async () => {
  const os = runningOs()
  const bounds: (number | undefined)[] = []
  os.on((cmd, args, opts) => {
    if (cmd === 'systemctl' && args[0] === 'stop') bounds.push(opts?.timeoutMs)
    return undefined
  })
  await terminate(makeAgent(root, { os }).agent, 'watch')
  expect(bounds).toHaveLength(1)
  expect(bounds[0]).toBeGreaterThan(0)
})

test('without an instance id, nothing in AWS is touched and each AWS step says why', async () => {
  const os = runningOs()
  const imds = new FakeImds({ 'instance-id': '' })
  const t = makeAgent(root, { os, imds })
  expect(await terminate(t.agent, 'watch')).toBe(1)
  expect(t.logs).toContainEqual(
    expect.stringMatching(/^identity: FAILED .*IMDS has no meta-data\/instance-id/)
  )
  for (const step of ['tag', 'detach', 'hook'])
    expect(t.logs).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${step}: FAILED .*instance id unknown \\(IMDS failed\\): skipped`)
      )
    )
  expect(world.calls.filter((c) => !c.startsWith('Describe'))).toEqual([])
  expect(os.calls).toContain('systemctl stop opscenterd')
})

test('watch rides out an IMDS error, says so once, and releases on Terminated', async () => {
  let reads = 0
  const imds = identityImds()
  imds.values[TARGET] = () => {
    reads++
    if (reads === 1) throw new Error('IMDS did not answer in 1s')
    return reads < 4 ? 'InService' : 'Terminated'
  }
  const t = makeAgent(root, { os: runningOs(), imds })
  expect(await watch(t.agent)).toBe(0)
  const watchLines = t.logs.filter((l) => l.startsWith('watch: '))
  expect(watchLines.slice(0, 4)).toEqual([
    expect.stringMatching(/^watch: polling IMDS autoscaling\/target-lifecycle-state every \d/),
    'watch: target lifecycle state (IMDS error: IMDS did not answer in 1s)',
    'watch: target lifecycle state InService',
    'watch: target lifecycle state Terminated'
  ])
})
