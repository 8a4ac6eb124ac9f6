// A small in-memory AWS for the controller's unit tests, wired into aws-sdk-client-mock.
// Time moves only through the FakeClock; the group advances one step per
// DescribeAutoScalingGroups call, so a boot's phases unfold as the controller polls.
import {
  AutoScalingClient,
  CompleteLifecycleActionCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeScalingActivitiesCommand,
  TerminateInstanceInAutoScalingGroupCommand
} from '@aws-sdk/client-auto-scaling'
import {
  CloudFormationClient,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  type Change,
  type StackEvent
} from '@aws-sdk/client-cloudformation'
import {
  CreateTagsCommand,
  DeleteSnapshotCommand,
  DeregisterImageCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSubnetsCommand,
  DescribeVpcAttributeCommand,
  EC2Client,
  type Image
} from '@aws-sdk/client-ec2'
import {
  GetChangeCommand,
  ListResourceRecordSetsCommand,
  Route53Client
} from '@aws-sdk/client-route-53'
import { mockClient } from 'aws-sdk-client-mock'
import { PHASE, ROLES, TAGS } from '../../src/shared/contract.js'
import { BackupClient } from '@aws-sdk/client-backup'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { FakeClock } from '../fixtures/clock.js'
import type {
  HeldLock,
  LockIo,
  LockSettings,
  Clients
} from '../../src/controller/context/context.js'

export type BootPlan =
  | { kind: 'healthy' }
  // torn: replaced so fast that no poll sees `failed`, only the terminate hook's `stopping`.
  | { kind: 'fail'; at: string; reason: string; torn?: boolean }
  | { kind: 'hang'; at: string }

interface Inst {
  id: string
  ami: string
  zone: string
  lifecycle: string
  state: string
  tags: Record<string, string>
  steps: (() => void)[]
  /** The launch template version it was launched from (unset: AWS does not say). */
  templateVersion?: string
}

const awsError = (name: string, message: string): Error =>
  Object.assign(new Error(message), { name })

/** A VPC with one subnet in each of three zones (the repo's default parameters name them). */
export const NETWORK = {
  vpc: 'vpc-0a1b2c3d4e5f60718',
  subnets: ['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0bbbbbbbbbbbbbbb2', 'subnet-0ccccccccccccccc3']
}

export class World {
  readonly clock = new FakeClock()
  readonly calls: string[] = []
  /** Called with the name of every call that gets through (to change AWS mid-run). */
  onCall?: (name: string) => void
  readonly terminated: string[] = []
  stackName = 'ops'
  groupName = 'ops-opscenter'
  zone = 'us-east-1a'
  stack?: { status: string; params: Record<string, string>; template: string }
  /** What the next stack update does. */
  stackFailure?: { logical: string; reason: string; status?: string }
  images: Image[] = []
  instances = new Map<string, Inst>()
  /** Which instances are in the group (in order). */
  members: string[] = []
  eni = { id: 'eni-0a', attachedTo: undefined as string | undefined, ip: '10.0.1.10' }
  record: string[] = []
  /** Other record sets in the zone, listed around ours by name and type. */
  otherRecords: { Name: string; Type: string; values: string[] }[] = []
  /** GetChange answers this error code. */
  getChangeFails?: string
  changes = new Map<string, string>()
  /** How an instance on a given AMI boots (default healthy). */
  bootPlans = new Map<string, BootPlan>()
  /** How an instance launched while the stack has a given template boots (wins over AMI). */
  templatePlans = new Map<string, BootPlan>()
  /** Stack operations never finish (a slow or hung CloudFormation). */
  stackStuck = false
  /** The group's launch template version, when the test models versions. */
  groupVersion?: string
  /** The version the next launched instance comes from (default: the group's). */
  launchVersion?: string
  /** Extra scaling activity in progress (e.g. someone else's). */
  busyActivity = false
  /** When set, the extra activity ends once the clock reaches this time. */
  busyUntil?: number
  private seq = 0
  private changeSets = new Map<
    string,
    {
      type: string
      params: Record<string, string>
      template?: string
      changes: Change[]
      status: string
      reason?: string
    }
  >()
  private events: StackEvent[] = []

  /** The VPC the stack goes into (its DNS attributes) and its subnets by id. */
  readonly vpc = { id: NETWORK.vpc, dnsSupport: true, dnsHostnames: true }
  readonly subnets = new Map<string, { vpc: string; az: string }>(
    NETWORK.subnets.map((id, i) => [id, { vpc: NETWORK.vpc, az: `us-east-1${'abc'[i]}` }])
  )

  readonly ec2 = mockClient(EC2Client)
  readonly asg = mockClient(AutoScalingClient)
  readonly cfn = mockClient(CloudFormationClient)
  readonly r53 = mockClient(Route53Client)

  constructor() {
    this.wire()
  }

  clients(): Clients {
    const c = {
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' }
    }
    return {
      ec2: new EC2Client(c),
      asg: new AutoScalingClient(c),
      cfn: new CloudFormationClient(c),
      r53: new Route53Client(c),
      ddb: new DynamoDBClient(c),
      backup: new BackupClient(c)
    }
  }

  /** Every take and release of the deploy lock, in order. */
  readonly lockCalls: string[] = []
  /** When set, taking the lock fails with it (another run holds it, or DynamoDB refuses). */
  lockFails?: Error
  /** When set, the lock's check() fails with it (a renewal found the lock taken over). */
  lockLost?: Error

  /** Deps.lock: records what the run does with the lock instead of calling DynamoDB. */
  readonly lock = async (_io: LockIo, s: LockSettings): Promise<HeldLock> => {
    if (this.lockFails) throw this.lockFails
    this.lockCalls.push(`take ${s.stackName} (${s.owner.command})`)
    return {
      check: () => {
        if (this.lockLost) throw this.lockLost
      },
      release: async () => void this.lockCalls.push('release')
    }
  }

  restore(): void {
    for (const m of [this.ec2, this.asg, this.cfn, this.r53]) m.restore()
  }

  addImage(id: string, tags: Record<string, string>, created: string): void {
    this.images.push({
      ImageId: id,
      Name: `img-${id}`,
      State: 'available',
      CreationDate: created,
      BlockDeviceMappings: [
        { DeviceName: '/dev/xvda', Ebs: { SnapshotId: `snap-${id.slice(4)}` } }
      ],
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
    })
  }

  /** A deployed stack on `ami` with one healthy instance on it. */
  deployed(ami: string, previous = '', template?: string): string {
    this.stack = {
      status: 'UPDATE_COMPLETE',
      params: {
        AmiId: ami,
        PreviousAmiId: previous,
        InstanceType: 'm5.large',
        VpcId: NETWORK.vpc,
        SubnetA: NETWORK.subnets[0],
        SubnetB: NETWORK.subnets[1],
        SubnetC: NETWORK.subnets[2]
      },
      template: template ?? ''
    }
    const id = this.launch(ami, true)
    return id
  }

  launch(ami: string, ready = false): string {
    const id = `i-${String(++this.seq).padStart(4, '0')}`
    const inst: Inst = {
      id,
      ami,
      zone: this.zone,
      lifecycle: 'Pending',
      state: 'pending',
      tags: {},
      steps: [],
      templateVersion: this.launchVersion ?? this.groupVersion
    }
    this.instances.set(id, inst)
    this.members.push(id)
    if (ready) {
      this.bootHealthy(inst)
      return id
    }
    const plan = this.templatePlans.get(this.stack?.template ?? '') ??
      this.bootPlans.get(ami) ?? { kind: 'healthy' }
    const phase = (p: string, reason?: string) => () => {
      inst.tags[TAGS.phase] = p
      if (reason) inst.tags[TAGS.reason] = reason
    }
    inst.steps.push(() => {
      inst.lifecycle = 'Pending:Wait'
      inst.state = 'running'
    })
    for (const p of ['identity', 'eni', 'network', 'dns', 'efs', 'service']) {
      if (plan.kind === 'fail' && plan.at === p) {
        if (!plan.torn) inst.steps.push(phase(PHASE.failed, plan.reason))
        inst.steps.push(() => {
          if (plan.torn) phase(PHASE.stopping, plan.reason)()
          inst.lifecycle = plan.torn ? 'Terminating:Wait' : 'Terminating'
        })
        inst.steps.push(() => this.remove(id))
        return id
      }
      // The ENI can only be claimed once the previous holder let it go.
      if (p === 'eni') inst.steps.push(() => this.claimEni(inst))
      else inst.steps.push(phase(p))
      if (plan.kind === 'hang' && plan.at === p) return id
    }
    inst.steps.push(() => this.bootHealthy(inst))
    return id
  }

  private claimEni(inst: Inst): void {
    inst.tags[TAGS.phase] = 'eni'
    if (this.eni.attachedTo && this.eni.attachedTo !== inst.id) {
      inst.steps.unshift(() => this.claimEni(inst))
      return
    }
    this.eni.attachedTo = inst.id
  }

  private bootHealthy(inst: Inst): void {
    inst.lifecycle = 'InService'
    inst.state = 'running'
    inst.tags[TAGS.phase] = PHASE.healthy
    this.eni.attachedTo = inst.id
    this.record = [this.eni.ip]
    const change = `C${inst.id}`
    this.changes.set(change, 'INSYNC')
    inst.tags[TAGS.dnsChange] = `/change/${change}`
    inst.tags[TAGS.dnsResolved] = this.eni.ip
  }

  private remove(id: string): void {
    const inst = this.instances.get(id)
    if (inst) inst.state = 'terminated'
    this.members = this.members.filter((m) => m !== id)
    if (this.eni.attachedTo === id) this.eni.attachedTo = undefined
  }

  /** One step of the group: each instance advances; a missing instance is launched. */
  tick(): void {
    for (const id of [...this.members]) this.instances.get(id)?.steps.shift()?.()
    const live = this.members.filter((m) => !/^Terminat/.test(this.instances.get(m)!.lifecycle))
    if (this.stack && this.stack.status.endsWith('COMPLETE') && live.length === 0)
      this.launch(this.stack.params.AmiId)
  }

  live(): Inst[] {
    return this.members
      .map((m) => this.instances.get(m)!)
      .filter((i) => !/^Terminat/.test(i.lifecycle))
  }

  private outputs() {
    return [
      { OutputKey: 'AutoScalingGroupName', OutputValue: this.groupName },
      { OutputKey: 'HostedZoneId', OutputValue: 'Z123' },
      { OutputKey: 'RecordName', OutputValue: 'opscenter.internal.example.com' },
      { OutputKey: 'OpsCenterUrl', OutputValue: 'http://opscenter.internal.example.com:8888/' },
      { OutputKey: 'AmiId', OutputValue: this.stack?.params.AmiId }
    ]
  }

  /** Calls (by name) that fail with Throttling the next n times. */
  readonly throttle = new Map<string, number>()
  throttled = 0

  private wire(): void {
    const log = (name: string) => {
      const base = name.split(':')[0]
      const n = this.throttle.get(base) ?? 0
      if (n > 0) {
        this.throttle.set(base, n - 1)
        this.throttled++
        throw awsError(
          base.startsWith('Describe') && base !== 'DescribeStacks'
            ? 'RequestLimitExceeded'
            : 'Throttling',
          'Rate exceeded'
        )
      }
      this.calls.push(name)
      this.onCall?.(name)
    }
    // --- CloudFormation
    this.cfn.on(DescribeStacksCommand).callsFake(() => {
      log('DescribeStacks')
      if (!this.stack)
        throw awsError('ValidationError', `Stack with id ${this.stackName} does not exist`)
      const s = this.stack
      if (
        (s.status === 'UPDATE_IN_PROGRESS' || s.status === 'CREATE_IN_PROGRESS') &&
        !this.stackStuck
      )
        this.finishStackOperation()
      return {
        Stacks: [
          {
            StackName: this.stackName,
            StackStatus: this.stack.status,
            CreationTime: new Date(0),
            Parameters: Object.entries(this.stack.params).map(([ParameterKey, ParameterValue]) => ({
              ParameterKey,
              ParameterValue
            })),
            Outputs: this.stack.status === 'REVIEW_IN_PROGRESS' ? [] : this.outputs()
          }
        ]
      }
    })
    this.cfn.on(CreateChangeSetCommand).callsFake((input) => {
      log(`CreateChangeSet:${input.ChangeSetType}`)
      const params: Record<string, string> = {}
      for (const p of input.Parameters ?? []) {
        if (p.UsePreviousValue) params[p.ParameterKey!] = this.stack!.params[p.ParameterKey!]
        else params[p.ParameterKey!] = p.ParameterValue!
      }
      const template = input.UsePreviousTemplate ? this.stack?.template : input.TemplateBody
      let changes: Change[] = []
      if (input.ChangeSetType === 'CREATE') {
        if (!this.stack) this.stack = { status: 'REVIEW_IN_PROGRESS', params: {}, template: '' }
        changes = [
          {
            ResourceChange: {
              Action: 'Add',
              LogicalResourceId: 'LaunchTemplate',
              ResourceType: 'AWS::EC2::LaunchTemplate'
            }
          }
        ]
      } else {
        const old = this.stack!.params
        if (params.AmiId !== old.AmiId || template !== this.stack!.template)
          changes.push({
            ResourceChange: {
              Action: 'Modify',
              LogicalResourceId: 'LaunchTemplate',
              ResourceType: 'AWS::EC2::LaunchTemplate',
              Replacement: 'False'
            }
          })
        else if (
          Object.keys(params).some((k) => params[k] !== old[k]) ||
          template !== this.stack!.template
        )
          changes.push({
            ResourceChange: {
              Action: 'Modify',
              LogicalResourceId: 'Other',
              ResourceType: 'AWS::SSM::Parameter',
              Replacement: 'False'
            }
          })
      }
      const id = `arn:aws:cloudformation:us-east-1:123:changeSet/${input.ChangeSetName}/x`
      this.changeSets.set(id, {
        type: input.ChangeSetType!,
        params,
        template,
        changes,
        status: changes.length ? 'CREATE_COMPLETE' : 'FAILED',
        reason: changes.length
          ? undefined
          : "The submitted information didn't contain changes. Submit different information to create a change set."
      })
      return { Id: id, StackId: 'stack-id' }
    })
    this.cfn.on(DescribeChangeSetCommand).callsFake((input) => {
      log('DescribeChangeSet')
      const cs = this.changeSets.get(input.ChangeSetName!)
      if (!cs) throw awsError('ChangeSetNotFound', 'no such change set')
      return {
        Status: cs.status,
        StatusReason: cs.reason,
        Changes: cs.changes,
        ExecutionStatus: 'AVAILABLE'
      }
    })
    this.cfn.on(DeleteChangeSetCommand).callsFake((input) => {
      log('DeleteChangeSet')
      this.changeSets.delete(input.ChangeSetName!)
      return {}
    })
    this.cfn.on(DeleteStackCommand).callsFake(() => {
      log('DeleteStack')
      if (this.stack?.status === 'REVIEW_IN_PROGRESS') this.stack = undefined
      return {}
    })
    this.cfn.on(ExecuteChangeSetCommand).callsFake((input) => {
      log('ExecuteChangeSet')
      const cs = this.changeSets.get(input.ChangeSetName!)!
      this.pending = cs
      this.stack!.status = cs.type === 'CREATE' ? 'CREATE_IN_PROGRESS' : 'UPDATE_IN_PROGRESS'
      this.changeSets.delete(input.ChangeSetName!)
      return {}
    })
    this.cfn.on(GetTemplateCommand).callsFake(() => {
      log('GetTemplate')
      return { TemplateBody: this.stack!.template }
    })
    this.cfn.on(DescribeStackEventsCommand).callsFake(() => {
      log('DescribeStackEvents')
      return { StackEvents: [...this.events].reverse() }
    })
    // --- EC2
    this.ec2.on(DescribeImagesCommand).callsFake((input) => {
      log('DescribeImages')
      let imgs = this.images
      if (input.ImageIds) imgs = imgs.filter((i) => input.ImageIds!.includes(i.ImageId!))
      if (input.Owners && !input.Owners.includes('self')) {
        return {
          Images: [
            { ImageId: 'ami-0a12023000000002', CreationDate: '2026-02-01', State: 'available' },
            { ImageId: 'ami-0a12023000000001', CreationDate: '2026-01-01', State: 'available' }
          ]
        }
      }
      for (const f of input.Filters ?? []) {
        if (f.Name?.startsWith('tag:')) {
          const key = f.Name.slice(4)
          imgs = imgs.filter((i) =>
            i.Tags?.some((t) => t.Key === key && f.Values!.includes(t.Value!))
          )
        } else if (f.Name === 'state') imgs = imgs.filter((i) => f.Values!.includes(i.State!))
      }
      return { Images: imgs }
    })
    this.ec2.on(CreateTagsCommand).callsFake((input) => {
      log('CreateTags')
      for (const r of input.Resources ?? []) {
        const img = this.images.find((i) => i.ImageId === r)
        if (img) img.Tags = [...(img.Tags ?? []), ...(input.Tags ?? [])]
      }
      this.tagged.push(...(input.Resources ?? []))
      return {}
    })
    this.ec2.on(DeregisterImageCommand).callsFake((input) => {
      log(`DeregisterImage:${input.ImageId}`)
      this.images = this.images.filter((i) => i.ImageId !== input.ImageId)
      return {}
    })
    this.ec2.on(DeleteSnapshotCommand).callsFake((input) => {
      log(`DeleteSnapshot:${input.SnapshotId}`)
      return {}
    })
    this.ec2.on(DescribeInstancesCommand).callsFake((input) => {
      log('DescribeInstances')
      const ids: string[] = input.InstanceIds ?? []
      const found = ids.map((id) => this.instances.get(id)).filter((i): i is Inst => !!i)
      return {
        Reservations: [
          {
            Instances: found.map((i) => ({
              InstanceId: i.id,
              ImageId: i.ami,
              State: { Name: i.state as 'running' },
              Placement: { AvailabilityZone: i.zone },
              Tags: Object.entries(i.tags).map(([Key, Value]) => ({ Key, Value }))
            }))
          }
        ]
      }
    })
    this.ec2.on(DescribeVpcAttributeCommand).callsFake((input) => {
      log(`DescribeVpcAttribute ${input.VpcId} ${input.Attribute}`)
      if (input.VpcId !== this.vpc.id)
        throw awsError('InvalidVpcID.NotFound', `The vpc ID '${input.VpcId}' does not exist`)
      return input.Attribute === 'enableDnsSupport'
        ? { EnableDnsSupport: { Value: this.vpc.dnsSupport } }
        : { EnableDnsHostnames: { Value: this.vpc.dnsHostnames } }
    })
    this.ec2.on(DescribeSubnetsCommand).callsFake((input) => {
      log(`DescribeSubnets ${input.SubnetIds?.join(',')}`)
      return {
        Subnets: (input.SubnetIds ?? []).map((id: string) => {
          const s = this.subnets.get(id)
          if (!s) throw awsError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`)
          return { SubnetId: id, VpcId: s.vpc, AvailabilityZone: s.az }
        })
      }
    })
    this.ec2.on(DescribeNetworkInterfacesCommand).callsFake((input) => {
      log('DescribeNetworkInterfaces')
      // The interface is this stack's fixed ENI in this.zone: only the right filters find it.
      const eni: Record<string, string> = {
        [`tag:${TAGS.stack}`]: this.stackName,
        [`tag:${TAGS.role}`]: ROLES.eni,
        'availability-zone': this.zone
      }
      for (const f of input.Filters ?? []) {
        if (!(f.Name! in eni)) throw awsError('InvalidParameterValue', `unknown filter ${f.Name}`)
        if (!f.Values!.includes(eni[f.Name!])) return { NetworkInterfaces: [] }
      }
      return {
        NetworkInterfaces: [
          {
            NetworkInterfaceId: this.eni.id,
            PrivateIpAddress: this.eni.ip,
            Attachment: this.eni.attachedTo
              ? { InstanceId: this.eni.attachedTo, Status: 'attached' }
              : undefined
          }
        ]
      }
    })
    // --- Auto Scaling
    this.asg.on(DescribeAutoScalingGroupsCommand).callsFake(() => {
      log('DescribeAutoScalingGroups')
      this.tick()
      return {
        AutoScalingGroups: [
          {
            AutoScalingGroupName: this.groupName,
            MinSize: 1,
            MaxSize: 1,
            DesiredCapacity: 1,
            LaunchTemplate: this.groupVersion ? { Version: this.groupVersion } : undefined,
            Instances: this.members.map((m) => {
              const i = this.instances.get(m)!
              return {
                LaunchTemplate: i.templateVersion ? { Version: i.templateVersion } : undefined,
                InstanceId: i.id,
                LifecycleState: i.lifecycle as 'InService',
                HealthStatus: 'Healthy',
                AvailabilityZone: i.zone,
                ProtectedFromScaleIn: false
              }
            })
          }
        ]
      } as never
    })
    this.asg.on(DescribeScalingActivitiesCommand).callsFake(() => {
      log('DescribeScalingActivities')
      if (this.busyUntil !== undefined && this.clock.now() >= this.busyUntil)
        this.busyActivity = false
      const busy =
        this.busyActivity ||
        this.members.some((m) => this.instances.get(m)!.lifecycle !== 'InService')
      return {
        Activities: busy
          ? [
              {
                ActivityId: 'a1',
                AutoScalingGroupName: this.groupName,
                Cause: 'c',
                StartTime: new Date(),
                StatusCode: 'InProgress',
                Description: 'Launching a new EC2 instance'
              }
            ]
          : []
      } as never
    })
    this.asg.on(TerminateInstanceInAutoScalingGroupCommand).callsFake((input) => {
      log(`TerminateInstanceInAutoScalingGroup:${input.InstanceId}`)
      if (input.ShouldDecrementDesiredCapacity !== false)
        throw new Error('test: capacity must be kept')
      const live = this.live()
      if (live.length !== 1)
        throw new Error(`test: terminate while ${live.length} instances are live`)
      this.terminated.push(input.InstanceId!)
      const inst = this.instances.get(input.InstanceId!)!
      inst.lifecycle = 'Terminating:Wait'
      inst.tags[TAGS.phase] = PHASE.stopping
      inst.steps = [
        () => {
          inst.lifecycle = 'Terminating:Proceed'
          if (this.eni.attachedTo === inst.id) this.eni.attachedTo = undefined
        },
        () => this.remove(inst.id)
      ]
      // Like AWS, the replacement may launch while the old instance is still terminating.
      this.launch(this.stack!.params.AmiId)
      return {}
    })
    this.asg.on(CompleteLifecycleActionCommand).callsFake((input) => {
      log(`CompleteLifecycleAction:${input.InstanceId}:${input.LifecycleActionResult}`)
      const inst = this.instances.get(input.InstanceId!)
      if (!inst || inst.lifecycle !== 'Pending:Wait')
        throw awsError('ValidationError', 'No active Lifecycle Action found')
      if (input.LifecycleActionResult === 'ABANDON') {
        inst.lifecycle = 'Terminating'
        inst.steps = [() => this.remove(inst.id)]
      }
      return {}
    })
    // --- Route53
    this.r53.on(ListResourceRecordSetsCommand).callsFake((input) => {
      log('ListResourceRecordSets')
      // Zone Z123 (the stack's outputs) holds our A record and otherRecords. Route 53 lists
      // from (StartRecordName, StartRecordType) on, by name then type, names in lower case
      // with the trailing dot: a missing record answers with whatever comes next
      // (https://docs.aws.amazon.com/Route53/latest/APIReference/API_ListResourceRecordSets.html).
      if (input.HostedZoneId !== 'Z123')
        throw awsError('NoSuchHostedZone', `No hosted zone found with ID: ${input.HostedZoneId}`)
      const key = (name: string, type: string) => `${name.replace(/\.$/, '').toLowerCase()} ${type}`
      const all = [
        ...(this.record.length
          ? [{ Name: 'opscenter.internal.example.com.', Type: 'A', values: this.record }]
          : []),
        ...this.otherRecords
      ].sort((a, b) => key(a.Name, a.Type).localeCompare(key(b.Name, b.Type)))
      const from = key(input.StartRecordName ?? '', input.StartRecordType ?? '')
      return {
        ResourceRecordSets: all
          .filter((r) => key(r.Name, r.Type) >= from)
          .slice(0, input.MaxItems ?? 300)
          .map((r) => ({
            Name: r.Name,
            Type: r.Type as 'A',
            TTL: 60,
            ResourceRecords: r.values.map((Value) => ({ Value }))
          })),
        IsTruncated: false,
        MaxItems: input.MaxItems ?? 300
      }
    })
    this.r53.on(GetChangeCommand).callsFake((input) => {
      log('GetChange')
      if (this.getChangeFails)
        throw awsError(this.getChangeFails, `simulated ${this.getChangeFails}`)
      const id = input.Id!.replace('/change/', '')
      if (!this.changes.has(id))
        throw awsError(
          'NoSuchChange',
          `A change with the specified change ID does not exist: ${id}`
        )
      return {
        ChangeInfo: {
          Id: id,
          Status: (this.changes.get(id) ?? 'PENDING') as 'INSYNC',
          SubmittedAt: new Date()
        }
      }
    })
  }

  readonly tagged: string[] = []
  private pending?: { type: string; params: Record<string, string>; template?: string }

  private finishStackOperation(): void {
    const s = this.stack!
    const op = this.pending!
    if (this.stackFailure) {
      const f = this.stackFailure
      this.stackFailure = undefined
      const now = new Date(this.clock.now())
      this.events.push(
        {
          StackId: 's',
          EventId: 'e1',
          StackName: this.stackName,
          LogicalResourceId: this.stackName,
          ResourceType: 'AWS::CloudFormation::Stack',
          ResourceStatus: 'UPDATE_IN_PROGRESS',
          ResourceStatusReason: 'User Initiated',
          Timestamp: now
        },
        {
          StackId: 's',
          EventId: 'e2',
          StackName: this.stackName,
          LogicalResourceId: f.logical,
          ResourceType: 'AWS::EC2::LaunchTemplate',
          ResourceStatus: 'UPDATE_FAILED',
          ResourceStatusReason: f.reason,
          Timestamp: now
        },
        {
          StackId: 's',
          EventId: 'e3',
          StackName: this.stackName,
          LogicalResourceId: this.stackName,
          ResourceType: 'AWS::CloudFormation::Stack',
          ResourceStatus: 'UPDATE_ROLLBACK_COMPLETE',
          Timestamp: now
        }
      )
      s.status =
        f.status ?? (op.type === 'CREATE' ? 'ROLLBACK_COMPLETE' : 'UPDATE_ROLLBACK_COMPLETE')
      return
    }
    s.params = op.params
    if (op.template !== undefined) s.template = op.template
    s.status = op.type === 'CREATE' ? 'CREATE_COMPLETE' : 'UPDATE_COMPLETE'
  }

  /** Names of calls that change something in AWS. */
  mutations(): string[] {
    return this.calls.filter((c) =>
      /^(Create(ChangeSet|Tags)|Execute|Delete|Deregister|Terminate|CompleteLifecycle)/.test(c)
    )
  }
}
