// The action end to end in-process: real run(), fake @actions/core, AWS faked by World.
import { jest } from '@jest/globals'
import * as core from '../fixtures/core.js'
import { makeRepo, type Repo, TEMPLATE } from './repo.js'
import { World } from './world.js'
import { TAGS } from '../../src/shared/contract.js'
import { DeleteStackCommand } from '@aws-sdk/client-cloudformation'
import { LockBusyError } from '../../src/controller/edges/lock.js'
import type { Runner, Deps } from '../../src/controller/context/context.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main.js')
const { recipeHash } = await import('../../src/controller/steps/resolve.js')

const OLD = 'ami-0000000000000000a'
const NEW = 'ami-0000000000000000b'
const OLDER = 'ami-00000000000000009'
const BAKED = 'ami-0000000000000000c'

let world: World
let repo: Repo

beforeEach(() => {
  world = new World()
  for (const ami of [OLD, NEW, OLDER]) world.addImage(ami, {}, '2026-01-01T00:00:00.000Z')
  repo = makeRepo()
  core.reset(repo.inputs)
})
afterEach(() => world.restore())

/** A packer that prints a machine-readable build and registers BAKED in the world. */
function fakePacker(calls: string[][]): Runner {
  return async (cmd, args, opts) => {
    calls.push([cmd, ...args])
    if (args[0] === 'build') {
      opts.onLine(
        '1700000000,,ui,say,==> amazon-ebs.opscenter: Creating AMI%!(PACKER_COMMA) please wait'
      )
      opts.onLine(
        `1700000001,amazon-ebs.opscenter,artifact,0,id,eu-west-1:ami-0other%!(PACKER_COMMA)us-east-1:${BAKED}`
      )
      world.addImage(BAKED, {}, '2026-11-27T12:00:00.000Z')
    }
    return 0
  }
}

function deps(extra: Partial<Deps> = {}): Partial<Deps> {
  return {
    clock: world.clock,
    clients: () => world.clients(),
    lock: world.lock,
    exec: async () => {
      throw new Error('test: packer must not run')
    },
    fetch: (async () => new Response('ok', { status: 200 })) as typeof fetch,
    commenter: () => undefined,
    exit: jest.fn(),
    ...extra
  }
}

function hashOf(): string {
  return recipeHash(
    { packerDir: repo.packerDir, packerVarFile: repo.varFile, agentDir: repo.agentDir },
    'ami-0ba5e000000000001'
  )
}

function tagsOf(id: string): Record<string, string> {
  const img = world.images.find((i) => i.ImageId === id)
  return Object.fromEntries((img?.Tags ?? []).map((t) => [t.Key, t.Value]))
}

describe('deploy', () => {
  it('creates the stack on first deploy, baking the AMI and following the first instance', async () => {
    const packer: string[][] = []
    await run(deps({ exec: fakePacker(packer) }))
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs).toMatchObject({
      result: 'deployed',
      'ami-id': BAKED,
      'previous-ami-id': '',
      'recipe-hash': hashOf()
    })
    expect(packer.map((c) => c.slice(0, 2))).toEqual([
      ['packer', 'init'],
      ['packer', 'build']
    ])
    expect(packer[1]).toEqual(
      expect.arrayContaining([
        '-machine-readable',
        `-var-file=${repo.varFile}`,
        `recipe_hash=${hashOf()}`,
        'base_ami=ami-0ba5e000000000001',
        'stack_name=ops',
        'region=us-east-1',
        `agent_dir=${repo.agentDir}`
      ])
    )
    expect(world.tagged).toEqual([BAKED, `snap-${BAKED.slice(4)}`])
    expect(tagsOf(BAKED)).toMatchObject({
      [TAGS.recipeHash]: hashOf(),
      [TAGS.stack]: 'ops',
      [TAGS.opscenterVersion]: '6.8.51'
    })
    expect(world.calls).toContain('CreateChangeSet:CREATE')
    expect(world.stack?.params).toMatchObject({ AmiId: BAKED, PreviousAmiId: '' })
    expect(world.terminated).toEqual([])
    expect(core.state.summary).toContain('deployed')
  })

  it('resolves OWNER:NAME-PATTERN to the newest available image and bakes from it', async () => {
    const packer: string[][] = []
    core.state.inputs['base-ami'] = 'amazon:al2023-ami-2023.*-x86_64'
    await run(deps({ exec: fakePacker(packer) }))
    expect(core.state.failed).toBeUndefined()
    expect(packer[1]).toContain('base_ami=ami-0a12023000000002')
  })

  it('a newer base image (a scheduled patch run) bakes, tags the base, and the summary names the change', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.images.find((i) => i.ImageId === OLD)!.Tags = [
      { Key: TAGS.baseAmi, Value: 'ami-0a12023000000001' }
    ]
    const packer: string[][] = []
    core.state.inputs['base-ami'] = 'amazon:al2023-ami-2023.*-x86_64'
    await run(deps({ exec: fakePacker(packer) }))
    expect(core.state.failed).toBeUndefined()
    expect(packer[1]).toContain('base_ami=ami-0a12023000000002')
    expect(core.state.summary).toContain(
      '| Base image | `ami-0a12023000000002` (new; was `ami-0a12023000000001`) |'
    )
    const baked = world.images.find((i) => i.ImageId === BAKED)
    expect(baked?.Tags).toContainEqual({ Key: TAGS.baseAmi, Value: 'ami-0a12023000000002' })
  })

  it('fails with the error lines of packer when the build fails, before touching the stack', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    const exec: Runner = async (_cmd, args, opts) => {
      if (args[0] === 'build') {
        opts.onLine("1700000000,,ui,error,Build 'amazon-ebs.opscenter' errored: checksum mismatch")
        return 1
      }
      return 0
    }
    await run(deps({ exec }))
    expect(core.state.failed).toBe(
      "packer build failed with exit code 1: Build 'amazon-ebs.opscenter' errored: checksum mismatch (see the packer log group above)"
    )
    expect(world.mutations()).toEqual([])
    expect(core.state.outputs.result).toBe('failed')
  })

  it('reuses an AMI with the same recipe hash, updates the stack and replaces the instance', async () => {
    world.addImage(
      NEW,
      { [TAGS.recipeHash]: hashOf(), [TAGS.stack]: 'ops' },
      '2026-11-27T10:00:00.000Z'
    )
    const old = world.deployed(OLD, OLDER, TEMPLATE)
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs).toMatchObject({
      result: 'deployed',
      'ami-id': NEW,
      'previous-ami-id': OLD,
      // The stack's outputs, as the CloudFormation deploy action sets them, and by name.
      'record-name': 'opscenter.internal.example.com',
      'opscenter-url': 'http://opscenter.internal.example.com:8888/',
      'alert-topic-arn': '',
      RecordName: 'opscenter.internal.example.com',
      OpsCenterUrl: 'http://opscenter.internal.example.com:8888/'
    })
    expect(world.stack?.params).toMatchObject({ AmiId: NEW, PreviousAmiId: OLD })
    expect(world.terminated).toEqual([old])
    const now = world.live()
    expect(now.map((i) => i.ami)).toEqual([NEW])
    expect(core.state.outputs['instance-id']).toBe(now[0].id)
    const downtime = Number(core.state.outputs['downtime-seconds'])
    expect(downtime).toBeGreaterThan(0)
    // the output and the summary give the same figure
    const shown = core.state.summary.match(/\| Downtime \| (?:(\d+)m)?([\d.]+)s \|/)
    expect(shown).not.toBeNull()
    expect(Number(shown![1] ?? 0) * 60 + Number(shown![2])).toBeCloseTo(downtime, 0)
    expect(core.logText()).toMatch(/reusing ami-0+b/)
    expect(core.state.summary).toMatch(/Timeline/)
    // The story first, then a table with a real header row, then the gantt chart.
    expect(core.state.summary).toContain(
      `Was OpsCenter (version unknown) on \`${OLD}\`; now OpsCenter 6.8.51 on \`${NEW}\` (instance \`${now[0].id}\`); downtime`
    )
    expect(core.state.summary).toMatch(
      /\| What \| Value \|\n\|---\|---\|\n\| Runs now \| `ami-0+b` \|/
    )
    expect(core.state.summary).not.toMatch(/^\| \| \|$/m)
    expect(core.state.summary).toMatch(/```mermaid\ngantt\n.*\n {4}dateFormat x\n/)
  })

  it('is a no-op when stack and instance are already at the desired AMI', async () => {
    world.deployed(NEW, OLD, TEMPLATE)
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('unchanged')
    expect(world.mutations()).toEqual(['CreateChangeSet:UPDATE', 'DeleteChangeSet'])
    expect(world.calls).not.toContain('ExecuteChangeSet')
  })

  it('finishes a cancelled run: stack already at the new AMI, instance still on the old one', async () => {
    const old = world.deployed(NEW, OLD, TEMPLATE)
    world.instances.get(old)!.ami = OLD
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs).toMatchObject({ result: 'deployed', 'previous-ami-id': OLD })
    expect(world.calls).not.toContain('ExecuteChangeSet')
    expect(world.terminated).toEqual([old])
    expect(world.live().map((i) => i.ami)).toEqual([NEW])
  })

  /** The state a deploy cancelled right after its terminate call leaves behind. */
  function cancelledMidReplace(): string {
    const old = world.deployed(NEW, OLD, TEMPLATE)
    const i = world.instances.get(old)!
    i.ami = OLD
    i.lifecycle = 'Terminating:Wait'
    i.steps = [
      () => {
        i.lifecycle = 'Terminating:Proceed'
        world.eni.attachedTo = undefined
      },
      () => world.members.splice(world.members.indexOf(old), 1)
    ]
    world.launch(NEW)
    return old
  }

  it('a re-run right after a run cancelled mid-replace follows that replacement to the end', async () => {
    const old = cancelledMidReplace()
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs).toMatchObject({ result: 'deployed', 'previous-ami-id': OLD })
    expect(world.terminated).toEqual([])
    expect(world.live().map((i) => i.ami)).toEqual([NEW])
    expect(core.logText()).toMatch(
      new RegExp(`resuming the replacement an earlier run started \\(leaving: ${old}\\)`)
    )
  })

  it('a resumed replacement that fails is reverted, forgetting the unknown earlier AMI', async () => {
    world.bootPlans.set(NEW, { kind: 'fail', at: 'service', reason: 'opscenterd exited' })
    cancelledMidReplace()
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(world.stack?.params).toMatchObject({ AmiId: OLD, PreviousAmiId: '' })
    expect(world.live().map((i) => i.ami)).toEqual([OLD])
  })

  it('a group busy with what a stopped run left: waits for it to settle, then deploys on it as it is', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.busyActivity = true
    world.busyUntil = world.clock.now() + 2 * 60_000
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('deployed')
    expect(core.logText()).toMatch(
      /group ops-opscenter is busy \(scaling activity InProgress: Launching a new EC2 instance\), and no other run holds the deploy lock.*Waiting up to 900s[\s\S]*group ops-opscenter settled: deciding on it as it is now/
    )
    expect(world.live().map((i) => i.ami)).toEqual([NEW])
  })

  it('waits for a group busy with something else to settle, bounded, and changes nothing while it waits', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.busyActivity = true
    core.state.inputs['ami-id'] = NEW
    const start = world.clock.now()
    await run(deps())
    expect(core.state.failed).toMatch(
      /group ops-opscenter did not settle within 900s \(timeout-minutes\): scaling activity InProgress: Launching a new EC2 instance\. This run changed nothing/
    )
    expect(world.clock.now() - start).toBeGreaterThanOrEqual(15 * 60_000)
    expect(world.mutations()).toEqual([])
    expect(world.lockCalls).toEqual(['take ops (deploy)', 'release'])
    // An instance on another AMI being launched is not ours to follow either.
    world.busyActivity = false
    world.stack!.params.AmiId = NEW
    world.instances.get('i-0001')!.lifecycle = 'Pending:Wait'
    core.reset({ ...repo.inputs, 'ami-id': NEW })
    await run(deps())
    expect(core.state.failed).toMatch(/instance i-0001 is Pending:Wait/)
    expect(world.mutations()).toEqual([])
  })

  it('refuses an AMI that does not exist before changing anything', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    core.state.inputs['ami-id'] = 'ami-0123456789abcdef0'
    await run(deps())
    expect(core.state.failed).toBe(
      'AMI ami-0123456789abcdef0 does not exist in us-east-1 (or this account cannot see it)'
    )
    expect(world.mutations()).toEqual([])
  })

  it('a reverted run tells it as it happened: was, tried, where it failed, back on what runs', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    const version = (ami: string, v: string) =>
      (world.images.find((i) => i.ImageId === ami)!.Tags = [
        { Key: TAGS.opscenterVersion, Value: v }
      ])
    version(OLD, '6.8.51')
    version(NEW, '6.8.99')
    world.bootPlans.set(NEW, { kind: 'fail', at: 'service', reason: 'opscenterd exited' })
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    const summary = core.state.summary
    expect(summary).toContain(
      `Was OpsCenter 6.8.51 on \`${OLD}\`; tried OpsCenter 6.8.99 on \`${NEW}\`, which failed at the efs step; back on OpsCenter 6.8.51 on \`${OLD}\``
    )
    // What runs now is the version it went back to, never the one it tried.
    expect(summary).toContain('| OpsCenter version now | 6.8.51 |')
    expect(summary).not.toContain('| OpsCenter version now | 6.8.99 |')
    expect(summary).toContain(`| Tried | \`${NEW}\` (OpsCenter 6.8.99) |`)
    expect(summary).toMatch(/replace :crit, p\d+, /)
  })

  it('reverts at once when the new agent reports failed, without waiting for the time-out', async () => {
    const old = world.deployed(OLD, OLDER, TEMPLATE)
    world.bootPlans.set(NEW, { kind: 'fail', at: 'efs', reason: 'mount of fs-1 timed out' })
    core.state.inputs['ami-id'] = NEW
    const start = world.clock.now()
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(core.state.failed).toMatch(/phase dns: mount of fs-1 timed out/)
    expect(core.state.failed).toMatch(/i-0002/)
    expect(core.state.failed).toMatch(/Reverted to ami-0+a/)
    expect(world.stack?.params).toMatchObject({ AmiId: OLD, PreviousAmiId: OLDER })
    expect(world.live().map((i) => i.ami)).toEqual([OLD])
    expect(world.terminated).toEqual([old])
    // 15 minutes is the time-out; reacting to `failed` takes a few polls.
    expect(world.clock.now() - start).toBeLessThan(3 * 60_000)
  })

  it('a revert puts back the template and parameters the stack had before the run', async () => {
    world.deployed(OLD, OLDER, 'the template before')
    world.bootPlans.set(NEW, { kind: 'fail', at: 'service', reason: 'opscenterd exited' })
    core.state.inputs['ami-id'] = NEW
    core.state.inputs.parameters = 'InstanceType=m5.xlarge'
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(world.stack).toMatchObject({
      template: 'the template before',
      params: { AmiId: OLD, PreviousAmiId: OLDER, InstanceType: 'm5.large' }
    })
  })

  it('a template change that breaks the boot is reverted on the same AMI, not to an older one', async () => {
    const old = world.deployed(NEW, OLD, 'the template before')
    world.templatePlans.set(TEMPLATE, { kind: 'fail', at: 'dns', reason: 'bad user data' })
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(core.state.failed).toMatch(
      /bad user data\. Reverted to the template and parameters from before: i-\d+ is healthy on ami-0+b/
    )
    expect(world.stack).toMatchObject({
      template: 'the template before',
      params: { AmiId: NEW, PreviousAmiId: OLD }
    })
    expect(world.terminated[0]).toBe(old)
    const live = world.live()
    expect(live.map((i) => i.ami)).toEqual([NEW])
    expect(live[0].id).not.toBe(old)
  })

  it('names the failed step even when the failed instance is already on its way out when seen', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.bootPlans.set(NEW, {
      kind: 'fail',
      at: 'service',
      reason: 'service: never answered',
      torn: true
    })
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(core.state.failed).toMatch(
      /i-0002 failed in phase service: service: never answered \(now lifecycle Terminating:Wait/
    )
  })

  it('reverts after the phase time-out when the new instance hangs', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.bootPlans.set(NEW, { kind: 'hang', at: 'efs' })
    core.state.inputs['ami-id'] = NEW
    core.state.inputs['timeout-minutes'] = '2'
    await run(deps())
    expect(core.state.outputs.result).toBe('reverted')
    expect(core.state.failed).toMatch(
      /i-0002 failed in phase efs: no healthy report within 120s \(timeout-minutes\); last seen Pending:Wait/
    )
    expect(world.mutations()).toContain('CompleteLifecycleAction:i-0002:ABANDON')
    expect(world.live().map((i) => i.ami)).toEqual([OLD])
  })

  it('fails loudly with the state of AWS when the revert fails too', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.bootPlans.set(NEW, { kind: 'fail', at: 'efs', reason: 'new is broken' })
    world.bootPlans.set(OLD, { kind: 'fail', at: 'dns', reason: 'zone gone' })
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('failed')
    expect(core.state.failed).toMatch(/new is broken/)
    expect(core.state.failed).toMatch(/revert to ami-0+a failed too: .*zone gone/)
    expect(core.state.failed).toMatch(
      /Now: stack ops is UPDATE_COMPLETE with AmiId=ami-0+a; group ops-opscenter has/
    )
    expect(core.state.failed).toMatch(/No data was deleted/)
  })

  it('does not revert when auto-revert is false, and says how to roll back', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.bootPlans.set(NEW, { kind: 'fail', at: 'service', reason: 'opscenterd did not answer' })
    core.state.inputs['ami-id'] = NEW
    core.state.inputs['auto-revert'] = 'false'
    await run(deps())
    expect(core.state.outputs.result).toBe('failed')
    expect(core.state.failed).toMatch(/auto-revert is off.*command: rollback \(to ami-0+a\)/)
    expect(world.stack?.params.AmiId).toBe(NEW)
  })

  it('fails without a revert when the first instance of a new stack does not come up', async () => {
    world.bootPlans.set(NEW, { kind: 'fail', at: 'eni', reason: 'no interface in zone' })
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('failed')
    expect(core.state.failed).toMatch(/no interface in zone.*no previous AMI to revert to/)
  })

  it('puts the failed resources and their reasons in the error of a failed stack update', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.stackFailure = {
      logical: 'LaunchTemplate',
      reason: 'You are not authorized to perform this operation'
    }
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toMatch(
      /stack ops update failed and ended UPDATE_ROLLBACK_COMPLETE: LaunchTemplate UPDATE_FAILED: You are not authorized/
    )
    expect(world.terminated).toEqual([])
  })

  it('bounds the wait for CloudFormation and says it carries on without us', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.stackStuck = true
    core.state.inputs['ami-id'] = NEW
    core.state.inputs['timeout-minutes'] = '0.5'
    await run(deps())
    expect(core.state.failed).toMatch(
      /timed out after 30s waiting for stack ops to finish its update \(timeout-minutes\)\. CloudFormation carries on by itself/
    )
    expect(world.terminated).toEqual([])
  })

  it('keeps the newest keep-amis AMIs and never the current or the previous one', async () => {
    const t = (d: number) => `2026-11-${String(d).padStart(2, '0')}T00:00:00.000Z`
    const stackTag = { [TAGS.stack]: 'ops' }
    world.addImage(OLD, stackTag, t(1)) // previous: oldest, kept anyway
    for (let d = 2; d <= 7; d++)
      world.addImage(`ami-00000000000000${String(d).padStart(3, '0')}`, stackTag, t(d))
    world.addImage(NEW, stackTag, t(8))
    world.addImage('ami-0otherstack0000001', { [TAGS.stack]: 'other' }, t(1))
    world.deployed(OLD, '', TEMPLATE)
    core.state.inputs['ami-id'] = NEW
    core.state.inputs['keep-amis'] = '3'
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    const deregistered = world.calls
      .filter((c) => c.startsWith('DeregisterImage'))
      .map((c) => c.split(':')[1])
    expect(deregistered.sort()).toEqual([
      'ami-00000000000000002',
      'ami-00000000000000003',
      'ami-00000000000000004',
      'ami-00000000000000005'
    ])
    expect(world.calls).toContain('DeleteSnapshot:snap-00000000000000002')
    expect(world.images.map((i) => i.ImageId)).toEqual(
      expect.arrayContaining([OLD, NEW, 'ami-0otherstack0000001'])
    )
  })
})

describe('deploy under pressure', () => {
  it('rides out throttling on every service', async () => {
    world.addImage(
      NEW,
      { [TAGS.recipeHash]: hashOf(), [TAGS.stack]: 'ops' },
      '2026-11-27T10:00:00.000Z'
    )
    world.deployed(OLD, OLDER, TEMPLATE)
    for (const call of [
      'DescribeImages',
      'DescribeStacks',
      'CreateChangeSet',
      'DescribeAutoScalingGroups',
      'TerminateInstanceInAutoScalingGroup',
      'DescribeInstances',
      'ListResourceRecordSets',
      'GetChange'
    ])
      world.throttle.set(call, 2)
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('deployed')
    expect(world.throttled).toBe(16)
  })

  it('waits for health-url to answer 2xx, and reverts when it never does', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    core.state.inputs['ami-id'] = NEW
    core.state.inputs['health-url'] = 'http://opscenter.internal.example.com:8888/'
    core.state.inputs['timeout-minutes'] = '1'
    const statuses: number[] = []
    let calls = 0
    const fetch = (async (url: string) => {
      // The new AMI's OpsCenter answers 503 forever; the old one after one 502.
      const onNew = world.live()[0]?.ami === NEW
      const status = onNew ? 503 : ++calls > 1 ? 200 : 502
      statuses.push(status)
      expect(url).toBe('http://opscenter.internal.example.com:8888/')
      return new Response('', { status })
    }) as typeof globalThis.fetch
    await run(deps({ fetch }))
    expect(core.state.outputs.result).toBe('reverted')
    expect(core.state.failed).toMatch(
      /health-url http:\/\/opscenter.internal.example.com:8888\/ did not answer 2xx in 60s \(last: HTTP 503\)/
    )
    expect(statuses).toContain(502)
    expect(statuses[statuses.length - 1]).toBe(200)
  })
})

describe('the deploy lock', () => {
  it('every command but plan holds it from before it looks at AWS to the end, however it ends', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.outputs.result).toBe('deployed')
    expect(world.lockCalls).toEqual(['take ops (deploy)', 'release'])
    core.reset({ ...repo.inputs, 'ami-id': 'ami-0000000000000dead' })
    await run(deps())
    expect(core.state.failed).toMatch(/does not exist/)
    expect(world.lockCalls).toEqual([
      'take ops (deploy)',
      'release',
      'take ops (deploy)',
      'release'
    ])
  })

  it('held by another run: fails naming it, before anything in AWS is read or changed', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.lockFails = new LockBusyError(
      'ops',
      'deploy by alice in workflow "deploy" (run 41)',
      300_000
    )
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toMatch(
      /stack ops is locked by another run: deploy by alice .*run 41.*changed nothing/
    )
    expect(core.state.outputs.result).toBe('failed')
    expect(world.mutations()).toEqual([])
    expect(world.calls).toEqual([])
  })

  it('lost to another run (its lease ran out under us): stops before the next step, reverting nothing', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    world.lockLost = new Error(
      'the deploy lock of stack ops was lost: it is now held by deploy by bob'
    )
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toMatch(/lock of stack ops was lost: it is now held by deploy by bob/)
    expect(world.terminated).toEqual([])
    expect(world.stack?.params.AmiId).toBe(OLD)
  })

  it("follows only a replacement launched from the group's launch template version: any other is not evidence, good or bad", async () => {
    world.groupVersion = '3'
    world.deployed(OLD, OLDER, TEMPLATE)
    // Someone else's launch, from the version before: it comes up healthy on the old AMI.
    world.launchVersion = '2'
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toMatch(
      /i-0002 reported healthy, but it was launched from launch template version 2 and the group's is 3: it is not the replacement this run started.*Nothing was reverted/
    )
    expect(core.state.outputs.result).toBe('failed')
    // No revert: the stack stays where this run put it, for the next run to converge.
    expect(world.stack?.params.AmiId).toBe(NEW)
  })

  it('says deployed only of the stack as it is at the end: another change to AmiId fails the run', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    // Someone else's change lands while the new instance is verified (the record is read
    // once to observe, once to verify).
    let reads = 0
    world.onCall = (name) => {
      if (name === 'ListResourceRecordSets' && ++reads === 2)
        world.stack!.params.AmiId = 'ami-0000000000000bbbb'
    }
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toMatch(
      /stack ops is now at AmiId ami-0+bbbb, not ami-0+\w+ which this run verified: something else changed the stack/
    )
    expect(core.state.outputs.result).not.toBe('deployed')
  })
})

describe('other commands', () => {
  it('rollback deploys the previous AMI and remembers the current one as previous', async () => {
    world.deployed(NEW, OLD, TEMPLATE)
    core.state.inputs.command = 'rollback'
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs).toMatchObject({
      result: 'deployed',
      'ami-id': OLD,
      'previous-ami-id': NEW
    })
    expect(world.stack?.params).toMatchObject({ AmiId: OLD, PreviousAmiId: NEW })
    expect(world.live().map((i) => i.ami)).toEqual([OLD])
  })

  it('rollback without a previous AMI fails and says why', async () => {
    world.deployed(NEW, '', TEMPLATE)
    core.state.inputs.command = 'rollback'
    await run(deps())
    expect(core.state.failed).toMatch(/no PreviousAmiId: nothing was deployed before ami-0+b/)
    expect(world.mutations()).toEqual([])
  })

  it('replace starts a fresh instance on the same AMI; force overrides a busy group', async () => {
    const old = world.deployed(NEW, OLD, TEMPLATE)
    world.busyActivity = true
    core.state.inputs.command = 'replace'
    await run(deps())
    expect(core.state.failed).toMatch(/did not settle .*scaling activity InProgress/)
    expect(world.terminated).toEqual([])
    core.reset({ ...repo.inputs, command: 'replace', force: 'true' })
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(world.terminated).toEqual([old])
    expect(core.state.outputs).toMatchObject({ result: 'deployed', 'ami-id': NEW })
  })

  it('plan shows the change set, comments on the PR and changes nothing', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    const comments: string[] = []
    core.state.inputs.command = 'plan'
    core.state.inputs.parameters = 'InstanceType=m5.xlarge'
    core.state.inputs['github-token'] = 'ghs_secret'
    await run(
      deps({
        commenter: (token) =>
          token ? async (body) => (comments.push(body), 'https://example.com/c/1') : undefined
      })
    )
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('planned')
    expect(core.state.secrets).toEqual(['ghs_secret'])
    expect(core.state.summary).toMatch(/would be \*\*baked\*\*/)
    expect(core.state.summary).toMatch(/\| Action \| Logical ID/)
    expect(comments[0]).toMatch(/Modify \| Other/)
    expect(world.mutations()).toEqual(['CreateChangeSet:UPDATE', 'DeleteChangeSet'])
    // plan never takes the deploy lock, so it never waits for a deploy.
    expect(world.lockCalls).toEqual([])
  })
})

describe('plan on a new stack', () => {
  it('previews the creation and removes the empty stack the change set made', async () => {
    core.state.inputs.command = 'plan'
    core.state.inputs['ami-id'] = NEW
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.summary).toMatch(/the stack \*\*ops\*\* would be \*\*created\*\*/)
    expect(world.mutations()).toEqual(['CreateChangeSet:CREATE', 'DeleteChangeSet', 'DeleteStack'])
    expect(world.stack).toBeUndefined()
  })

  it('still succeeds when the plan role may not delete the empty stack, which deploy then creates', async () => {
    core.state.inputs.command = 'plan'
    core.state.inputs['ami-id'] = NEW
    world.cfn
      .on(DeleteStackCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }))
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('planned')
    expect(core.logText()).toMatch(
      /left the empty REVIEW_IN_PROGRESS stack ops in place \(not authorized\)/
    )
    expect(world.stack?.status).toBe('REVIEW_IN_PROGRESS')
    core.reset({ ...repo.inputs, 'ami-id': NEW })
    await run(deps())
    expect(core.state.failed).toBeUndefined()
    expect(core.state.outputs.result).toBe('deployed')
    expect(world.calls.filter((c) => c.startsWith('CreateChangeSet'))).toEqual([
      'CreateChangeSet:CREATE',
      'CreateChangeSet:CREATE'
    ])
  })
})

describe('cancellation', () => {
  it('on SIGTERM says which phase stopped and what the next run does, and exits non-zero', async () => {
    world.deployed(OLD, OLDER, TEMPLATE)
    core.state.inputs['ami-id'] = NEW
    const exit = jest.fn()
    const sendOnTerminate = world.asg.send
    void sendOnTerminate
    let sent = false
    const d = deps({ exit })
    const clients = world.clients()
    const send = clients.asg.send.bind(clients.asg)
    clients.asg.send = (async (cmd: { constructor: { name: string } }) => {
      const out = await send(cmd as never)
      if (!sent && cmd.constructor.name === 'TerminateInstanceInAutoScalingGroupCommand') {
        sent = true
        process.emit('SIGTERM', 'SIGTERM')
      }
      return out
    }) as never
    await run({ ...d, clients: () => clients })
    expect(exit).toHaveBeenCalledWith(1)
    expect(core.logText()).toMatch(
      /cancelled by SIGTERM during phase replace\. The replacement carries on in AWS/
    )
    expect(process.listenerCount('SIGTERM')).toBe(0)
  })
})
