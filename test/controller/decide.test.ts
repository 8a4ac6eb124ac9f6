// decide() is the one place a run's steps are chosen. One row per situation a run can find:
// the snapshot, what git wants, the steps (kind and instance), what a failure reverts to,
// or why the run may not start. No AWS, no clock: the rows are the whole story.
import { decide } from '../../src/controller/reconcile/decide.js'
import type { ChangeSummary, Desired, Plan } from '../../src/controller/context/plan.js'
import type { Member, Snapshot } from '../../src/controller/context/snapshot.js'
import type { Command } from '../../src/controller/context/options.js'

const A = 'ami-0000000000000000a'
const B = 'ami-0000000000000000b'
const Z = 'ami-00000000000000009'

const member = (id: string, lifecycle: string, ami: string | undefined, v = '2'): Member => ({
  id,
  lifecycle,
  templateVersion: v,
  instance: ami ? { id, imageId: ami, state: 'running', phase: 'healthy' } : undefined
})

function snapshot(
  o: {
    ami?: string
    previous?: string
    members?: Member[]
    activities?: string[]
    version?: string
    status?: string
  } = {}
): Snapshot {
  return {
    stackName: 'ops',
    stack: {
      name: 'ops',
      status: o.status ?? 'UPDATE_COMPLETE',
      parameters: { AmiId: o.ami ?? A, PreviousAmiId: o.previous ?? Z },
      outputs: { AutoScalingGroupName: 'ops-asg' }
    },
    type: 'UPDATE',
    ami: { amiId: o.ami ?? A, previousAmiId: o.previous ?? Z },
    group: {
      name: 'ops-asg',
      templateVersion: o.version ?? '2',
      members: o.members ?? [member('i-1', 'InService', o.ami ?? A)],
      activities: o.activities ?? []
    },
    enis: []
  }
}

const fresh: Snapshot = {
  stackName: 'ops',
  type: 'CREATE',
  ami: { amiId: '', previousAmiId: '' },
  enis: []
}

const NOTHING: ChangeSummary = { nothing: true, resources: [], launchTemplate: false }
const AMI_CHANGE: ChangeSummary = {
  nothing: false,
  resources: ['Modify LaunchTemplate'],
  launchTemplate: true
}
const OUTPUTS_ONLY: ChangeSummary = { nothing: false, resources: [], launchTemplate: false }

const bake: Desired = {
  amiId: '',
  source: 'would-bake',
  recipeHash: 'f00d'.repeat(16),
  baseAmiId: 'ami-base'
}
const input = (amiId: string, change?: ChangeSummary): Desired => ({
  amiId,
  source: 'input',
  change
})
const reused = (amiId: string, change?: ChangeSummary): Desired => ({
  amiId,
  source: 'reused',
  recipeHash: 'beef'.repeat(16),
  change
})

interface Row {
  name: string
  s: Snapshot
  d: Desired
  command?: Command
  force?: boolean
  steps: string[]
  revert?: string | undefined
  sameAmi?: boolean
  blocked?: RegExp
  why?: RegExp
  previous?: string
}

const steps = (p: Plan): string[] =>
  p.steps.map((s) => (s.instanceId ? `${s.kind} ${s.instanceId}` : s.kind))

const rows: Row[] = [
  {
    name: 'fresh account, recipe not baked yet',
    s: fresh,
    d: bake,
    steps: ['bake', 'create-stack', 'follow', 'verify', 'retain'],
    revert: undefined,
    why: /no previous AMI/,
    previous: ''
  },
  {
    name: 'fresh account, ami-id input',
    s: fresh,
    d: input(B, { nothing: false, resources: ['Add Group'], launchTemplate: true }),
    steps: ['reuse', 'create-stack', 'follow', 'verify', 'retain'],
    revert: undefined
  },
  {
    name: 'unchanged: stack and instance at the AMI, change set empty',
    s: snapshot(),
    d: reused(A, NOTHING),
    steps: ['reuse', 'nothing i-1', 'verify i-1'],
    revert: undefined,
    why: /nothing to revert to/,
    previous: Z
  },
  {
    name: 'version bump: a new AMI to bake',
    s: snapshot(),
    d: bake,
    steps: ['bake', 'update-stack', 'replace i-1', 'verify', 'retain'],
    revert: A,
    why: /the AMI the stack ran before this run/,
    previous: A
  },
  {
    name: 'a reused AMI: the launch template changes',
    s: snapshot(),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack', 'replace i-1', 'verify', 'retain'],
    revert: A,
    previous: A
  },
  {
    name: 'stack updated but the instance still old (a run cancelled after its stack step)',
    s: snapshot({ ami: B, previous: A, members: [member('i-1', 'InService', A)] }),
    d: input(B, NOTHING),
    steps: ['reuse', 'replace i-1', 'verify', 'retain'],
    revert: A,
    why: /the instance still runs/,
    previous: A
  },
  {
    name: 'replacement in flight toward the AMI (a run cancelled mid-replace)',
    s: snapshot({
      ami: B,
      previous: A,
      members: [member('i-1', 'Terminating:Wait', A), member('i-2', 'Pending:Wait', B)]
    }),
    d: input(B, NOTHING),
    steps: ['reuse', 'follow', 'verify', 'retain'],
    revert: A,
    why: /remembers as previous/
  },
  {
    name: 'replacement in flight with no previous AMI remembered',
    s: snapshot({ ami: B, previous: '', members: [member('i-2', 'Pending', B)] }),
    d: input(B, NOTHING),
    steps: ['reuse', 'follow', 'verify', 'retain'],
    revert: undefined,
    why: /remembers no previous AMI/
  },
  {
    name: 'a stack whose last update rolled back is changed like any other',
    s: snapshot({ status: 'UPDATE_ROLLBACK_COMPLETE' }),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack', 'replace i-1', 'verify', 'retain'],
    revert: A
  },
  {
    name: 'a previous run failed half-way: the instance on the AMI reports failed',
    s: snapshot({
      ami: B,
      previous: A,
      members: [
        { ...member('i-2', 'InService', B), instance: { id: 'i-2', imageId: B, phase: 'failed' } }
      ]
    }),
    d: input(B, NOTHING),
    // Not replaced by deploy: verify names the failure and says to run replace.
    steps: ['reuse', 'nothing i-2', 'verify i-2'],
    revert: undefined
  },
  {
    name: 'template-only change: same AMI, the launch template changes',
    s: snapshot(),
    d: input(A, AMI_CHANGE),
    steps: ['reuse', 'update-stack', 'replace i-1', 'verify', 'retain'],
    revert: A,
    sameAmi: true,
    why: /template and parameters from before this run/
  },
  {
    name: 'template-only change cancelled before its replacement: the instance is on an older launch template version',
    s: snapshot({ version: '3', members: [member('i-1', 'InService', A, '2')] }),
    d: input(A, NOTHING),
    steps: ['reuse', 'replace i-1', 'verify', 'retain'],
    revert: undefined
  },
  {
    name: 'an Outputs-only edit changes the stack, not the instance',
    s: snapshot(),
    d: input(A, OUTPUTS_ONLY),
    steps: ['reuse', 'update-stack', 'nothing i-1', 'verify i-1', 'retain'],
    revert: A,
    sameAmi: true
  },
  {
    name: 'an instance not InService: the group is busy',
    s: snapshot({ members: [member('i-1', 'Pending:Wait', A)] }),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack'],
    blocked: /group ops-asg is busy \(instance i-1 is Pending:Wait, not InService\)/
  },
  {
    name: 'a launch on another AMI under way is not ours to follow',
    s: snapshot({ ami: B, members: [member('i-1', 'Pending:Wait', A)] }),
    d: input(B, NOTHING),
    steps: ['reuse'],
    blocked: /is busy \(instance i-1 is Pending:Wait/
  },
  {
    name: 'a scaling activity in progress',
    s: snapshot({ activities: ['scaling activity InProgress: Launching a new EC2 instance'] }),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack'],
    blocked: /busy \(scaling activity InProgress: Launching/
  },
  {
    name: 'a group with two members in service',
    s: snapshot({ members: [member('i-1', 'InService', A), member('i-2', 'InService', A)] }),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack'],
    blocked: /has 2 live instances \(i-1 InService, i-2 InService\).*desired capacity back to 1/
  },
  {
    name: 'a group with no instance',
    s: snapshot({ members: [] }),
    d: reused(B, AMI_CHANGE),
    steps: ['reuse', 'update-stack'],
    blocked: /has no instance to replace: wait for Auto Scaling/
  },
  {
    name: 'rollback: back to the previous AMI, remembering the current one',
    s: snapshot({ ami: B, previous: A, members: [member('i-1', 'InService', B)] }),
    d: { amiId: A, source: 'previous', change: AMI_CHANGE },
    command: 'rollback',
    steps: ['reuse', 'update-stack', 'replace i-1', 'verify', 'retain'],
    revert: B,
    previous: B
  },
  {
    name: 'replace: a fresh instance on the same AMI, nothing to revert to',
    s: snapshot(),
    d: { amiId: A, source: 'stack' },
    command: 'replace',
    steps: ['replace i-1', 'verify'],
    revert: undefined,
    previous: Z
  },
  {
    name: 'replace refuses a busy group',
    s: snapshot({ activities: ['scaling activity InProgress: x'] }),
    d: { amiId: A, source: 'stack' },
    command: 'replace',
    steps: [],
    blocked: /is busy/
  },
  {
    name: 'replace with force goes ahead on a busy group, and says so',
    s: snapshot({ members: [member('i-1', 'InService', A), member('i-2', 'Pending', A)] }),
    d: { amiId: A, source: 'stack' },
    command: 'replace',
    force: true,
    steps: ['replace i-1', 'verify'],
    revert: undefined
  }
]

describe('decide', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const plan = decide(freeze(r.s), r.d, {
      command: r.command ?? 'deploy',
      force: r.force ?? false
    })
    expect(steps(plan)).toEqual(r.steps)
    if (r.blocked) {
      expect(plan.blocked).toMatch(r.blocked)
      return
    }
    expect(plan.blocked).toBeUndefined()
    expect(plan.revert.amiId).toBe(r.revert)
    if (r.sameAmi !== undefined) expect(plan.revert.sameAmi).toBe(r.sameAmi)
    if (r.why) expect(plan.revert.why).toMatch(r.why)
    if (r.previous !== undefined) expect(plan.previousAmiId).toBe(r.previous)
    for (const s of plan.steps) expect(s.why).not.toBe('')
  })

  it('says why it replaces, in the words a reviewer reads', () => {
    const plan = decide(snapshot(), reused(B, AMI_CHANGE), { command: 'deploy', force: false })
    expect(plan.steps.find((s) => s.kind === 'replace')?.why).toBe(
      `i-1: it runs ${A}, want ${B}; prepared handover: a successor boots beside it in its zone and takes over once ready (an AMI that fails to boot costs no downtime)`
    )
    const cold = decide(snapshot(), reused(B, AMI_CHANGE), {
      command: 'deploy',
      force: false,
      strategy: 'cold'
    })
    expect(cold.steps.find((s) => s.kind === 'replace')).toMatchObject({
      strategy: 'cold',
      why: `i-1: it runs ${A}, want ${B}; cold: terminated first, then a new instance launches`
    })
    const drift = decide(
      snapshot({ version: '3', members: [member('i-1', 'InService', A, '2')] }),
      input(A, NOTHING),
      { command: 'deploy', force: false }
    )
    expect(drift.steps.find((s) => s.kind === 'replace')?.why).toMatch(
      /^i-1: it was launched from launch template version 2, the group's is 3; prepared handover/
    )
    expect(
      decide(snapshot(), input(A, AMI_CHANGE), { command: 'deploy', force: false }).steps[2].why
    ).toMatch(/^i-1: the launch template changes; /)
  })

  it('a group a stopped handover left (two allowed, or one subnet) is finished before anything is decided', () => {
    const base = snapshot({
      members: [member('i-1', 'InService', A), member('i-2', 'InService', B)]
    })
    const withSubnets = (
      g: Partial<NonNullable<Snapshot['group']>>,
      subnets: string[]
    ): Snapshot => ({
      ...base,
      stack: {
        ...base.stack!,
        parameters: { ...base.stack!.parameters, SubnetA: 's-a', SubnetB: 's-b', SubnetC: 's-c' }
      },
      group: { ...base.group!, subnets, ...g }
    })
    for (const command of ['deploy', 'replace', 'rollback'] as Command[]) {
      const two = decide(withSubnets({ max: 2, desired: 2 }, ['s-a']), input(B, AMI_CHANGE), {
        command,
        force: true
      })
      expect(two.finish).toMatch(
        /^group ops-asg is still in a handover window \(max 2, desired 2; subnets s-a instead of s-a,s-b,s-c\)/
      )
      expect(two.steps).toEqual([])
      expect(two.blocked).toContain(two.finish)
    }
    // As the stack declares it: nothing to finish (subnets in any order).
    const one = decide(
      withSubnets({ max: 1, desired: 1, members: [member('i-1', 'InService', A)] }, [
        's-c',
        's-a',
        's-b'
      ]),
      input(B, AMI_CHANGE),
      { command: 'deploy', force: false }
    )
    expect(one.finish).toBeUndefined()
    expect(one.steps.map((x) => x.kind)).toContain('replace')
  })

  it('names the busy state a forced replace overrides', () => {
    const plan = decide(
      snapshot({ activities: ['scaling activity InProgress: x'] }),
      { amiId: A, source: 'stack' },
      {
        command: 'replace',
        force: true
      }
    )
    expect(plan.steps[0].why).toMatch(
      /force: although the group is busy: scaling activity InProgress: x/
    )
  })

  it('is the same decision for plan and for deploy', () => {
    for (const r of rows.filter((x) => !x.command)) {
      const as = (command: Command) => decide(r.s, r.d, { command, force: false })
      expect({ ...as('plan'), command: 'deploy' }).toEqual(as('deploy'))
    }
  })

  it('a replace of a stack that does not exist says to deploy first', () => {
    expect(() =>
      decide(fresh, { amiId: '', source: 'stack' }, { command: 'replace', force: false })
    ).toThrow('stack ops does not exist: run command: deploy first')
  })
})

/** decide may not change what was seen: a frozen snapshot throws on any write. */
function freeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    for (const x of Object.values(v)) freeze(x)
    Object.freeze(v)
  }
  return v
}

describe('a run that would start an older OpsCenter on newer state', () => {
  const POINT = '20261130T100000Z-6.8.52'
  const stateAt = (version: string, points: string[]): Snapshot => {
    const s = snapshot()
    const m = s.group!.members[0]
    m.instance = {
      ...m.instance!,
      stateVersion: version,
      stateSince: Date.parse('2026-11-30T10:00:00Z'),
      restorePoints: points
    }
    return s
  }
  const back = (version: string): Desired => ({ ...input(B, AMI_CHANGE), version })

  it.each([
    ['restore, with a point of that version', 'restore', [POINT], undefined, POINT],
    ['keep, with no point', 'keep', [], undefined, undefined],
    [
      'restore, with no point of that version',
      'restore',
      ['20261120T100000Z-6.8.51'],
      /no restore point of a 6\.8\.52 state .* Set on-downgrade: keep/,
      undefined
    ],
    ['refuse', 'refuse', [POINT], /on-downgrade is refuse: nothing was changed/, POINT]
  ] as const)('%s', (_, mode, points, blocked, restores) => {
    const plan = decide(stateAt('6.8.53', [...points]), back('6.8.52'), {
      command: 'deploy',
      force: false,
      onDowngrade: mode
    })
    expect(plan.downgrade).toMatchObject({ from: '6.8.53', to: '6.8.52', mode })
    expect(plan.downgrade?.restorePoint?.id).toBe(restores)
    if (blocked) expect(plan.blocked).toMatch(blocked)
    else expect(plan.blocked).toBeUndefined()
  })

  it('an upgrade, the same version, or an unknown state version is no downgrade', () => {
    const o = { command: 'deploy' as const, force: false, onDowngrade: 'refuse' as const }
    expect(decide(stateAt('6.8.52', []), back('6.8.53'), o).downgrade).toBeUndefined()
    expect(decide(stateAt('6.8.52', []), back('6.8.52'), o).downgrade).toBeUndefined()
    expect(decide(snapshot(), back('6.8.52'), o).downgrade).toBeUndefined()
    expect(decide(stateAt('6.8.53', []), input(B, AMI_CHANGE), o).blocked).toBeUndefined()
  })

  it('versions compare by number, not as text: 6.8.9 is older than 6.8.52', () => {
    const plan = decide(stateAt('6.8.52', []), back('6.8.9'), {
      command: 'deploy',
      force: false,
      onDowngrade: 'keep'
    })
    expect(plan.downgrade).toMatchObject({ from: '6.8.52', to: '6.8.9' })
  })

  it('replace keeps the version: no downgrade even with refuse', () => {
    const plan = decide(stateAt('6.8.53', []), back('6.8.52'), {
      command: 'replace',
      force: false,
      onDowngrade: 'refuse'
    })
    expect(plan.blocked).toBeUndefined()
  })
})

describe('the AWS Backup recovery point before another version starts on the state', () => {
  const withBackup = (vault: string, stateVersion?: string): Snapshot => {
    const s = snapshot()
    s.stack!.parameters.BackupVaultName = vault
    Object.assign(s.stack!.outputs, {
      FileSystemId: 'fs-0123',
      BackupRoleArn: 'arn:aws:iam::123456789012:role/ops-BackupRole-X'
    })
    const m = s.group!.members[0]
    if (stateVersion) m.instance = { ...m.instance!, stateVersion }
    return s
  }
  const to = (version: string): Desired => ({ ...input(B, AMI_CHANGE), version })
  const deploy = { command: 'deploy' as const, force: false }
  const kinds = (p: Plan) => p.steps.map((x) => x.kind)

  it('comes before the stack changes, and names the vault, the file system and both versions', () => {
    const plan = decide(withBackup('Default', '6.8.52'), to('6.8.53'), deploy)
    expect(kinds(plan)).toEqual(['reuse', 'backup', 'update-stack', 'replace', 'verify', 'retain'])
    expect(plan.backup).toEqual({
      vault: 'Default',
      fileSystemId: 'fs-0123',
      from: '6.8.52',
      to: '6.8.53'
    })
    expect(plan.steps[1].why).toMatch(
      "an AWS Backup recovery point of fs-0123 (OpsCenter 6.8.52's state) in vault Default before 6.8.53 starts on it"
    )
  })

  it('is taken for a downgrade too, and when the state version is not known', () => {
    const down = decide(withBackup('Default', '6.8.53'), to('6.8.52'), {
      ...deploy,
      onDowngrade: 'keep'
    })
    expect(down.backup).toMatchObject({ from: '6.8.53', to: '6.8.52' })
    expect(decide(withBackup('Default'), to('6.8.52'), deploy).backup).toMatchObject({
      from: 'unknown'
    })
  })

  it('follows the BackupVaultName this run deploys over the stack one', () => {
    const s = withBackup('Default', '6.8.52')
    expect(decide(s, to('6.8.53'), { ...deploy, backupVault: '' }).backup).toBeUndefined()
    expect(decide(s, to('6.8.53'), { ...deploy, backupVault: 'mine' }).backup?.vault).toBe('mine')
  })

  it('is not taken when the version stays, BackupVaultName is empty, or nothing is replaced', () => {
    expect(decide(withBackup('Default', '6.8.53'), to('6.8.53'), deploy).backup).toBeUndefined()
    expect(decide(withBackup('', '6.8.52'), to('6.8.53'), deploy).backup).toBeUndefined()
    const same = withBackup('Default', '6.8.52')
    same.group!.members[0].instance!.imageId = B
    const nothing = decide(same, { ...input(B, NOTHING), version: '6.8.53' }, deploy)
    expect(kinds(nothing)).not.toContain('replace')
    expect(nothing.backup).toBeUndefined()
    const replace = decide(withBackup('Default', '6.8.52'), to('6.8.53'), {
      command: 'replace',
      force: false
    })
    expect(replace.backup).toBeUndefined()
  })
})
