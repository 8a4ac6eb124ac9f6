// One read of the world, before anything is decided: the stack, its group with each
// member's EC2 state and agent tags, the stack's ENIs and who holds them, the record.
// `decide` works on this snapshot alone; nothing after it re-reads to decide.
import { DescribeLaunchTemplateVersionsCommand } from '@aws-sdk/client-ec2'
import { withRetry } from '../../shared/retry.js'
import {
  activitiesInProgress,
  activityLine,
  describeGroup,
  describeInstances
} from '../aws/group.js'
import type { Clients, Ctx, Deps } from '../context/context.js'
import type { Group, Snapshot, GroupView } from '../context/snapshot.js'
import { amiParams, changeSetType, describeStack, groupOf } from '../aws/stacks.js'
import { stackEnis, observeRecord } from '../aws/network.js'

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

/** Deeply frozen: the snapshot is what was seen, and nobody edits what was seen. */
function freeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) freeze(v)
  }
  return value
}
