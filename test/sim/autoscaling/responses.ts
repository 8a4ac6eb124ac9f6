// Auto Scaling's responses layer: SDK-shaped input and output, one method per operation.
import * as sdk from '@aws-sdk/client-auto-scaling'
import type {
  AutoScalingGroupNamesType,
  DescribeAutoScalingInstancesType,
  CompleteLifecycleActionType,
  DescribeLifecycleHooksType,
  DescribeScalingActivitiesType,
  RecordLifecycleActionHeartbeatType,
  SetInstanceHealthQuery,
  UpdateAutoScalingGroupType,
  TerminateInstanceInAutoScalingGroupType,
  Activity,
  AutoScalingGroup
} from '@aws-sdk/client-auto-scaling'
import { actionHandlers, type ServiceDef } from '../core/server.js'
import { MissingParameterError } from '../wire/errors.js'
import type { SimActivity, SimGroup } from '../types.js'
import type { AutoScaling } from './model.js'

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '') throw new MissingParameterError(name)
  return value
}

export class AutoScalingResponses {
  constructor(
    private readonly asg: AutoScaling,
    private readonly region: string,
    private readonly accountId: string,
    private readonly subnetAz: (subnetId: string) => string
  ) {}

  service(): ServiceDef {
    return {
      name: 'autoscaling',
      protocol: 'query',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: 'http://autoscaling.amazonaws.com/doc/2011-01-01/',
      handlers: actionHandlers(this)
    }
  }

  private group(g: SimGroup): AutoScalingGroup {
    const full = g as SimGroup & { createdTime?: number; healthCheckGracePeriod?: number }
    return {
      AutoScalingGroupName: g.name,
      AutoScalingGroupARN: `arn:aws:autoscaling:${this.region}:${this.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${g.name}`,
      LaunchTemplate: {
        LaunchTemplateId: g.launchTemplate.id,
        LaunchTemplateName: g.launchTemplate.name,
        Version: g.launchTemplate.version
      },
      MinSize: g.min,
      MaxSize: g.max,
      DesiredCapacity: g.desired,
      DefaultCooldown: 300,
      AvailabilityZones: [...new Set(g.subnetIds.map(this.subnetAz))],
      VPCZoneIdentifier: g.subnetIds.join(','),
      HealthCheckType: 'EC2',
      HealthCheckGracePeriod: full.healthCheckGracePeriod ?? 300,
      CreatedTime: new Date(full.createdTime ?? Date.now()),
      NewInstancesProtectedFromScaleIn: false,
      TerminationPolicies: ['Default'],
      ServiceLinkedRoleARN: `arn:aws:iam::${this.accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
      Instances: g.instances.map((i) => ({
        InstanceId: i.instanceId,
        InstanceType: 't3.medium',
        AvailabilityZone: i.az,
        LifecycleState: i.lifecycleState as never,
        HealthStatus: i.healthStatus,
        LaunchTemplate: {
          LaunchTemplateId: i.launchTemplate.id,
          LaunchTemplateName: i.launchTemplate.name,
          Version: i.launchTemplate.version
        },
        ProtectedFromScaleIn: false
      })),
      Tags: Object.entries(g.tags).map(([Key, Value]) => ({
        Key,
        Value,
        ResourceId: g.name,
        ResourceType: 'auto-scaling-group',
        PropagateAtLaunch: true
      }))
    }
  }

  private activity(a: SimActivity): Activity {
    const details = (a as SimActivity & { details?: Record<string, string> }).details
    return {
      ActivityId: a.activityId,
      AutoScalingGroupName: a.groupName,
      Description: a.description,
      Cause: a.cause,
      StartTime: new Date(a.startTime),
      EndTime: a.endTime ? new Date(a.endTime) : undefined,
      StatusCode: a.statusCode,
      StatusMessage: a.statusMessage,
      Progress: a.progress,
      Details: JSON.stringify(details ?? {})
    }
  }

  DescribeAutoScalingGroups(input: AutoScalingGroupNamesType) {
    let groups = this.asg.groups()
    if (input.AutoScalingGroupNames?.length)
      groups = groups.filter((g) => input.AutoScalingGroupNames?.includes(g.name))
    for (const f of input.Filters ?? []) {
      const values = f.Values ?? []
      if (f.Name?.startsWith('tag:')) {
        const key = f.Name.slice(4)
        groups = groups.filter((g) => g.tags[key] !== undefined && values.includes(g.tags[key]))
      } else if (f.Name === 'tag-key')
        groups = groups.filter((g) => values.some((v) => g.tags[v] !== undefined))
      else if (f.Name === 'tag-value')
        groups = groups.filter((g) => Object.values(g.tags).some((v) => values.includes(v)))
    }
    return { AutoScalingGroups: groups.map((g) => this.group(g)) }
  }

  DescribeAutoScalingInstances(input: DescribeAutoScalingInstancesType) {
    const rows = this.asg.groups().flatMap((g) =>
      g.instances.map((i) => ({
        InstanceId: i.instanceId,
        InstanceType: 't3.medium',
        AutoScalingGroupName: g.name,
        AvailabilityZone: i.az,
        LifecycleState: i.lifecycleState,
        HealthStatus: i.healthStatus.toUpperCase(),
        LaunchTemplate: {
          LaunchTemplateId: i.launchTemplate.id,
          LaunchTemplateName: i.launchTemplate.name,
          Version: i.launchTemplate.version
        },
        ProtectedFromScaleIn: false
      }))
    )
    const wanted = input.InstanceIds
    return {
      AutoScalingInstances: wanted?.length
        ? rows.filter((r) => wanted.includes(r.InstanceId))
        : rows
    }
  }

  DescribeScalingActivities(input: DescribeScalingActivitiesType) {
    const name = input.AutoScalingGroupName
    let acts = name
      ? this.asg.activities(name)
      : this.asg.groups().flatMap((g) => this.asg.activities(g.name))
    if (input.ActivityIds?.length)
      acts = acts.filter((a) => input.ActivityIds?.includes(a.activityId))
    // Newest first, as AWS lists them.
    const sorted = [...acts].sort((a, b) => b.startTime - a.startTime)
    return { Activities: sorted.slice(0, input.MaxRecords ?? 100).map((a) => this.activity(a)) }
  }

  DescribeLifecycleHooks(input: DescribeLifecycleHooksType) {
    const g = this.asg.group(required(input.AutoScalingGroupName, 'AutoScalingGroupName'))
    const hooks = input.LifecycleHookNames?.length
      ? g.hooks.filter((h) => input.LifecycleHookNames?.includes(h.name))
      : g.hooks
    return {
      LifecycleHooks: hooks.map((h) => ({
        LifecycleHookName: h.name,
        AutoScalingGroupName: g.name,
        LifecycleTransition: h.transition,
        HeartbeatTimeout: h.heartbeatTimeout,
        GlobalTimeout: h.heartbeatTimeout * 100,
        DefaultResult: h.defaultResult
      }))
    }
  }

  TerminateInstanceInAutoScalingGroup(input: TerminateInstanceInAutoScalingGroupType) {
    const id = required(input.InstanceId, 'InstanceId')
    const decrement = required(
      input.ShouldDecrementDesiredCapacity,
      'ShouldDecrementDesiredCapacity'
    )
    const a = this.asg.terminate(
      id,
      decrement,
      `At ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} instance ${id} was taken out of service in response to a user request${decrement ? ', shrinking the capacity' : ''}.`
    )
    return { Activity: this.activity(a) }
  }

  CompleteLifecycleAction(input: CompleteLifecycleActionType) {
    this.asg.completeLifecycleAction({
      groupName: required(input.AutoScalingGroupName, 'AutoScalingGroupName'),
      hookName: required(input.LifecycleHookName, 'LifecycleHookName'),
      instanceId: input.InstanceId,
      token: input.LifecycleActionToken,
      result: required(input.LifecycleActionResult, 'LifecycleActionResult')
    })
    return {}
  }

  RecordLifecycleActionHeartbeat(input: RecordLifecycleActionHeartbeatType) {
    this.asg.recordHeartbeat({
      groupName: required(input.AutoScalingGroupName, 'AutoScalingGroupName'),
      hookName: required(input.LifecycleHookName, 'LifecycleHookName'),
      instanceId: input.InstanceId,
      token: input.LifecycleActionToken
    })
    return {}
  }

  /**
   * Sizes and subnets, as the API takes them: each field left out keeps its value; desired
   * must stay within min and max; a lower desired (or max) scales in at once
   * (https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_UpdateAutoScalingGroup.html).
   */
  UpdateAutoScalingGroup(input: UpdateAutoScalingGroupType) {
    const name = required(input.AutoScalingGroupName, 'AutoScalingGroupName')
    const subnets = input.VPCZoneIdentifier?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
    const g = this.asg.group(name)
    // A max below the current desired brings desired down with it only when desired is
    // given too; otherwise AWS refuses, as validate does.
    this.asg.updateGroup(name, {
      min: input.MinSize,
      max: input.MaxSize,
      desired: input.DesiredCapacity ?? g.desired,
      subnetIds: subnets
    })
    return {}
  }

  SetInstanceHealth(input: SetInstanceHealthQuery) {
    this.asg.setInstanceHealth(
      required(input.InstanceId, 'InstanceId'),
      required(input.HealthStatus, 'HealthStatus'),
      input.ShouldRespectGracePeriod !== false
    )
    return {}
  }
}
