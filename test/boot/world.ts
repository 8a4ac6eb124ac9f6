// A tiny model of the EC2 / Auto Scaling / Route53 state the agent sees, behind
// aws-sdk-client-mock, so tests state a situation ("the ENI is held by a dying peer")
// and then check what the agent did. `calls` lists every AWS call in order.
import { mockClient } from 'aws-sdk-client-mock'
import {
  AttachNetworkInterfaceCommand,
  CreateTagsCommand,
  DescribeImagesCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DetachNetworkInterfaceCommand,
  EC2Client,
  type Filter,
  type NetworkInterface
} from '@aws-sdk/client-ec2'
import {
  AutoScalingClient,
  CompleteLifecycleActionCommand,
  DescribeAutoScalingInstancesCommand,
  SetInstanceHealthCommand
} from '@aws-sdk/client-auto-scaling'
import {
  ChangeResourceRecordSetsCommand,
  GetChangeCommand,
  ListResourceRecordSetsCommand,
  Route53Client
} from '@aws-sdk/client-route-53'
import { CloudWatchClient, PutMetricDataCommand } from '@aws-sdk/client-cloudwatch'
import { ROLES, TAGS } from '../../src/shared/contract.js'
import { addLink, awsError, CONFIG, ENI, ENI_IP, ENI_MAC, ME, PEER, ZONE } from './helpers.js'

export const ec2Mock = mockClient(EC2Client)
export const asgMock = mockClient(AutoScalingClient)
export const r53Mock = mockClient(Route53Client)
export const cwMock = mockClient(CloudWatchClient)

export interface EniModel {
  id: string
  zone: string
  ip: string
  mac: string
  tags: Record<string, string>
  attachment?: { id: string; instanceId: string; status: string; deviceIndex?: number }
}

export interface InstanceModel {
  state: string
  lifecycle?: string
  group?: string
  tags: Record<string, string>
  /** True while a lifecycle action waits for completion. */
  pendingHook?: string
  /** Still Pending: the launch action exists only after this many CompleteLifecycleAction calls. */
  actionAppearsAfter?: number
  /** When EC2 launched it (ms); default 0. */
  launchedAt?: number
}

export class World {
  readonly calls: string[] = []
  /** The stack's AMIs, by the OpsCenter version each runs (DescribeImages, tag:opscenter-ha:stack). */
  readonly amiVersions: string[] = []
  /** DescribeImages fails with this code. */
  describeImagesFails?: string
  readonly enis = new Map<string, EniModel>()
  readonly instances = new Map<string, InstanceModel>()
  /** Route53: the record's values and TTL, and changes by id with GetChange polls left. */
  record?: { values: string[]; ttl: number }
  readonly changes = new Map<string, number>()
  changeSeq = 0
  /** AttachNetworkInterface answers InUse this many times first. */
  attachInUse = 0
  /** A dying holder's agent releases the ENI after this many DescribeNetworkInterfaces. */
  releaseAfterDescribes = Infinity
  /** DetachNetworkInterface without Force does nothing (a stuck attachment). */
  detachStuck = false
  /** How many GetChange polls answer PENDING before INSYNC. */
  pendingPolls = 1
  /** After this many DescribeNetworkInterfaces, instance `by` attaches ENI `eni` (a race). */
  grab?: { afterDescribes: number; by: string; eni: string }
  /** DescribeInstances fails with this error code (a permission error, say). */
  describeInstancesFails?: string
  /** The next attach calls fail with these codes, in order (after doing nothing). */
  attachFails: string[] = []
  /** The first attach goes through but its answer is lost: the caller sees InUse. */
  attachAnswerLost = false
  /** Detach answers this error; `reclaimed` also frees the ENI (EC2 let go meanwhile). */
  detachFails?: { code: string; reclaimed: boolean }
  /** Even a forced detach stays detaching. */
  forceStuck = false
  /**
   * What a detach leaves: by default the attachment is gone at once; `detaching` stays until
   * releaseAfterDescribes, `detached` stays listed with that status (as EC2 shows it briefly).
   */
  detachLeaves?: 'detaching' | 'detached'
  /** After this many DescribeNetworkInterfaces, the ENI `eni` is deleted (by a person, say). */
  vanish?: { afterDescribes: number; eni: string }
  /**
   * After our attach, this many DescribeNetworkInterfaces by id still show the previous
   * instance's attachment as detached, or (by '') no attachment at all
   * (DescribeNetworkInterfaces is eventually consistent).
   */
  staleDetached?: { by: string; describes: number }
  /** After this many DescribeNetworkInterfaces, an `attaching` attachment is `attached`. */
  attachSettlesAfterDescribes = Infinity
  /** After this many DescribeNetworkInterfaces, instance `id` is in EC2 state `state`. */
  stateChange?: { afterDescribes: number; id: string; state: string }
  private describes = 0

  constructor(readonly root: string) {
    this.instances.set(ME, {
      state: 'running',
      lifecycle: 'Pending:Wait',
      group: 'ops-asg',
      tags: {},
      pendingHook: 'launch'
    })
    this.addEni({})
    this.install()
  }

  addEni(over: Partial<EniModel>): EniModel {
    const eni: EniModel = {
      id: ENI,
      zone: ZONE,
      ip: ENI_IP,
      mac: ENI_MAC,
      tags: { [TAGS.stack]: CONFIG.stackName, [TAGS.role]: ROLES.eni },
      ...over
    }
    this.enis.set(eni.id, eni)
    return eni
  }

  /** A running peer of the group in lifecycle state `lifecycle` holds the zone's ENI. */
  peerHolds(lifecycle: string, status = 'attached'): InstanceModel {
    const peer: InstanceModel = { state: 'running', lifecycle, group: 'ops-asg', tags: {} }
    this.instances.set(PEER, peer)
    this.attachTo(PEER, status)
    return peer
  }

  attachTo(instanceId: string, status = 'attached'): void {
    this.enis.get(ENI)!.attachment = { id: 'eni-attach-1', instanceId, status }
  }

  /** DescribeInstances by stack tag and state, as the agent lists the stack's instances. */
  private describeByFilter(filters: Filter[]) {
    this.calls.push(`DescribeInstances ${filters.map((f) => f.Name).join(',')}`)
    const states = filters.find((f) => f.Name === 'instance-state-name')?.Values ?? []
    const rows = [...this.instances.entries()]
      .filter(([, i]) => !states.length || states.includes(i.state))
      .map(([id, i]) => ({
        InstanceId: id,
        State: { Name: i.state as 'running' },
        LaunchTime: new Date(i.launchedAt ?? 0),
        Tags: Object.entries(i.tags).map(([Key, Value]) => ({ Key, Value }))
      }))
    return { Reservations: [{ Instances: rows }] }
  }

  tagsOf(id: string): Record<string, string> {
    return this.instances.get(id)?.tags ?? {}
  }

  private match(eni: EniModel, filters: Filter[] = []): boolean {
    return filters.every((f) => {
      const values = f.Values ?? []
      if (f.Name?.startsWith('tag:')) return values.includes(eni.tags[f.Name.slice(4)])
      if (f.Name === 'availability-zone') return values.includes(eni.zone)
      if (f.Name === 'attachment.instance-id') {
        return eni.attachment !== undefined && values.includes(eni.attachment.instanceId)
      }
      throw new Error(`world: unknown filter ${f.Name}`)
    })
  }

  private render(eni: EniModel): NetworkInterface {
    return {
      NetworkInterfaceId: eni.id,
      AvailabilityZone: eni.zone,
      PrivateIpAddress: eni.ip,
      MacAddress: eni.mac,
      Status: eni.attachment ? 'in-use' : 'available',
      Attachment: eni.attachment && {
        AttachmentId: eni.attachment.id,
        InstanceId: eni.attachment.instanceId,
        Status: eni.attachment.status as 'attached',
        DeviceIndex: eni.attachment.deviceIndex ?? 1
      }
    }
  }

  private install(): void {
    ec2Mock.reset()
    asgMock.reset()
    r53Mock.reset()
    cwMock.reset()
    cwMock.on(PutMetricDataCommand).callsFake((input) => {
      const names = (input.MetricData ?? []).map((d: { MetricName?: string }) => d.MetricName)
      this.calls.push(`PutMetricData ${input.Namespace} ${names.join(',')}`)
      return {}
    })
    ec2Mock.on(DescribeNetworkInterfacesCommand).callsFake((input) => {
      this.calls.push(
        `DescribeNetworkInterfaces ${input.NetworkInterfaceIds?.join(',') ?? 'filters'}`
      )
      this.describes++
      if (this.stateChange && this.describes > this.stateChange.afterDescribes) {
        this.instances.get(this.stateChange.id)!.state = this.stateChange.state
        this.stateChange = undefined
      }
      if (this.describes > this.attachSettlesAfterDescribes)
        for (const e of this.enis.values())
          if (e.attachment?.status === 'attaching') e.attachment.status = 'attached'
      if (this.vanish && this.describes > this.vanish.afterDescribes) {
        this.enis.delete(this.vanish.eni)
        this.vanish = undefined
      }
      if (this.grab && this.describes > this.grab.afterDescribes) {
        const eni = this.enis.get(this.grab.eni)!
        eni.attachment = { id: 'eni-attach-9', instanceId: this.grab.by, status: 'attached' }
        this.grab = undefined
      }
      for (const eni of this.enis.values()) {
        const holder = eni.attachment?.instanceId
        const leaving = holder !== ME || eni.attachment?.status === 'detaching'
        if (holder && leaving && this.describes > this.releaseAfterDescribes) {
          eni.attachment = undefined // the dying holder's agent let go
        }
      }
      const found = [...this.enis.values()].filter((e) =>
        input.NetworkInterfaceIds
          ? input.NetworkInterfaceIds.includes(e.id)
          : this.match(e, input.Filters)
      )
      const stale = this.staleDetached
      if (stale && input.NetworkInterfaceIds && stale.describes-- > 0)
        return {
          NetworkInterfaces: found.map((e) => ({
            ...this.render(e),
            // by '': no attachment shown at all yet.
            Attachment: stale.by
              ? { AttachmentId: 'eni-attach-0', InstanceId: stale.by, Status: 'detached' as const }
              : undefined
          }))
        }
      return { NetworkInterfaces: found.map((e) => this.render(e)) }
    })
    ec2Mock.on(AttachNetworkInterfaceCommand).callsFake((input) => {
      this.calls.push(
        `AttachNetworkInterface ${input.NetworkInterfaceId} ${input.InstanceId} ${input.DeviceIndex}`
      )
      const eni = this.enis.get(input.NetworkInterfaceId!)!
      const fail = this.attachFails.shift()
      if (fail) throw awsError(fail, `simulated ${fail}`)
      if (this.attachAnswerLost) {
        this.attachAnswerLost = false
        eni.attachment = { id: 'eni-attach-2', instanceId: input.InstanceId!, status: 'attached' }
        addLink(this.root, 'ens6', eni.mac)
        throw awsError('InvalidNetworkInterface.InUse', `Interface: [${eni.id}] in use.`)
      }
      if (
        this.attachInUse > 0 ||
        (eni.attachment &&
          eni.attachment.status !== 'detached' &&
          eni.attachment.instanceId !== input.InstanceId)
      ) {
        this.attachInUse--
        throw awsError('InvalidNetworkInterface.InUse', `Interface: [${eni.id}] in use.`)
      }
      // The kernel sees the link at once; the API may say attaching for a while.
      const status = this.attachSettlesAfterDescribes === Infinity ? 'attached' : 'attaching'
      eni.attachment = { id: 'eni-attach-2', instanceId: input.InstanceId!, status }
      addLink(this.root, 'ens6', eni.mac)
      return { AttachmentId: 'eni-attach-2' }
    })
    ec2Mock.on(DetachNetworkInterfaceCommand).callsFake((input) => {
      this.calls.push(`DetachNetworkInterface ${input.AttachmentId}${input.Force ? ' force' : ''}`)
      const eni = [...this.enis.values()].find((e) => e.attachment?.id === input.AttachmentId)
      if (!eni) throw awsError('InvalidAttachmentID.NotFound')
      if (this.detachFails) {
        if (this.detachFails.reclaimed) eni.attachment = undefined
        throw awsError(this.detachFails.code, `simulated ${this.detachFails.code}`)
      }
      if (this.detachLeaves && eni.attachment) eni.attachment.status = this.detachLeaves
      else if ((!this.detachStuck || input.Force) && !(input.Force && this.forceStuck))
        eni.attachment = undefined
      return {}
    })
    ec2Mock.on(DescribeImagesCommand).callsFake((input) => {
      if (this.describeImagesFails) throw awsError(this.describeImagesFails)
      const ofStack = (input.Filters as { Name?: string; Values?: string[] }[] | undefined)?.find(
        (f) => f.Name === `tag:${TAGS.stack}`
      )?.Values
      if (!input.Owners?.includes('self') || !ofStack?.includes(CONFIG.stackName)) return {}
      return {
        Images: this.amiVersions.map((v, i) => ({
          ImageId: `ami-${i}`,
          Tags: [
            { Key: TAGS.stack, Value: CONFIG.stackName },
            { Key: TAGS.opscenterVersion, Value: v }
          ]
        }))
      }
    })
    ec2Mock.on(DescribeInstancesCommand).callsFake((input) => {
      if (!input.InstanceIds) return this.describeByFilter(input.Filters ?? [])
      const id = input.InstanceIds[0]
      this.calls.push(`DescribeInstances ${id}`)
      if (this.describeInstancesFails)
        throw awsError(
          this.describeInstancesFails,
          'You are not authorized to perform this operation.'
        )
      const inst = this.instances.get(id)
      if (!inst) throw awsError('InvalidInstanceID.NotFound')
      return {
        Reservations: [
          {
            Instances: [
              {
                InstanceId: id,
                State: { Name: inst.state as 'running' },
                Tags: Object.entries(inst.tags).map(([Key, Value]) => ({ Key, Value }))
              }
            ]
          }
        ]
      }
    })
    ec2Mock.on(CreateTagsCommand).callsFake((input) => {
      const tags = Object.fromEntries(
        (input.Tags ?? []).map((t: { Key?: string; Value?: string }) => [t.Key!, t.Value!])
      )
      this.calls.push(
        `CreateTags ${input.Resources![0]} ${Object.keys(tags)
          .map((k) => `${k.replace('opscenter-ha:', '')}=${k === TAGS.phaseAt ? '*' : tags[k]}`)
          .join(' ')}`
      )
      Object.assign(this.instances.get(input.Resources![0])!.tags, tags)
      return {}
    })
    asgMock.on(DescribeAutoScalingInstancesCommand).callsFake((input) => {
      const id = input.InstanceIds![0]
      this.calls.push(`DescribeAutoScalingInstances ${id}`)
      const inst = this.instances.get(id)
      if (!inst?.group) return { AutoScalingInstances: [] }
      return {
        AutoScalingInstances: [
          { InstanceId: id, AutoScalingGroupName: inst.group, LifecycleState: inst.lifecycle }
        ]
      }
    })
    asgMock.on(CompleteLifecycleActionCommand).callsFake((input) => {
      this.calls.push(
        `CompleteLifecycleAction ${input.LifecycleHookName} ${input.LifecycleActionResult}`
      )
      const inst = this.instances.get(input.InstanceId!)!
      if (inst.actionAppearsAfter !== undefined && --inst.actionAppearsAfter <= 0) {
        inst.actionAppearsAfter = undefined
        inst.lifecycle = 'Pending:Wait'
        inst.pendingHook = 'launch'
      }
      if (!inst.pendingHook) {
        throw awsError(
          'ValidationError',
          `No active Lifecycle Action found with instance ID ${input.InstanceId}`
        )
      }
      inst.pendingHook = undefined
      return {}
    })
    asgMock.on(SetInstanceHealthCommand).callsFake((input) => {
      this.calls.push(`SetInstanceHealth ${input.InstanceId} ${input.HealthStatus}`)
      return {}
    })
    r53Mock.on(ListResourceRecordSetsCommand).callsFake((input) => {
      this.calls.push(`ListResourceRecordSets ${input.StartRecordName} ${input.StartRecordType}`)
      if (!this.record) return { ResourceRecordSets: [] }
      return {
        ResourceRecordSets: [
          {
            Name: `${CONFIG.recordName}.`,
            Type: 'A',
            TTL: this.record.ttl,
            ResourceRecords: this.record.values.map((Value) => ({ Value }))
          }
        ]
      }
    })
    r53Mock.on(ChangeResourceRecordSetsCommand).callsFake((input) => {
      const rr = input.ChangeBatch!.Changes![0].ResourceRecordSet!
      this.calls.push(
        `ChangeResourceRecordSets ${input.ChangeBatch!.Changes![0].Action} ${rr.Name} ${rr.Type} ${rr.TTL} ${rr.ResourceRecords![0].Value}`
      )
      this.record = {
        values: rr.ResourceRecords!.map((r: { Value?: string }) => r.Value!),
        ttl: rr.TTL!
      }
      const id = `C${++this.changeSeq}`
      this.changes.set(id, this.pendingPolls)
      return { ChangeInfo: { Id: `/change/${id}`, Status: 'PENDING', SubmittedAt: new Date() } }
    })
    r53Mock.on(GetChangeCommand).callsFake((input) => {
      this.calls.push(`GetChange ${input.Id}`)
      const left = this.changes.get(input.Id!)!
      this.changes.set(input.Id!, left - 1)
      return {
        ChangeInfo: {
          Id: input.Id,
          Status: left > 0 ? 'PENDING' : 'INSYNC',
          SubmittedAt: new Date()
        }
      }
    })
  }
}
