// Auto Scaling's state and rules: groups that keep `desired` instances, launch from the
// launch template version they name (resolved at each launch, exactly as written), run the
// launching and terminating lifecycle hooks, and record scaling activities.
import type { SimContext } from '../core/context.js'
import type { CloudWatch } from '../cloudwatch/model.js'
import type { Ec2, Instance } from '../ec2/model.js'
import type { Sns } from '../sns/model.js'
import { requestId } from '../core/ids.js'
import { AwsError, ValidationError } from '../wire/errors.js'
import type {
  AutoScalingModel,
  SimActivity,
  SimGroup,
  SimGroupInstance,
  SimLifecycleHook
} from '../types.js'

export const LAUNCHING = 'autoscaling:EC2_INSTANCE_LAUNCHING'
export const TERMINATING = 'autoscaling:EC2_INSTANCE_TERMINATING'

interface Member extends SimGroupInstance {
  /** The active lifecycle action, while in Pending:Wait or Terminating:Wait. */
  action?: {
    hook: SimLifecycleHook
    token: string
    timer: { cancel(): void }
    activity: SimActivity
  }
  launchActivity?: SimActivity
  /** Activities of terminate calls made while it was already terminating: end with it. */
  terminations?: SimActivity[]
  /** When it entered InService: the health check grace period runs from then. */
  inServiceAt?: number
}

interface Group extends SimGroup {
  members: Map<string, Member>
  createdTime: number
  healthCheckGracePeriod: number
  nextZone: number
  launchTimer?: { cancel(): void }
  deleting?: boolean
  notifications: Notification[]
  metricsCollection: boolean
  /** InstanceMaintenancePolicy, or undefined: the account's default applies. */
  maintenance?: MaintenancePolicy
}

/**
 * InstanceMaintenancePolicy. MinHealthyPercentage 100 with MaxHealthyPercentage above it is
 * launch before terminate: a replacement for an unhealthy instance is launched first and the
 * old one terminated once the new one is InService
 * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-instance-maintenance-policy.html).
 */
export interface MaintenancePolicy {
  minHealthyPercentage: number
  maxHealthyPercentage: number
}

/** NotificationConfigurations: a topic and the event types sent to it. */
export interface Notification {
  topicArn: string
  types: string[]
}

export interface GroupSpec {
  name: string
  min: number
  max: number
  desired?: number
  subnetIds: string[]
  launchTemplate: { id?: string; name?: string; version?: string }
  hooks?: SimLifecycleHook[]
  tags?: { key: string; value: string; propagateAtLaunch: boolean }[]
  healthCheckGracePeriod?: number
  notifications?: Notification[]
  /** MetricsCollection with 1Minute granularity (every group metric). */
  metricsCollection?: boolean
  maintenance?: MaintenancePolicy
}

/**
 * The group notifications Auto Scaling sends to SNS when a scaling activity ends
 * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-sns-notifications.html).
 */
export const NOTIFICATION_TYPES = {
  launch: 'autoscaling:EC2_INSTANCE_LAUNCH',
  launchError: 'autoscaling:EC2_INSTANCE_LAUNCH_ERROR',
  terminate: 'autoscaling:EC2_INSTANCE_TERMINATE',
  terminateError: 'autoscaling:EC2_INSTANCE_TERMINATE_ERROR'
} as const

export class AutoScaling implements AutoScalingModel {
  private readonly groupMap = new Map<string, Group>()
  private readonly activityLog: SimActivity[] = []
  private readonly propagate = new Map<string, Set<string>>()
  /**
   * The account's default instance maintenance policy, for groups that set none (an
   * account-level setting AWS added in 2023; undefined: terminate and launch, the old
   * default). `{ 100, 110 }` models an account that chose launch before terminate.
   */
  accountMaintenance?: MaintenancePolicy

  constructor(
    private readonly ctx: SimContext,
    private readonly ec2: Ec2,
    private readonly monitoring?: { sns: Sns; cloudwatch: CloudWatch }
  ) {
    ec2.onKilled = (inst) => this.instanceDied(inst)
    ec2.onImpaired = (inst) => this.instanceImpaired(inst)
    monitoring?.cloudwatch.addSource(() => this.groupMetrics())
  }

  /** GroupInServiceInstances and friends, for each group that collects them. */
  private groupMetrics() {
    const out = []
    for (const g of this.groupMap.values()) {
      if (!g.metricsCollection || g.deleting) continue
      const dimensions = { AutoScalingGroupName: g.name }
      const count = (f: (s: string) => boolean) =>
        [...g.members.values()].filter((m) => f(m.lifecycleState)).length
      const metrics: Record<string, number> = {
        GroupMinSize: g.min,
        GroupMaxSize: g.max,
        GroupDesiredCapacity: g.desired,
        GroupInServiceInstances: count((s) => s === 'InService'),
        GroupPendingInstances: count((s) => s.startsWith('Pending')),
        GroupTerminatingInstances: count((s) => s.startsWith('Terminating'))
      }
      for (const [metricName, value] of Object.entries(metrics))
        out.push({ namespace: 'AWS/AutoScaling', metricName, dimensions, value })
    }
    return out
  }

  getGroup(name: string): SimGroup | undefined {
    return this.groupMap.get(name)
  }
  groups(): SimGroup[] {
    return [...this.groupMap.values()]
  }
  activities(groupName: string): SimActivity[] {
    return this.activityLog.filter((a) => a.groupName === groupName)
  }

  group(name: string): Group {
    const g = this.groupMap.get(name)
    if (!g || g.deleting)
      throw new ValidationError(
        `AutoScalingGroup name not found - AutoScalingGroup ${name} not found`
      )
    return g
  }

  /** The group an instance belongs to, or a ValidationError as Auto Scaling words it. */
  memberOf(instanceId: string): { group: Group; member: Member } {
    for (const group of this.groupMap.values()) {
      const member = group.members.get(instanceId)
      if (member) return { group, member }
    }
    throw new ValidationError(
      `Instance Id not found - No managed instance found for instance ID: ${instanceId}`
    )
  }

  findMember(instanceId: string): { group: Group; member: Member } | undefined {
    for (const group of this.groupMap.values()) {
      const member = group.members.get(instanceId)
      if (member) return { group, member }
    }
    return undefined
  }

  // ---- groups ----

  createGroup(spec: GroupSpec): Group {
    if (this.groupMap.has(spec.name))
      throw new AwsError(
        'AlreadyExists',
        `AutoScalingGroup by this name already exists - A group with the name ${spec.name} already exists`
      )
    this.validate(spec)
    const lt = this.ec2.launchTemplate({
      id: spec.launchTemplate.id,
      name: spec.launchTemplate.name
    })
    const tags: Record<string, string> = {}
    const propagate = new Set<string>()
    for (const t of spec.tags ?? []) {
      tags[t.key] = t.value
      if (t.propagateAtLaunch) propagate.add(t.key)
    }
    const g: Group = {
      name: spec.name,
      min: spec.min,
      max: spec.max,
      desired: spec.desired ?? spec.min,
      subnetIds: spec.subnetIds,
      launchTemplate: {
        id: lt.id,
        name: lt.name,
        version: spec.launchTemplate.version ?? '$Default'
      },
      hooks: spec.hooks ?? [],
      instances: [],
      tags,
      members: new Map(),
      createdTime: this.ctx.time.now(),
      healthCheckGracePeriod: spec.healthCheckGracePeriod ?? 300,
      notifications: spec.notifications ?? [],
      metricsCollection: spec.metricsCollection ?? false,
      maintenance: spec.maintenance,
      nextZone: 0
    }
    this.propagate.set(g.name, propagate)
    this.groupMap.set(g.name, g)
    this.ctx.log(`asg: created ${g.name} (lt ${lt.id} version ${g.launchTemplate.version})`)
    this.reconcile(g, 'a user request created an AutoScalingGroup')
    return g
  }

  /** An update changes what new launches use; running instances are left alone. */
  updateGroup(name: string, spec: Partial<GroupSpec>): Group {
    const g = this.group(name)
    const merged: GroupSpec = {
      name,
      min: spec.min ?? g.min,
      max: spec.max ?? g.max,
      desired: spec.desired ?? g.desired,
      subnetIds: spec.subnetIds ?? g.subnetIds,
      launchTemplate: spec.launchTemplate ?? g.launchTemplate
    }
    this.validate(merged)
    if (spec.launchTemplate) {
      const lt = this.ec2.launchTemplate({
        id: spec.launchTemplate.id,
        name: spec.launchTemplate.name
      })
      g.launchTemplate = {
        id: lt.id,
        name: lt.name,
        version: spec.launchTemplate.version ?? '$Default'
      }
    }
    g.min = merged.min
    g.max = merged.max
    g.desired = merged.desired ?? g.desired
    g.subnetIds = merged.subnetIds
    if (spec.hooks) g.hooks = spec.hooks
    if (spec.tags) {
      g.tags = {}
      const propagate = new Set<string>()
      for (const t of spec.tags) {
        g.tags[t.key] = t.value
        if (t.propagateAtLaunch) propagate.add(t.key)
      }
      this.propagate.set(g.name, propagate)
    }
    if (spec.healthCheckGracePeriod !== undefined)
      g.healthCheckGracePeriod = spec.healthCheckGracePeriod
    if (spec.notifications) g.notifications = spec.notifications
    if (spec.metricsCollection !== undefined) g.metricsCollection = spec.metricsCollection
    if (spec.maintenance) g.maintenance = spec.maintenance
    this.ctx.log(
      `asg: updated ${g.name} (lt ${g.launchTemplate.id} version ${g.launchTemplate.version})`
    )
    this.reconcile(g, 'a user request update of AutoScalingGroup constraints')
    return g
  }

  private validate(spec: GroupSpec): void {
    const desired = spec.desired ?? spec.min
    if (spec.min > spec.max)
      throw new ValidationError(
        `The minimum size ${spec.min} cannot be larger than the maximum size ${spec.max}`
      )
    if (desired < spec.min || desired > spec.max)
      throw new ValidationError(
        `Desired capacity:${desired} must be between the specified min size:${spec.min} and max size:${spec.max}`
      )
    if (spec.subnetIds.length === 0)
      throw new ValidationError('At least one subnet (VPCZoneIdentifier) is required')
    for (const s of spec.subnetIds) this.ec2.subnet(s)
  }

  /** Deleting a group (ForceDelete semantics): terminates its instances without hooks. */
  /** Deleting a group (ForceDelete semantics): terminates its instances without hooks and
   * resolves once they are terminated, as CloudFormation waits for them. */
  async deleteGroup(name: string): Promise<void> {
    const g = this.group(name)
    g.deleting = true
    g.launchTimer?.cancel()
    const ids = [...g.members.keys()]
    const gone = ids.map(
      (id) =>
        new Promise<void>((resolve) => {
          const check = (): boolean => {
            const state = this.ec2.getInstance(id)?.state
            return state === undefined || state === 'terminated'
          }
          if (check()) return resolve()
          const listener = (e: { instance: { instanceId: string }; to: string }): void => {
            if (e.instance.instanceId === id && e.to === 'terminated') {
              this.ctx.events.off('instance-state', listener)
              resolve()
            }
          }
          this.ctx.events.on('instance-state', listener)
        })
    )
    for (const m of g.members.values()) {
      m.action?.timer.cancel()
      m.action = undefined
      this.ec2.terminateInstance(m.instanceId, 'shutdown', 'Auto Scaling group deleted')
    }
    await Promise.all(gone)
    this.groupMap.delete(name)
  }

  // ---- keeping desired capacity ----

  private liveCount(g: Group): number {
    return [...g.members.values()].filter((m) => !m.lifecycleState.startsWith('Terminat')).length
  }

  private reconcile(g: Group, cause: string, delayMs = 0): void {
    if (g.deleting) return
    if (this.liveCount(g) > g.desired) return this.scaleIn(g)
    if (g.launchTimer) return
    if (this.liveCount(g) >= g.desired) return
    g.launchTimer = this.ctx.time.after(delayMs, () => {
      g.launchTimer = undefined
      if (g.deleting || !this.groupMap.has(g.name)) return
      while (this.liveCount(g) < g.desired) {
        if (!this.launch(g, cause)) {
          // No capacity (or no image): Auto Scaling retries at its next attempt.
          this.reconcile(g, cause, this.ctx.time.ms('asgReplaceDelay'))
          return
        }
      }
    })
  }

  /**
   * More live instances than desired (a lower desired capacity, a smaller max): terminate
   * the surplus as the default termination policy picks, through the terminate hook. The
   * policy: the zone with the most instances first, then the oldest launch template
   * version, then the instance closest to the next billing hour (here: the newest)
   * (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-termination-policies.html).
   */
  private scaleIn(g: Group): void {
    while (this.liveCount(g) > g.desired) {
      const live = [...g.members.values()].filter((m) => !m.lifecycleState.startsWith('Terminat'))
      const perZone = new Map<string, number>()
      for (const m of live) perZone.set(m.az, (perZone.get(m.az) ?? 0) + 1)
      const version = (m: Member) => Number(m.launchTemplate.version) || 0
      live.sort(
        (a, b) =>
          (perZone.get(b.az) ?? 0) - (perZone.get(a.az) ?? 0) ||
          version(a) - version(b) ||
          (b.launchActivity?.startTime ?? 0) - (a.launchActivity?.startTime ?? 0)
      )
      const victim = live[0]
      this.terminate(
        victim.instanceId,
        false,
        `At ${iso(this.ctx.time.now())} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from ${live.length} to ${g.desired}.`,
        true
      )
    }
  }

  /** The policy in force: the group's own, else the account's default. */
  private launchesFirst(g: Group): boolean {
    const p = g.maintenance ?? this.accountMaintenance
    return !!p && p.minHealthyPercentage >= 100 && p.maxHealthyPercentage > 100
  }

  /** Zones of the group's subnets with capacity, least-used first, round-robin on ties. */
  private pickSubnets(g: Group): string[] {
    const count = new Map<string, number>()
    for (const m of g.members.values())
      if (!m.lifecycleState.startsWith('Terminat')) count.set(m.az, (count.get(m.az) ?? 0) + 1)
    const n = g.subnetIds.length
    const rotated = g.subnetIds.map((_, i) => g.subnetIds[(g.nextZone + i) % n])
    g.nextZone = (g.nextZone + 1) % n
    return rotated
      .filter((s) => !this.ctx.faults.zoneDown(this.ec2.subnet(s).az))
      .sort(
        (a, b) => (count.get(this.ec2.subnet(a).az) ?? 0) - (count.get(this.ec2.subnet(b).az) ?? 0)
      )
  }

  private launch(g: Group, cause: string): boolean {
    const before = this.liveCount(g)
    const activity = this.activity(
      g,
      'Launching a new EC2 instance',
      `At ${iso(this.ctx.time.now())} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from ${before} to ${before + 1}. (${cause})`
    )
    const subnets = this.pickSubnets(g)
    if (subnets.length === 0) {
      const zones = g.subnetIds.map((s) => this.ec2.subnet(s).az).join(', ')
      this.finishActivity(
        activity,
        'Failed',
        `We currently do not have sufficient capacity in the Availability Zones you requested (${zones}). Launching EC2 instance failed.`
      )
      return false
    }
    let inst: Instance
    let version: string
    try {
      const lt = this.ec2.launchTemplate({ id: g.launchTemplate.id })
      const v = this.ec2.resolveLaunchTemplateVersion(lt, g.launchTemplate.version)
      version = String(v.versionNumber)
      const data = v.data as {
        ImageId?: string
        InstanceType?: string
        UserData?: string
        SecurityGroupIds?: string[]
        IamInstanceProfile?: { Arn?: string; Name?: string }
        TagSpecifications?: { ResourceType?: string; Tags?: { Key?: string; Value?: string }[] }[]
      }
      const tags: Record<string, string> = {}
      for (const spec of data.TagSpecifications ?? [])
        if (spec.ResourceType === 'instance')
          for (const t of spec.Tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? ''
      for (const key of this.propagate.get(g.name) ?? []) tags[key] = g.tags[key]
      tags['aws:autoscaling:groupName'] = g.name
      inst = this.ec2.launchInstance({
        imageId: data.ImageId ?? '',
        instanceType: data.InstanceType,
        subnetId: subnets[0],
        userDataBase64: data.UserData,
        securityGroupIds: data.SecurityGroupIds,
        iamInstanceProfile: data.IamInstanceProfile?.Arn ?? data.IamInstanceProfile?.Name,
        tags,
        launchTemplate: { id: lt.id, name: lt.name, version },
        groupName: g.name
      })
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      this.finishActivity(activity, 'Failed', `${message}. Launching EC2 instance failed.`)
      return false
    }
    activity.description = `Launching a new EC2 instance: ${inst.instanceId}`
    activity.details = { 'Availability Zone': inst.az, 'Subnet ID': inst.subnetId }
    const member: Member = {
      instanceId: inst.instanceId,
      az: inst.az,
      lifecycleState: 'Pending',
      healthStatus: 'Healthy',
      launchTemplate: { id: g.launchTemplate.id, name: g.launchTemplate.name, version },
      launchActivity: activity
    }
    g.members.set(inst.instanceId, member)
    this.syncInstances(g)
    this.setState(g, member, 'Pending')
    const hook = g.hooks.find((h) => h.transition === LAUNCHING)
    if (hook) {
      this.setState(g, member, 'Pending:Wait')
      this.startAction(g, member, hook, activity)
    } else {
      this.whenRunning(inst, () => this.enterService(g, member))
    }
    return true
  }

  private whenRunning(inst: Instance, fn: () => void): void {
    if (inst.state === 'running') return fn()
    const listener = (e: { instance: { instanceId: string }; to: string }): void => {
      if (e.instance.instanceId !== inst.instanceId) return
      if (e.to === 'running') {
        this.ctx.events.off('instance-state', listener)
        fn()
      } else if (e.to !== 'pending') this.ctx.events.off('instance-state', listener)
    }
    this.ctx.events.on('instance-state', listener)
  }

  private enterService(g: Group, m: Member): void {
    if (!g.members.has(m.instanceId) || m.lifecycleState.startsWith('Terminat')) return
    m.inServiceAt = this.ctx.time.now()
    this.setState(g, m, 'InService')
    if (m.launchActivity) this.finishActivity(m.launchActivity, 'Successful')
  }

  // ---- lifecycle actions ----

  private hookMs(hook: SimLifecycleHook): number {
    return Math.max(this.ctx.time.scale(hook.heartbeatTimeout * 1000), this.ctx.hookTimeoutMinMs)
  }

  private startAction(g: Group, m: Member, hook: SimLifecycleHook, activity: SimActivity): void {
    const token = requestId()
    m.action = {
      hook,
      token,
      activity,
      timer: this.ctx.time.after(this.hookMs(hook), () => this.actionTimedOut(g, m, token))
    }
    // As the console shows it while a hook holds the instance.
    if (activity.statusCode === 'InProgress') activity.statusCode = 'MidLifecycleAction'
    if (hook.transition === TERMINATING) {
      const inst = this.ec2.getInstance(m.instanceId)
      if (inst) this.ctx.runtime?.terminating(inst)
    }
  }

  private actionTimedOut(g: Group, m: Member, token: string): void {
    if (m.action?.token !== token) return
    this.ctx.log(
      `asg: lifecycle action ${m.action.hook.name} on ${m.instanceId} timed out: ${m.action.hook.defaultResult}`
    )
    this.completeAction(g, m, m.action.hook.defaultResult, 'timed out')
  }

  private completeAction(g: Group, m: Member, result: string, how: string): void {
    const action = m.action
    if (!action) return
    action.timer.cancel()
    m.action = undefined
    if (action.activity.statusCode === 'MidLifecycleAction')
      action.activity.statusCode = 'InProgress'
    if (action.hook.transition === LAUNCHING) {
      if (result === 'CONTINUE') {
        this.setState(g, m, 'Pending:Proceed')
        const inst = this.ec2.getInstance(m.instanceId)
        if (inst) this.whenRunning(inst, () => this.enterService(g, m))
        return
      }
      const why =
        how === 'timed out'
          ? `Instance failed to complete user's Lifecycle Action: Lifecycle Action with token ${action.token} was abandoned: Heartbeat Timeout`
          : `Instance failed to complete user's Lifecycle Action: Lifecycle Action with token ${action.token} was abandoned: Lifecycle Action Completed with ABANDON Result`
      if (m.launchActivity) this.finishActivity(m.launchActivity, 'Failed', why)
      // An abandoned launch is terminated straight away (no terminating hook) and replaced.
      this.setState(g, m, 'Terminating')
      this.terminateNow(g, m, undefined)
      this.reconcile(g, 'an instance failed its launch lifecycle action')
      return
    }
    // Terminating hook: CONTINUE and ABANDON both let the termination proceed.
    this.setState(g, m, 'Terminating:Proceed')
    this.terminateNow(g, m, action.activity)
  }

  private terminateNow(g: Group, m: Member, activity: SimActivity | undefined): void {
    const inst = this.ec2.getInstance(m.instanceId)
    if (inst && inst.state !== 'terminated' && inst.state !== 'shutting-down')
      this.ec2.terminateInstance(m.instanceId, 'shutdown', 'Auto Scaling terminated the instance')
    const done = (): void => {
      this.setState(g, m, 'Terminated')
      if (activity) this.finishActivity(activity, 'Successful')
      for (const a of m.terminations ?? []) if (isOpen(a)) this.finishActivity(a, 'Successful')
      g.members.delete(m.instanceId)
      this.syncInstances(g)
    }
    if (!inst || inst.state === 'terminated') return done()
    const listener = (e: { instance: { instanceId: string }; to: string }): void => {
      if (e.instance.instanceId === m.instanceId && e.to === 'terminated') {
        this.ctx.events.off('instance-state', listener)
        done()
      }
    }
    this.ctx.events.on('instance-state', listener)
  }

  /** Terminating → Terminating:Wait (hook) → Terminating:Proceed → Terminated. */
  terminate(instanceId: string, decrement: boolean, cause: string, scalingIn = false): SimActivity {
    const { group: g, member: m } = this.memberOf(instanceId)
    if (m.lifecycleState.startsWith('Terminat')) {
      // Already on its way out (an abandoned launch, an earlier call): the API reference does
      // not say what AWS answers; the activity here ends with the termination under way.
      const open = this.activities(g.name).find(
        (a) => a.description.includes(instanceId) && a.description.startsWith('Terminating')
      )
      if (open) return open
      const activity = this.activity(g, `Terminating EC2 instance: ${instanceId}`, cause)
      ;(m.terminations ??= []).push(activity)
      return activity
    }
    if (decrement) {
      if (g.desired - 1 < g.min)
        throw new ValidationError(
          `Currently, desiredSize equals minSize (${g.min}). Terminating instance without replacement will violate group's min size constraint. Either set shouldDecrementDesiredCapacity flag to false or lower group's min size.`
        )
      g.desired -= 1
    }
    const activity = this.activity(g, `Terminating EC2 instance: ${instanceId}`, cause)
    // A pending lifecycle action on launch ends now.
    m.action?.timer.cancel()
    m.action = undefined
    if (m.launchActivity && isOpen(m.launchActivity))
      this.finishActivity(
        m.launchActivity,
        'Cancelled',
        'The instance was terminated before it entered service.'
      )
    this.setState(g, m, 'Terminating')
    const hook = g.hooks.find((h) => h.transition === TERMINATING)
    const inst = this.ec2.getInstance(instanceId)
    if (hook && inst && (inst.state === 'running' || inst.state === 'pending')) {
      this.setState(g, m, 'Terminating:Wait')
      this.startAction(g, m, hook, activity)
    } else {
      this.setState(g, m, 'Terminating:Proceed')
      this.terminateNow(g, m, activity)
    }
    // As AWS can: the replacement launches while the old instance is still terminating.
    if (!decrement && !scalingIn) this.reconcile(g, cause)
    return activity
  }

  completeLifecycleAction(opts: {
    groupName: string
    hookName: string
    instanceId?: string
    token?: string
    result: string
  }): void {
    if (opts.result !== 'CONTINUE' && opts.result !== 'ABANDON')
      throw new ValidationError(
        `Invalid value '${opts.result}' for LifecycleActionResult: must be CONTINUE or ABANDON`
      )
    const { group, member } = this.activeAction(opts)
    this.ctx.log(`asg: ${opts.hookName} on ${member.instanceId} completed with ${opts.result}`)
    this.completeAction(group, member, opts.result, 'completed')
  }

  recordHeartbeat(opts: {
    groupName: string
    hookName: string
    instanceId?: string
    token?: string
  }): void {
    const { group, member } = this.activeAction(opts)
    const action = member.action
    if (!action) return
    action.timer.cancel()
    const token = action.token
    action.timer = this.ctx.time.after(this.hookMs(action.hook), () =>
      this.actionTimedOut(group, member, token)
    )
  }

  private activeAction(opts: {
    groupName: string
    hookName: string
    instanceId?: string
    token?: string
  }): {
    group: Group
    member: Member
  } {
    const g = this.groupMap.get(opts.groupName)
    if (!g)
      throw new ValidationError(
        `AutoScalingGroup name not found - AutoScalingGroup ${opts.groupName} not found`
      )
    if (!g.hooks.some((h) => h.name === opts.hookName))
      throw new ValidationError(
        `No Lifecycle Hook found with name ${opts.hookName} for AutoScalingGroup ${g.name}`
      )
    const member = [...g.members.values()].find(
      (m) =>
        m.action &&
        m.action.hook.name === opts.hookName &&
        ((opts.instanceId && m.instanceId === opts.instanceId) ||
          (opts.token && m.action.token === opts.token))
    )
    if (!member) {
      if (opts.instanceId)
        throw new ValidationError(
          `No active Lifecycle Action found with instance ID ${opts.instanceId}`
        )
      throw new ValidationError(`No active Lifecycle Action found with token ${opts.token ?? ''}`)
    }
    return { group: g, member }
  }

  /**
   * SetInstanceHealth: "by default, this call respects the grace period" of the group, which
   * runs from InService ("waits before checking the health status of an EC2 instance that
   * has come into service"); inside it an Unhealthy report is not acted on. With
   * ShouldRespectGracePeriod=false the instance is replaced at once
   * (https://docs.aws.amazon.com/autoscaling/ec2/APIReference/API_SetInstanceHealth.html).
   */
  setInstanceHealth(instanceId: string, health: string, respectGracePeriod = true): void {
    const { group: g, member: m } = this.memberOf(instanceId)
    if (health !== 'Healthy' && health !== 'Unhealthy')
      throw new ValidationError(
        `Invalid value '${health}' for HealthStatus: must be Healthy or Unhealthy`
      )
    if (health === 'Unhealthy' && respectGracePeriod && this.inGracePeriod(g, m)) {
      this.ctx.log(`asg: ${instanceId} reported Unhealthy inside the grace period: ignored`)
      return
    }
    m.healthStatus = health
    this.syncInstances(g)
    if (health !== 'Unhealthy' || m.lifecycleState.startsWith('Terminat')) return
    if (this.launchesFirst(g)) return this.replaceLaunchingFirst(g, m)
    this.terminate(
      instanceId,
      false,
      `At ${iso(this.ctx.time.now())} an instance was taken out of service in response to a user health-check.`
    )
  }

  /**
   * Launch before terminate: a replacement is launched beside the unhealthy instance, which
   * is terminated once the replacement is InService (or, should the replacement fail, kept
   * until one succeeds). Desired capacity does not change: the group runs one over it.
   */
  private replaceLaunchingFirst(g: Group, m: Member): void {
    const cause = `At ${iso(this.ctx.time.now())} an instance was taken out of service in response to a user health-check (launching its replacement first: instance maintenance policy).`
    const before = new Set(g.members.keys())
    g.desired += 1
    this.reconcile(g, cause)
    const listener = (e: { instanceId: string; groupName: string; to: string }): void => {
      if (e.groupName !== g.name || before.has(e.instanceId) || e.to !== 'InService') return
      this.ctx.events.off('lifecycle', listener)
      g.desired -= 1
      if (g.members.has(m.instanceId) && !m.lifecycleState.startsWith('Terminat'))
        this.terminate(m.instanceId, false, cause, true)
    }
    this.ctx.events.on('lifecycle', listener)
  }

  private inGracePeriod(g: Group, m: Member): boolean {
    if (m.inServiceAt === undefined) return true
    return (
      this.ctx.time.now() - m.inServiceAt < this.ctx.time.scale(g.healthCheckGracePeriod * 1000)
    )
  }

  /**
   * An impaired instance (its status check failed): Auto Scaling "waits a few minutes for AWS
   * to fix the issue" (the health checks page), then marks it unhealthy and replaces it,
   * through the terminate hook like any termination.
   */
  private instanceImpaired(inst: Instance): void {
    this.ctx.time.after(this.ctx.time.ms('asgImpairedWait'), () => {
      const found = this.findMember(inst.instanceId)
      if (!found || inst.state !== 'running' || found.member.lifecycleState.startsWith('Terminat'))
        return
      found.member.healthStatus = 'Unhealthy'
      this.terminate(
        inst.instanceId,
        false,
        `At ${iso(this.ctx.time.now())} an instance was taken out of service in response to an EC2 instance status checks failure.`
      )
    })
  }

  /** An instance that died under the group (killInstance, zone loss): replace it. */
  private instanceDied(inst: Instance): void {
    const found = this.findMember(inst.instanceId)
    if (!found) return
    const { group: g, member: m } = found
    // A member already terminating keeps its lifecycle action (Terminating:Wait) until it is
    // completed or times out, even once EC2 has terminated the instance: "The instance
    // remains in a wait state until you either complete the lifecycle action, or the timeout
    // period ends" (How lifecycle hooks work, docs.aws.amazon.com/autoscaling/ec2/userguide/
    // lifecycle-hooks-overview.html). No AWS page says EC2's own termination ends it early.
    if (m.lifecycleState.startsWith('Terminat')) return
    this.ctx.time.after(this.ctx.time.ms('asgReplaceDelay'), () => {
      if (!g.members.has(m.instanceId) || m.lifecycleState.startsWith('Terminat')) return
      m.healthStatus = 'Unhealthy'
      const cause = `At ${iso(this.ctx.time.now())} an instance was taken out of service in response to an EC2 instance status checks failure.`
      const activity = this.activity(g, `Terminating EC2 instance: ${m.instanceId}`, cause)
      m.action?.timer.cancel()
      m.action = undefined
      if (m.launchActivity && isOpen(m.launchActivity))
        this.finishActivity(m.launchActivity, 'Failed', 'Instance died before entering service.')
      this.setState(g, m, 'Terminating')
      this.setState(g, m, 'Terminating:Proceed')
      this.terminateNow(g, m, activity)
      this.reconcile(g, cause)
    })
  }

  // ---- bookkeeping ----

  private setState(g: Group, m: Member, to: string): void {
    const from = m.lifecycleState
    m.lifecycleState = to
    const inst = this.ec2.getInstance(m.instanceId)
    if (inst) inst.lifecycleState = to
    this.syncInstances(g)
    if (from !== to || to === 'Pending') this.ctx.log(`asg: ${m.instanceId} ${from} -> ${to}`)
    this.ctx.events.emit('lifecycle', {
      instanceId: m.instanceId,
      groupName: g.name,
      from: from === to ? undefined : from,
      to
    })
  }

  private syncInstances(g: Group): void {
    g.instances = [...g.members.values()].map((m) => ({
      instanceId: m.instanceId,
      az: m.az,
      lifecycleState: m.lifecycleState,
      healthStatus: m.healthStatus,
      launchTemplate: m.launchTemplate
    }))
  }

  private activity(
    g: Group,
    description: string,
    cause: string
  ): SimActivity & { details?: Record<string, string> } {
    const a: SimActivity & { details?: Record<string, string> } = {
      activityId: requestId(),
      groupName: g.name,
      description,
      cause,
      statusCode: 'InProgress',
      startTime: this.ctx.time.now(),
      progress: 0
    }
    this.activityLog.push(a)
    this.ctx.events.emit('activity', a)
    return a
  }

  private finishActivity(
    a: SimActivity,
    status: SimActivity['statusCode'],
    message?: string
  ): void {
    a.statusCode = status
    a.statusMessage = message
    a.endTime = this.ctx.time.now()
    a.progress = 100
    this.ctx.log(`asg: activity "${a.description}" ${status}${message ? `: ${message}` : ''}`)
    this.ctx.events.emit('activity', a)
    this.notify(a)
  }

  /** The group's notification for an activity that ended, to each topic that takes it. */
  private notify(a: SimActivity): void {
    const g = this.groupMap.get(a.groupName)
    if (!g || !this.monitoring) return
    if (a.statusCode !== 'Successful' && a.statusCode !== 'Failed') return
    const launch = a.description.startsWith('Launching')
    const ok = a.statusCode === 'Successful'
    const type = launch
      ? ok
        ? NOTIFICATION_TYPES.launch
        : NOTIFICATION_TYPES.launchError
      : ok
        ? NOTIFICATION_TYPES.terminate
        : NOTIFICATION_TYPES.terminateError
    const instanceId = /i-[0-9a-f]+/.exec(a.description)?.[0] ?? ''
    const verb = launch ? 'launch' : 'termination'
    const subject = `Auto Scaling: ${verb}${ok ? '' : ' failed'} for group "${g.name}"`
    const message = JSON.stringify({
      Event: type,
      AccountId: this.ctx.accountId,
      AutoScalingGroupName: g.name,
      ActivityId: a.activityId,
      Description: a.description,
      Cause: a.cause,
      StatusCode: a.statusCode,
      StatusMessage: a.statusMessage ?? '',
      EC2InstanceId: instanceId,
      StartTime: new Date(a.startTime).toISOString(),
      EndTime: new Date(a.endTime ?? a.startTime).toISOString()
    })
    for (const n of g.notifications)
      if (n.types.includes(type))
        this.monitoring.sns.publish(n.topicArn, subject, message, 'autoscaling')
  }
}

function isOpen(a: SimActivity): boolean {
  return a.statusCode === 'InProgress' || a.statusCode === 'MidLifecycleAction'
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')
}
