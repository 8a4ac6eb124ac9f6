// The pure parts: packer output, recipe hash, stack states, verification, retention.
import { jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '../fixtures/core.js'
import { makeRepo } from './repo.js'
import { DNS_CHANGE_NONE, PHASE, TAGS } from '../../src/shared/contract.js'

jest.unstable_mockModule('@actions/core', () => core)
const { artifactAmi, displayLine, parseMachineLine } =
  await import('../../src/controller/steps/packer.js')
const { recipeHash } = await import('../../src/controller/steps/resolve.js')
const { opscenterVersion } = await import('../../src/controller/steps/var-file.js')
const { buildParameters } = await import('../../src/controller/steps/stack.js')
const { changeSetType } = await import('../../src/controller/aws/stacks.js')
const { checkState } = await import('../../src/controller/steps/verify.js')
const { toRetire } = await import('../../src/controller/steps/retain.js')
const { interruptMessage } = await import('../../src/controller/edges/interrupt.js')
const { closeDowntime } = await import('../../src/controller/context/outcome.js')
const { story } = await import('../../src/controller/edges/report.js')
const { Timeline } = await import('../../src/controller/context/timeline.js')
type VerifyState = import('../../src/controller/steps/verify.js').VerifyState

describe('packer machine-readable output', () => {
  it('finds the AMI of our region among several, with %!(PACKER_COMMA)', () => {
    const line = parseMachineLine(
      '1700000000,amazon-ebs.opscenter,artifact,0,id,eu-west-1:ami-0aaa%!(PACKER_COMMA)us-east-1:ami-0bbb'
    )!
    expect(artifactAmi(line, 'us-east-1')).toBe('ami-0bbb')
    expect(artifactAmi(line, 'eu-west-1')).toBe('ami-0aaa')
  })
  it('ignores other artifact fields and other lines', () => {
    expect(
      artifactAmi(
        parseMachineLine('1,amazon-ebs.x,artifact,0,string,AMIs were created')!,
        'us-east-1'
      )
    ).toBeUndefined()
    expect(parseMachineLine('not machine readable')).toBeUndefined()
  })
  it('shows ui lines as their text', () => {
    expect(displayLine('1700000000,,ui,say,Build%!(PACKER_COMMA) done')).toBe('Build, done')
  })
})

describe('recipe hash', () => {
  it('changes with any recipe file, the var-file, the agent and the base AMI, and only with them', () => {
    const repo = makeRepo()
    const o = { packerDir: repo.packerDir, packerVarFile: repo.varFile, agentDir: repo.agentDir }
    const h = recipeHash(o, 'ami-1')
    expect(h).toMatch(/^[0-9a-f]{64}$/)
    expect(recipeHash(o, 'ami-1')).toBe(h)
    expect(recipeHash(o, 'ami-2')).not.toBe(h)
    writeFileSync(join(repo.packerDir, 'manifest.json'), '{}')
    expect(recipeHash(o, 'ami-1')).toBe(h)
    writeFileSync(join(repo.agentDir, 'index.js'), 'changed')
    const h2 = recipeHash(o, 'ami-1')
    expect(h2).not.toBe(h)
    writeFileSync(repo.varFile, 'opscenter_version = "6.8.52"\n')
    expect(recipeHash(o, 'ami-1')).not.toBe(h2)
    expect(opscenterVersion(repo.varFile)).toBe('6.8.52')
  })
  it('hashes the path as well as the content', () => {
    const a = makeRepo()
    const b = makeRepo()
    writeFileSync(join(a.packerDir, 'x.pkr.hcl'), 'same')
    writeFileSync(join(b.packerDir, 'y.pkr.hcl'), 'same')
    const opts = (r: typeof a) => ({
      packerDir: r.packerDir,
      packerVarFile: r.varFile,
      agentDir: r.agentDir
    })
    expect(recipeHash(opts(a), 'ami-1')).not.toBe(recipeHash(opts(b), 'ami-1'))
  })
})

describe('stack states', () => {
  const s = (status: string) => ({ name: 'ops', status, parameters: {}, outputs: {} })
  it('creates when absent or only reviewed, updates when settled', () => {
    expect(changeSetType(undefined)).toBe('CREATE')
    expect(changeSetType(s('REVIEW_IN_PROGRESS'))).toBe('CREATE')
    for (const st of ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'UPDATE_ROLLBACK_COMPLETE'])
      expect(changeSetType(s(st))).toBe('UPDATE')
  })
  it.each([
    ['UPDATE_ROLLBACK_FAILED', /continue-update-rollback --stack-name ops/],
    ['ROLLBACK_COMPLETE', /creation failed .* delete-stack --stack-name ops/],
    ['ROLLBACK_FAILED', /delete-stack/],
    ['UPDATE_IN_PROGRESS', /another operation is running on it\. Wait until it finishes/],
    ['UPDATE_COMPLETE_CLEANUP_IN_PROGRESS', /another operation/],
    ['DELETE_FAILED', /cannot be updated in this state/]
  ])('%s gets an error saying what to do', (status, message) => {
    expect(() => changeSetType(s(status))).toThrow(message)
  })
  it('keeps the previous value of parameters the input does not give', () => {
    const current = {
      name: 'ops',
      status: 'UPDATE_COMPLETE',
      parameters: { AmiId: 'a', InstanceType: 'm5.large', VpcId: 'v' },
      outputs: {}
    }
    expect(
      buildParameters({
        type: 'UPDATE',
        templateParams: ['AmiId', 'PreviousAmiId', 'InstanceType', 'VpcId', 'NewOne'],
        values: { AmiId: 'b', PreviousAmiId: 'a', VpcId: 'v2' },
        current,
        description: ''
      })
    ).toEqual([
      { ParameterKey: 'AmiId', ParameterValue: 'b' },
      { ParameterKey: 'PreviousAmiId', ParameterValue: 'a' },
      { ParameterKey: 'InstanceType', UsePreviousValue: true },
      { ParameterKey: 'VpcId', ParameterValue: 'v2' }
    ])
  })
})

describe('checkState', () => {
  const good = (): VerifyState => ({
    instanceId: 'i-1',
    desiredAmi: 'ami-b',
    stackName: 'ops',
    member: { id: 'i-1', lifecycle: 'InService' },
    others: [],
    instance: {
      id: 'i-1',
      imageId: 'ami-b',
      state: 'running',
      zone: 'us-east-1a',
      phase: PHASE.healthy,
      dnsChange: '/change/C1',
      dnsResolved: '10.0.0.5'
    },
    enis: [{ id: 'eni-1', attachedTo: 'i-1', attachmentStatus: 'attached', privateIp: '10.0.0.5' }],
    recordName: 'ops.example.com',
    hostedZoneId: 'Z1',
    recordValues: ['10.0.0.5'],
    changeStatus: 'INSYNC'
  })
  it('says what is missing when EC2 and the agent report little (a half-booted instance)', () => {
    const s: VerifyState = {
      ...good(),
      instance: { id: 'i-1' },
      enis: [],
      recordValues: [],
      changeStatus: undefined
    }
    expect(checkState(s)).toEqual([
      'i-1 runs an unknown AMI, not the desired ami-b',
      'the boot agent on i-1 reports phase (none), not healthy',
      'no network interface tagged opscenter-ha:stack=ops opscenter-ha:role=eni in the instance zone',
      'i-1 has no opscenter-ha:dns-change tag: the agent did not report its DNS change'
    ])
    const empty: VerifyState = {
      ...good(),
      instance: { ...good().instance!, phase: PHASE.service, dnsChange: '/change/C1' },
      recordName: 'ops.example.com',
      recordValues: [],
      changeStatus: undefined
    }
    expect(checkState(empty)).toEqual([
      'the boot agent on i-1 reports phase service, not healthy',
      "record ops.example.com points at nothing, not at 10.0.0.5 (the interface's IP)",
      'DNS change /change/C1 is unknown, not INSYNC'
    ])
    const noName: VerifyState = {
      ...good(),
      recordName: '',
      instance: { ...good().instance!, dnsResolved: undefined }
    }
    expect(checkState(noName)).toEqual([
      'the stack has no RecordName/HostedZoneId outputs to check the record against',
      'the boot agent on i-1 did not see the record resolve to 10.0.0.5 inside the VPC (opscenter-ha:dns-resolved: none)'
    ])
  })
  it('passes a healthy state', () => {
    expect(checkState(good())).toEqual([])
  })
  it('does not count instances of the group on their way out as a second brain', () => {
    const s = good()
    s.others.push(
      { id: 'i-0', lifecycle: 'Terminating:Wait' },
      { id: 'i-9', lifecycle: 'Terminated' }
    )
    expect(checkState(s)).toEqual([])
  })
  it('accepts the agent saying no DNS change was needed, checking the record instead', () => {
    const s = good()
    s.instance!.dnsChange = DNS_CHANGE_NONE
    s.changeStatus = undefined
    expect(checkState(s)).toEqual([])
    s.recordValues = ['10.0.0.9']
    expect(checkState(s)).toEqual([expect.stringMatching(/points at 10.0.0.9, not at 10.0.0.5/)])
  })
  it('requires the record to have resolved to the interface IP inside the VPC', () => {
    const s = good()
    s.instance!.dnsResolved = '10.0.0.9'
    expect(checkState(s)).toEqual([
      'the boot agent on i-1 did not see ops.example.com resolve to 10.0.0.5 inside the VPC (opscenter-ha:dns-resolved: 10.0.0.9)'
    ])
    s.instance!.dnsResolved = undefined
    expect(checkState(s)).toEqual([expect.stringMatching(/dns-resolved: none\)$/)])
  })
  it.each<[string, (s: VerifyState) => void, RegExp]>([
    [
      'not InService',
      (s) => (s.member!.lifecycle = 'Pending:Wait'),
      /i-1 is Pending:Wait, not InService/
    ],
    [
      'not in the group',
      (s) => (s.member = undefined),
      /i-1 is not a member of the Auto Scaling group/
    ],
    [
      'a second live instance',
      (s) => s.others.push({ id: 'i-2', lifecycle: 'Pending' }),
      /another live instance: i-2 Pending/
    ],
    ['wrong AMI', (s) => (s.instance!.imageId = 'ami-a'), /i-1 runs ami-a, not the desired ami-b/],
    [
      'agent not healthy',
      (s) => Object.assign(s.instance!, { phase: PHASE.failed, reason: 'efs timeout' }),
      /reports phase failed \(efs timeout\), not healthy/
    ],
    [
      'ENI elsewhere',
      (s) => (s.enis[0].attachedTo = 'i-0'),
      /eni-1 in us-east-1a is attached to i-0, not to i-1/
    ],
    [
      'ENI detached',
      (s) => (s.enis[0].attachedTo = undefined),
      /eni-1 in us-east-1a is not attached/
    ],
    ['no ENI', (s) => (s.enis = []), new RegExp(`no network interface tagged ${TAGS.stack}=ops`)],
    [
      'record stale',
      (s) => (s.recordValues = ['10.0.0.9']),
      /record ops.example.com points at 10.0.0.9, not at 10.0.0.5/
    ],
    [
      'record with two values',
      (s) => (s.recordValues = ['10.0.0.5', '10.0.0.9']),
      /points at 10.0.0.5, 10.0.0.9/
    ],
    [
      'record missing',
      (s) => (s.recordValues = undefined),
      /record ops.example.com \(A\) does not exist in zone Z1/
    ],
    [
      'change pending',
      (s) => (s.changeStatus = 'PENDING'),
      /DNS change \/change\/C1 is PENDING, not INSYNC/
    ],
    [
      'no change tag',
      (s) => (s.instance!.dnsChange = undefined),
      /has no opscenter-ha:dns-change tag/
    ],
    [
      'ENI still attaching',
      (s) => (s.enis[0].attachmentStatus = 'attaching'),
      /^network interface eni-1 is attaching on i-1, not attached$/
    ],
    [
      'two ENIs of the stack in the zone',
      (s) => s.enis.push({ id: 'eni-2', privateIp: '10.0.0.6' }),
      /^2 network interfaces of this stack in us-east-1a: eni-1, eni-2 \(expected one per zone\)$/
    ],
    [
      'no record outputs on the stack',
      (s) => (s.hostedZoneId = ''),
      /has no RecordName\/HostedZoneId outputs/
    ],
    [
      'EC2 does not know the instance',
      (s) => (s.instance = undefined),
      /^EC2 does not describe i-1$/
    ],
    [
      'a change id Route 53 does not know',
      (s) => (s.changeStatus = 'unknown to Route53 (NoSuchChange)'),
      /^DNS change \/change\/C1 is unknown to Route53 \(NoSuchChange\), not INSYNC$/
    ]
  ])('names the problem: %s', (_name, spoil, message) => {
    const s = good()
    spoil(s)
    const problems = checkState(s)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(message)
  })
})

describe('retention', () => {
  const img = (id: string, day: number) => ({
    ImageId: id,
    CreationDate: `2026-01-${String(day).padStart(2, '0')}T00:00:00Z`,
    State: 'available' as const
  })
  it('keeps the newest, the current and the previous', () => {
    const imgs = [img('a1', 1), img('a2', 2), img('a3', 3), img('a4', 4), img('a5', 5)]
    expect(toRetire(imgs, 2, ['a1', 'a3']).map((i) => i.ImageId)).toEqual(['a2'])
    expect(toRetire(imgs, 5, [])).toEqual([])
  })
})

describe('a run that ends with OpsCenter down', () => {
  const base = () =>
    ({ command: 'deploy', stackName: 's', changes: [], result: 'failed' }) as Parameters<
      typeof closeDowntime
    >[0]
  it('reports the downtime so far, said to be still going', () => {
    const out = { ...base(), downtimeStart: 1_000 }
    closeDowntime(out, 13_500)
    expect(out).toMatchObject({ downtimeMs: 12_500, downtimeOngoing: true })
    expect(story(out, new Timeline({ now: () => 0, sleep: async () => undefined }))).toMatch(
      /not reverted; downtime 12\.5s so far: OpsCenter was not serving again when this run ended\./
    )
  })
  it('leaves a finished downtime, and a run that stopped nothing, as they are', () => {
    const done = { ...base(), downtimeStart: 1_000, downtimeMs: 3_000 }
    closeDowntime(done, 13_500)
    expect(done).toEqual({ ...base(), downtimeStart: 1_000, downtimeMs: 3_000 })
    const none = base()
    closeDowntime(none, 13_500)
    expect(none.downtimeMs).toBeUndefined()
  })
})

describe('interruptMessage', () => {
  it('says what the next run does for the phase that was stopped', () => {
    expect(interruptMessage('SIGINT', 'stack')).toMatch(
      /^cancelled by SIGINT during phase stack\. CloudFormation carries on/
    )
    expect(interruptMessage('SIGTERM', 'revert')).toMatch(/run command: rollback/)
  })

  it('describes the replace step the run was in: cold, or a handover before or after the terminate', () => {
    const plan = (strategy: 'cold' | 'prepared') => ({
      amiId: 'ami-new',
      previousAmiId: 'ami-old',
      command: 'deploy' as const,
      steps: [{ kind: 'replace' as const, instanceId: 'i-old', strategy, why: '' }],
      revert: { amiId: 'ami-old', why: '' }
    })
    const out = (strategy: 'cold' | 'prepared', downtimeStart?: number) =>
      ({
        command: 'deploy',
        stackName: 's',
        changes: [],
        plan: plan(strategy),
        downtimeStart
      }) as never
    expect(interruptMessage('SIGTERM', 'replace', out('cold', 1))).toMatch(
      /Auto Scaling boots the new one/
    )
    const window = interruptMessage('SIGTERM', 'replace', out('prepared'))
    expect(window).toMatch(/The old instance still serves/)
    expect(window).toMatch(/terminates the successor/)
    expect(window).not.toMatch(/Auto Scaling boots the new one/)
    expect(interruptMessage('SIGTERM', 'replace', out('prepared', 1))).toMatch(
      /keeps the successor and puts the group back to one/
    )
  })
})

describe('failedEvents', () => {
  it('reports only the failures of the operation that just ran, oldest first, across pages', async () => {
    const { mockClient } = await import('aws-sdk-client-mock')
    const { CloudFormationClient, DescribeStackEventsCommand } =
      await import('@aws-sdk/client-cloudformation')
    const { failedEvents } = await import('../../src/controller/steps/stack.js')
    const { FakeClock } = await import('../fixtures/clock.js')
    const cfn = mockClient(CloudFormationClient)
    const at = (s: number) => new Date(Date.UTC(2026, 10, 27, 12, 0, s))
    const ev = (
      id: string,
      status: string,
      reason: string,
      s: number,
      type = 'AWS::EC2::LaunchTemplate'
    ) => ({
      StackId: 'x',
      EventId: id,
      StackName: 'ops',
      LogicalResourceId: id,
      ResourceType: type,
      ResourceStatus: status as 'UPDATE_FAILED',
      ResourceStatusReason: reason,
      Timestamp: at(s)
    })
    cfn
      .on(DescribeStackEventsCommand, { StackName: 'ops', NextToken: undefined })
      .resolves({
        StackEvents: [
          ev('ops', 'UPDATE_ROLLBACK_COMPLETE', '', 50, 'AWS::CloudFormation::Stack'),
          ev('Group', 'UPDATE_FAILED', 'Resource update cancelled', 40),
          ev('LaunchTemplate', 'UPDATE_FAILED', 'Access denied', 30)
        ],
        NextToken: 'p2'
      })
      .on(DescribeStackEventsCommand, { StackName: 'ops', NextToken: 'p2' })
      .resolves({
        StackEvents: [
          ev('Role', 'UPDATE_FAILED', 'Policy invalid', 20),
          ev('ops', 'UPDATE_IN_PROGRESS', 'User Initiated', 10, 'AWS::CloudFormation::Stack'),
          ev('Old', 'UPDATE_FAILED', 'an earlier failure', 5)
        ]
      })
    const clock = new FakeClock(at(10).getTime())
    const deps = { clock } as never
    const clients = { cfn: new CloudFormationClient({ region: 'us-east-1' }) } as never
    expect(await failedEvents(deps, clients, 'ops', at(10).getTime())).toEqual([
      'Role UPDATE_FAILED: Policy invalid',
      'LaunchTemplate UPDATE_FAILED: Access denied'
    ])
    cfn.restore()
  })
})
