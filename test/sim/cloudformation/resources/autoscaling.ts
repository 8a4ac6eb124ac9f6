// AWS::AutoScaling::AutoScalingGroup: an update changes what new launches use (launch
// template version, sizes, subnets, hooks); running instances are left alone.
import type { SimLifecycleHook } from '../../types.js'
import type { GroupSpec } from '../../autoscaling/model.js'
import {
  ResourceFailure,
  generatedName,
  list,
  stackTags,
  str,
  type Props,
  type HandlerContext,
  type ResourceHandler
} from './types.js'

function spec(props: Props, ctx: HandlerContext, name: string): GroupSpec {
  const lt = props.LaunchTemplate as
    { LaunchTemplateId?: unknown; LaunchTemplateName?: unknown; Version?: unknown } | undefined
  if (!lt)
    throw new ResourceFailure(
      'Property LaunchTemplate cannot be empty (LaunchConfigurationName and MixedInstancesPolicy are unsupported in the simulator).'
    )
  if (lt.Version === undefined || lt.Version === '')
    throw new ResourceFailure('Property Version cannot be empty.')
  const hooks: SimLifecycleHook[] = list(props, 'LifecycleHookSpecificationList').map((h) => {
    const x = h as Record<string, unknown>
    const transition = String(x.LifecycleTransition)
    if (
      transition !== 'autoscaling:EC2_INSTANCE_LAUNCHING' &&
      transition !== 'autoscaling:EC2_INSTANCE_TERMINATING'
    )
      throw new ResourceFailure(`Invalid LifecycleTransition ${transition}`)
    return {
      name: String(x.LifecycleHookName),
      transition,
      defaultResult: String(x.DefaultResult ?? 'ABANDON') as 'CONTINUE' | 'ABANDON',
      heartbeatTimeout: Number(x.HeartbeatTimeout ?? 3600)
    }
  })
  const tags = (
    list(props, 'Tags') as { Key?: unknown; Value?: unknown; PropagateAtLaunch?: unknown }[]
  ).map((t) => ({
    key: String(t.Key),
    value: String(t.Value ?? ''),
    propagateAtLaunch: t.PropagateAtLaunch === true || t.PropagateAtLaunch === 'true'
  }))
  for (const [key, value] of Object.entries(stackTags(ctx)))
    tags.push({ key, value, propagateAtLaunch: true })
  const min = Number(str(props, 'MinSize', true))
  const max = Number(str(props, 'MaxSize', true))
  return {
    name,
    min,
    max,
    desired: props.DesiredCapacity === undefined ? undefined : Number(props.DesiredCapacity),
    subnetIds: list(props, 'VPCZoneIdentifier').map(String),
    launchTemplate: {
      id: lt.LaunchTemplateId === undefined ? undefined : String(lt.LaunchTemplateId),
      name: lt.LaunchTemplateName === undefined ? undefined : String(lt.LaunchTemplateName),
      version: String(lt.Version)
    },
    hooks,
    tags,
    healthCheckGracePeriod:
      props.HealthCheckGracePeriod === undefined ? undefined : Number(props.HealthCheckGracePeriod),
    notifications: list(props, 'NotificationConfigurations').map((n) => {
      const x = n as { TopicARN?: unknown; NotificationTypes?: unknown }
      return { topicArn: String(x.TopicARN), types: (x.NotificationTypes as string[]) ?? [] }
    }),
    // Granularity 1Minute is the only one; an entry without Metrics collects them all.
    metricsCollection: list(props, 'MetricsCollection').length > 0,
    maintenance: maintenanceOf(props)
  }
}

/** InstanceMaintenancePolicy; absent, the account's default applies. */
function maintenanceOf(props: Props): GroupSpec['maintenance'] {
  const p = props.InstanceMaintenancePolicy as
    { MinHealthyPercentage?: unknown; MaxHealthyPercentage?: unknown } | undefined
  if (!p) return undefined
  return {
    minHealthyPercentage: Number(p.MinHealthyPercentage ?? -1),
    maxHealthyPercentage: Number(p.MaxHealthyPercentage ?? -1)
  }
}

export const autoScalingGroup: ResourceHandler = {
  latency: 'cfnAutoScalingGroup',
  replaceOn: ['AutoScalingGroupName'],
  create(props, ctx) {
    const name = str(props, 'AutoScalingGroupName') ?? generatedName(ctx, 255)
    ctx.autoscaling.createGroup(spec(props, ctx, name))
    return { physicalId: name, attributes: {} }
  },
  update(current, props, _old, ctx) {
    ctx.autoscaling.updateGroup(current.physicalId, spec(props, ctx, current.physicalId))
    return current
  },
  delete(current, _props, ctx) {
    if (ctx.autoscaling.getGroup(current.physicalId))
      void ctx.autoscaling.deleteGroup(current.physicalId)
  }
}
