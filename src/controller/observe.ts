// One read of the world, before anything is decided: the stack, its group with each
// member's EC2 state and agent tags, the stack's ENIs and who holds them, the record.
// `decide` works on this snapshot alone; nothing after it re-reads to decide.
import {
  DescribeLaunchTemplateVersionsCommand,
  DescribeNetworkInterfacesCommand
} from '@aws-sdk/client-ec2'
import { ListResourceRecordSetsCommand } from '@aws-sdk/client-route-53'
import { OUTPUTS, ROLES, TAGS } from '../shared/contract.js'
import { withRetry } from '../shared/retry.js'
import type { Clients } from './clients.js'
import type { Deps } from './deps.js'
import {
  activitiesInProgress,
  activityLine,
  describeGroup,
  describeInstances,
  type Group,
  type GroupMember,
  type InstanceInfo
} from './group.js'
import type { Ctx } from './replace.js'
import { amiParams, changeSetType, describeStack, type StackState } from './stack.js'

export interface EniInfo {
  id: string
  zone?: string
  attachedTo?: string
  attachmentStatus?: string
  privateIp?: string
}

export interface Member extends GroupMember {
  /** EC2's view of it: AMI, state, zone, the agent's phase and reason; undefined while EC2 does not describe it yet. */
  instance?: InstanceInfo
  /**
   * Launched from another launch template version than the group's, but one with the same
   * content (a revert made a new version equal to an old one): nothing to replace.
   */
  sameTemplate?: boolean
}

export interface GroupView {
  name: string
  templateVersion?: string
  max?: number
  desired?: number
  subnets?: string[]
  members: Member[]
  /** Scaling activities still running, one line each. */
  activities: string[]
}

export interface RecordView {
  name: string
  zoneId: string
  /** The A record's values; undefined when there is no such record. */
  values?: string[]
}

export interface Snapshot {
  stackName: string
  /** As CloudFormation describes it; undefined when it does not exist. */
  stack?: StackState
  /** What a change set on it would be: CREATE (absent or only reviewed) or UPDATE. */
  type: 'CREATE' | 'UPDATE'
  /** The stack's AmiId and PreviousAmiId ('' for a stack to create). */
  ami: { amiId: string; previousAmiId: string }
  group?: GroupView
  enis: EniInfo[]
  record?: RecordView
}

export function groupOf(stack: StackState): string {
  const name = stack.outputs[OUTPUTS.autoScalingGroup]
  if (!name)
    throw new Error(
      `stack ${stack.name} has no ${OUTPUTS.autoScalingGroup} output: is it built from this repository's template?`
    )
  return name
}

/** Reads the world once. Throws (before any change) when the stack cannot be changed now. */
export async function observe(ctx: Ctx): Promise<Snapshot> {
  const { deps, clients, opts } = ctx
  const stack = await describeStack(deps, clients, opts.stackName)
  const type = changeSetType(stack)
  if (type === 'CREATE' || !stack)
    return freeze({ stackName: opts.stackName, stack, type, ami: amiParams(undefined), enis: [] })
  const [group, enis, record] = await Promise.all([
    observeGroup(deps, clients, groupOf(stack)),
    stackEnis(deps, clients, opts.stackName),
    observeRecord(deps, clients, stack.outputs)
  ])
  return freeze({
    stackName: opts.stackName,
    stack,
    type,
    ami: amiParams(stack),
    group,
    enis,
    record
  })
}

async function observeGroup(deps: Deps, clients: Clients, name: string): Promise<GroupView> {
  const [group, activities] = await Promise.all([
    describeGroup(deps, clients, name),
    activitiesInProgress(deps, clients, name)
  ])
  const info = await describeInstances(
    deps,
    clients,
    group.members.map((m) => m.id)
  )
  const same = await sameContentVersions(deps, clients, group)
  return {
    name,
    templateVersion: group.templateVersion,
    max: group.max,
    desired: group.desired,
    subnets: group.subnets,
    members: group.members.map((m) => ({
      ...m,
      instance: info.get(m.id),
      ...(same.has(m.templateVersion ?? '') ? { sameTemplate: true } : {})
    })),
    activities: activities.map(activityLine)
  }
}

/** The members' launch template versions whose data equals the group's version's. */
async function sameContentVersions(deps: Deps, clients: Clients, g: Group): Promise<Set<string>> {
  const other = [...new Set(g.members.map((m) => m.templateVersion))].filter(
    (v): v is string => !!v && v !== g.templateVersion
  )
  if (!other.length || !g.templateId || !g.templateVersion) return new Set()
  const out = await withRetry(
    () =>
      clients.ec2.send(
        new DescribeLaunchTemplateVersionsCommand({
          LaunchTemplateId: g.templateId,
          Versions: [g.templateVersion!, ...other]
        })
      ),
    { clock: deps.clock }
  )
  const data = new Map(
    (out.LaunchTemplateVersions ?? []).map((v) => [
      String(v.VersionNumber),
      canonical(v.LaunchTemplateData)
    ])
  )
  const want = data.get(g.templateVersion)
  return new Set(other.filter((v) => want !== undefined && data.get(v) === want))
}

/** JSON with every object's keys sorted: equal data, equal text. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`
  return JSON.stringify(v) ?? 'null'
}

/** The stack's fixed ENIs (in one zone, when given), with who holds each. */
export async function stackEnis(
  deps: Deps,
  clients: Clients,
  stackName: string,
  zone?: string
): Promise<EniInfo[]> {
  const filters = [
    { Name: `tag:${TAGS.stack}`, Values: [stackName] },
    { Name: `tag:${TAGS.role}`, Values: [ROLES.eni] },
    ...(zone ? [{ Name: 'availability-zone', Values: [zone] }] : [])
  ]
  const out = await withRetry(
    () => clients.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: filters })),
    { clock: deps.clock }
  )
  return (out.NetworkInterfaces ?? []).map((n) => ({
    id: n.NetworkInterfaceId ?? '',
    zone: n.AvailabilityZone,
    attachedTo: n.Attachment?.InstanceId,
    attachmentStatus: n.Attachment?.Status,
    privateIp: n.PrivateIpAddress
  }))
}

const norm = (name: string): string => name.replace(/\.$/, '').toLowerCase()

/** The stack's record (outputs RecordName, HostedZoneId), or undefined without them. */
export async function observeRecord(
  deps: Deps,
  clients: Clients,
  outputs: Record<string, string>
): Promise<RecordView | undefined> {
  const name = outputs[OUTPUTS.recordName] ?? ''
  const zoneId = outputs[OUTPUTS.hostedZoneId] ?? ''
  if (!name || !zoneId) return undefined
  const out = await withRetry(
    () =>
      clients.r53.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          StartRecordName: name,
          StartRecordType: 'A',
          MaxItems: 1
        })
      ),
    { clock: deps.clock }
  )
  const rr = (out.ResourceRecordSets ?? []).find(
    (r) => norm(r.Name ?? '') === norm(name) && r.Type === 'A'
  )
  return {
    name,
    zoneId,
    values: rr ? (rr.ResourceRecords ?? []).map((r) => r.Value ?? '') : undefined
  }
}

/** Deeply frozen: the snapshot is what was seen, and nobody edits what was seen. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) freeze(v)
  }
  return value
}
