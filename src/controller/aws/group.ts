// What the Auto Scaling group and its instances look like right now: the facts replace,
// verify and revert decide on.
import {
  type Activity,
  DescribeAutoScalingGroupsCommand,
  DescribeScalingActivitiesCommand
} from '@aws-sdk/client-auto-scaling'
import { DescribeInstancesCommand } from '@aws-sdk/client-ec2'
import { TAGS } from '../../shared/contract.js'
import { hasCode, withRetry } from '../../shared/retry.js'
import type { Clients, Deps } from '../context/context.js'
import type { Group, InstanceInfo } from '../context/snapshot.js'

export async function describeGroup(deps: Deps, clients: Clients, name: string): Promise<Group> {
  const out = await withRetry(
    () => clients.asg.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [name] })),
    { clock: deps.clock }
  )
  const g = out.AutoScalingGroups?.[0]
  if (!g) throw new Error(`Auto Scaling group ${name} (stack output) does not exist`)
  return {
    name,
    templateVersion: g.LaunchTemplate?.Version,
    templateId: g.LaunchTemplate?.LaunchTemplateId,
    max: g.MaxSize,
    desired: g.DesiredCapacity,
    subnets: g.VPCZoneIdentifier?.split(',').filter(Boolean),
    members: (g.Instances ?? []).map((i) => ({
      id: i.InstanceId ?? '',
      zone: i.AvailabilityZone,
      lifecycle: i.LifecycleState ?? 'unknown',
      health: i.HealthStatus,
      templateVersion: i.LaunchTemplate?.Version
    }))
  }
}

const DONE = new Set(['Successful', 'Failed', 'Cancelled'])

/** A running activity as the log and the plan show it. */
export const activityLine = (a: Activity): string =>
  `scaling activity ${a.StatusCode}: ${a.Description ?? a.ActivityId}`

/** The group's most recent scaling activities, newest first. */
export async function recentActivities(
  deps: Deps,
  clients: Clients,
  name: string
): Promise<Activity[]> {
  const out = await withRetry(
    () =>
      clients.asg.send(
        new DescribeScalingActivitiesCommand({ AutoScalingGroupName: name, MaxRecords: 20 })
      ),
    { clock: deps.clock }
  )
  return out.Activities ?? []
}

export async function activitiesInProgress(
  deps: Deps,
  clients: Clients,
  name: string
): Promise<Activity[]> {
  const all = await recentActivities(deps, clients, name)
  return all.filter((a) => !DONE.has(a.StatusCode ?? 'Successful'))
}

const epoch = (iso: string | undefined): number | undefined => {
  const ms = iso ? Date.parse(iso) : NaN
  return Number.isNaN(ms) ? undefined : ms
}

/** EC2's messages repeat the code ("Server.InternalError: Internal error on launch"). */
function stateReason(r: { Code?: string; Message?: string } | undefined): string | undefined {
  if (!r?.Code) return undefined
  return r.Message?.startsWith(r.Code) ? r.Message : `${r.Code}: ${r.Message ?? ''}`
}

export async function describeInstances(
  deps: Deps,
  clients: Clients,
  ids: string[]
): Promise<Map<string, InstanceInfo>> {
  const map = new Map<string, InstanceInfo>()
  if (ids.length === 0) return map
  let out
  try {
    out = await withRetry(
      () => clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: ids })),
      {
        clock: deps.clock
      }
    )
  } catch (err) {
    // A just-launched instance may not be visible to EC2 yet: the next poll will see it.
    if (hasCode(err, 'InvalidInstanceID.NotFound')) return map
    throw err
  }
  for (const r of out.Reservations ?? [])
    for (const i of r.Instances ?? []) {
      if (!i.InstanceId) continue
      const tag = (k: string): string | undefined => i.Tags?.find((t) => t.Key === k)?.Value
      map.set(i.InstanceId, {
        id: i.InstanceId,
        imageId: i.ImageId,
        state: i.State?.Name,
        zone: i.Placement?.AvailabilityZone,
        subnetId: i.SubnetId,
        phase: tag(TAGS.phase),
        reason: tag(TAGS.reason),
        dnsChange: tag(TAGS.dnsChange),
        dnsResolved: tag(TAGS.dnsResolved),
        tlsFingerprint: tag(TAGS.tlsFingerprint),
        heldBy: tag(TAGS.heldBy) || undefined,
        serviceStopAt: epoch(tag(TAGS.serviceStopAt)),
        stateReason: stateReason(i.StateReason),
        launchedAt: i.LaunchTime?.getTime(),
        phaseAt: epoch(tag(TAGS.phaseAt)),
        stateVersion: tag(TAGS.stateVersion) || undefined,
        stateSince: epoch(tag(TAGS.stateSince)),
        restorePoints: tag(TAGS.restorePoints)?.split(' ').filter(Boolean)
      })
    }
  return map
}
