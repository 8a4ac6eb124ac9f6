// Phase 3: replace the single instance (decide has checked that nothing else is moving):
// terminate without decrementing capacity, then follow the old instance out and the new one
// in, phase by phase, ending at once when the new instance reports `failed` or leaves.
import {
  CompleteLifecycleActionCommand,
  TerminateInstanceInAutoScalingGroupCommand
} from '@aws-sdk/client-auto-scaling'
import { POLICY_HOME } from '../../shared/aws.js'
import { BOOT_PHASES, HOOKS, PHASE } from '../../shared/contract.js'
import { hasCode, TimeoutError, waitFor, withRetry } from '../../shared/retry.js'
import { BootError } from '../context/errors.js'
import { activitiesInProgress, describeGroup, describeInstances } from '../aws/group.js'
import { seconds } from '../context/timeline.js'
import type { Ctx } from '../context/context.js'
import { endedByEc2, type GroupMember, type InstanceInfo, isLeaving } from '../context/snapshot.js'

/** Why an instance may never tag a phase, and where its own account of it is. */
const NEVER_REPORTED =
  `; its boot agent never reported a phase: it did not start, or it may not tag its instance ` +
  `(ec2:CreateTags, ${POLICY_HOME.instance}); its log: journalctl -u opscenter-ha-boot on the instance`

/** The terminate hook's phases: they say nothing of where the boot got to. */
const TEARDOWN: readonly string[] = [PHASE.stopping, PHASE.released]

/** The boot step a failure reason names (`<step>: <cause>`), if it is one. */
function stepOf(reason: string | undefined): string | undefined {
  const step = reason?.split(':')[0]
  return step && (BOOT_PHASES as readonly string[]).includes(step) ? step : undefined
}

export async function terminate(ctx: Ctx, instanceId: string): Promise<number> {
  await withRetry(
    () =>
      ctx.clients.asg.send(
        new TerminateInstanceInAutoScalingGroupCommand({
          InstanceId: instanceId,
          ShouldDecrementDesiredCapacity: false
        })
      ),
    { clock: ctx.deps.clock }
  )
  const at = ctx.deps.clock.now()
  ctx.timeline.log(
    `terminated ${instanceId} (capacity kept at 1): Auto Scaling launches its replacement`
  )
  return at
}

export interface Followed {
  instanceId: string
  /** When it reported the phase followed to (healthy, or ready for a successor). */
  healthyAt: number
  /**
   * When the agent of an old instance asked its opscenterd to stop (its service-stop-at
   * tag): where the downtime really starts, which may be well after the terminate call.
   */
  stoppedAt?: number
}

type Until = typeof PHASE.healthy | typeof PHASE.ready

export interface FollowOptions {
  /**
   * Follow until this phase: healthy (default), or ready (a prepared successor, or
   * healthy). A function is asked on every poll (a handover whose old instance went away
   * follows its successor to healthy instead).
   */
  until?: Until | (() => Until)
  /** Called on each poll that found nothing done yet (never returns a result). */
  idle?: () => Promise<undefined>
  /**
   * Called once per old instance seen leaving (lifecycle Terminating or gone, EC2 stopping
   * or terminated) with what AWS said of it; without it, old instances are expected to go.
   */
  onOldGone?: (id: string, why: string) => Promise<void>
}

/**
 * Follows the group until a member other than `old` is InService and reports healthy.
 * Ends at once, with a BootError, when that instance reports `failed`, leaves the group
 * (launch hook abandoned) or its EC2 state goes to shutting-down/terminated.
 */
export async function follow(
  ctx: Ctx,
  groupName: string,
  old: string[] | string | undefined,
  o: FollowOptions = {}
): Promise<Followed> {
  const olds = old === undefined ? [] : typeof old === 'string' ? [old] : old
  const { opts, deps } = ctx
  const watch = new ReplacementWatch(ctx, groupName, olds, o)
  const until = watch.until
  try {
    return await waitFor(
      olds.length
        ? `the replacement of ${olds.join(', ')} to report ${until}`
        : `the new instance of ${groupName} to report ${until}`,
      async () => (await watch.poll()) ?? (await o.idle?.()),
      { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
    )
  } catch (err) {
    throw err instanceof TimeoutError ? watch.timedOut(err) : err
  }
}

/** What follow has seen of the old and the new instances, logged once per change. */
class ReplacementWatch {
  private readonly start: number
  private readonly last = new Map<string, string>()
  private readonly lastPhase = new Map<string, string>()
  private readonly lastLifecycle = new Map<string, string>()
  private readonly seen = new Set<string>()
  /** New instances EC2 ended on its own: no evidence about the AMI, not followed further. */
  private readonly lost = new Set<string>()
  private readonly oldGone = new Set<string>()
  private stoppedAt?: number

  constructor(
    private readonly ctx: Ctx,
    private readonly groupName: string,
    private readonly olds: string[],
    private readonly o: FollowOptions = {}
  ) {
    this.start = ctx.deps.clock.now()
  }

  get until(): Until {
    const u = this.o.until ?? PHASE.healthy
    return typeof u === 'function' ? u() : u
  }

  private note(key: string, value: string, message: string): void {
    if (this.last.get(key) === value) return
    this.last.set(key, value)
    this.ctx.timeline.log(`${message} (+${seconds(this.ctx.deps.clock.now() - this.start)})`)
  }

  async poll(): Promise<Followed | undefined> {
    const { deps, clients } = this.ctx
    const group = await describeGroup(deps, clients, this.groupName)
    const fresh = group.members.filter((m) => !this.olds.includes(m.id) && !this.lost.has(m.id))
    const vanished = [...this.seen].filter(
      (id) => !this.lost.has(id) && !fresh.some((m) => m.id === id)
    )
    const olds = group.members.filter((m) => this.olds.includes(m.id))
    // The old ones too: their lifecycle, and the stamp of their opscenterd's stop.
    const ids = [...fresh.map((m) => m.id), ...vanished, ...this.olds]
    const info = await describeInstances(deps, clients, ids)
    await this.watchOlds(group.members, info)
    await endDeadHooks(this.ctx, this.groupName, olds, info)
    for (const id of vanished) {
      const i = info.get(id)
      if (endedByEc2(i) && i?.phase !== PHASE.failed) {
        this.lostToEc2(id, i)
        continue
      }
      throw new BootError(
        id,
        this.lastPhase.get(id) ?? '',
        'left the group before becoming healthy (launch hook abandoned or timed out, or instance terminated)'
      )
    }
    for (const m of fresh) {
      const done = this.check(m, info.get(m.id))
      if (done) return requireVersion(done, m, group.templateVersion)
    }
    return undefined
  }

  /** Logs the old instances' lifecycle; tells onOldGone of one that went (once). */
  private async watchOlds(members: GroupMember[], info: Map<string, InstanceInfo>) {
    for (const id of this.olds) {
      const m = members.find((x) => x.id === id)
      this.note(
        `old:${id}`,
        m?.lifecycle ?? 'gone',
        `old ${id}: ${m ? m.lifecycle : 'left the group'}`
      )
      const i = info.get(id)
      if (i?.serviceStopAt !== undefined)
        this.stoppedAt = Math.min(this.stoppedAt ?? Infinity, i.serviceStopAt)
      if (!this.o.onOldGone || this.oldGone.has(id) || i === undefined) continue
      const ec2Gone = ['shutting-down', 'terminated', 'stopping', 'stopped'].includes(i.state ?? '')
      if (m && !isLeaving(m.lifecycle) && !ec2Gone) continue
      this.oldGone.add(id)
      const why = [
        m ? `lifecycle ${m.lifecycle}` : 'left the group',
        i.state ? `EC2 state ${i.state}` : '',
        i.stateReason ?? ''
      ]
      await this.o.onOldGone(id, why.filter(Boolean).join(', '))
    }
  }

  /** EC2 ended a new instance on its own: the group launches another, which is followed. */
  private lostToEc2(id: string, i: InstanceInfo | undefined): void {
    this.lost.add(id)
    this.ctx.timeline.log(
      `new ${id} was ended by EC2 (${i?.stateReason}): that says nothing about the AMI; following the group's next launch`
    )
  }

  /** One new instance: healthy (done), still on its way (undefined), or failed (throws). */
  private check(m: GroupMember, i: InstanceInfo | undefined): Followed | undefined {
    this.seen.add(m.id)
    this.lastLifecycle.set(m.id, m.lifecycle)
    this.note(`lc:${m.id}`, m.lifecycle, `new ${m.id}: ${m.lifecycle}`)
    if (i?.phase) {
      const why = i.reason ? ` (${i.reason})` : ''
      this.note(`ph:${m.id}`, `${i.phase}|${i.reason ?? ''}`, `new ${m.id}: phase ${i.phase}${why}`)
      if (i.phase === PHASE.failed)
        throw new BootError(
          m.id,
          // The reason starts with the step that failed; polls may miss its phase tag.
          stepOf(i.reason) ?? this.lastPhase.get(m.id) ?? '',
          i.reason ?? 'the boot agent reported failed without a reason',
          i.heldBy
        )
      if (!TEARDOWN.includes(i.phase)) this.lastPhase.set(m.id, i.phase)
    }
    if (isLeaving(m.lifecycle) || i?.state === 'shutting-down' || i?.state === 'terminated') {
      if (endedByEc2(i)) {
        this.lostToEc2(m.id, i)
        return undefined
      }
      throw this.abandoned(m, i)
    }
    const done =
      i?.phase === PHASE.healthy || (this.until === PHASE.ready && i?.phase === PHASE.ready)
    if (m.lifecycle === 'InService' && done)
      return { instanceId: m.id, healthyAt: this.ctx.deps.clock.now(), stoppedAt: this.stoppedAt }
    return undefined
  }

  /**
   * A new instance on its way out. A boot that failed and was replaced before a poll saw
   * `failed` is tagged `stopping` by now, but its reason tag still names the failed step.
   */
  private abandoned(m: GroupMember, i: InstanceInfo | undefined): BootError {
    const failed = stepOf(i?.reason)
    const state = `lifecycle ${m.lifecycle}${i?.state ? `, EC2 state ${i.state}` : ''}`
    if (failed) return new BootError(m.id, failed, `${i!.reason} (now ${state})`)
    return new BootError(
      m.id,
      this.lastPhase.get(m.id) ?? '',
      `launch abandoned (by the agent, or the launch hook timed out): ${state}` +
        (this.lastPhase.has(m.id) || i?.phase ? '' : NEVER_REPORTED)
    )
  }

  /** Says where the new instance got stuck, not only that time ran out. */
  timedOut(err: TimeoutError): BootError {
    const waited = `${Math.round(err.waitedMs / 1000)}s`
    const id = [...this.seen].pop()
    if (!id)
      return new BootError(
        undefined,
        '',
        `no replacement instance appeared within ${waited}: see the group's scaling activities`
      )
    return new BootError(
      id,
      this.lastPhase.get(id) ?? '',
      `no ${this.until} report within ${waited} (timeout-minutes); last seen ${this.lastLifecycle.get(id)}`
    )
  }
}

/**
 * A healthy instance counts only when it was launched from the group's launch template
 * version: one from an older version was started by someone else (another run, a person),
 * and is no evidence about the AMI this run deploys, good or bad.
 */
function requireVersion(done: Followed, m: GroupMember, groupVersion?: string): Followed {
  if (!groupVersion || !m.templateVersion || m.templateVersion === groupVersion) return done
  throw new Error(
    `${m.id} reported healthy, but it was launched from launch template version ${m.templateVersion} and the group's is ${groupVersion}: ` +
      `it is not the replacement this run started (another run or a person changed the group meanwhile). Nothing was reverted; re-run to converge`
  )
}

type Settled = { done: string } | { replace: string } | undefined

/**
 * Brings the group to one healthy instance on `amiId` without ever terminating a second
 * instance while one is in flight: waits for the group to settle (abandoning the launch
 * hook of an instance whose agent already reported `failed`), then replaces the instance if
 * it runs another AMI. Used by revert, where failed instances may still be in the group.
 */
export async function settleOn(
  ctx: Ctx,
  groupName: string,
  amiId: string,
  avoid: ReadonlySet<string> = new Set(),
  /**
   * A same-AMI revert: the launch template version from before the run. Only its instances
   * and those of the group's version now may stay; the others (of the version that failed)
   * are left like failed ones.
   */
  keepVersion?: string
): Promise<Followed & { terminatedAt?: number }> {
  const { opts, deps, timeline } = ctx
  const abandoned = new Set<string>()
  let lastSay = ''
  const say = (s: string): void => {
    if (s !== lastSay) timeline.log(s)
    lastSay = s
  }
  const next = await waitFor(
    `group ${groupName} to settle before replacing its instance with ${amiId}`,
    () => settleStep(ctx, { groupName, amiId, avoid, keepVersion, abandoned, say }),
    { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
  )
  if ('done' in next) {
    timeline.log(`${next.done} runs ${amiId} and is healthy`)
    return { instanceId: next.done, healthyAt: deps.clock.now() }
  }
  const terminatedAt = await terminate(ctx, next.replace)
  return { ...(await follow(ctx, groupName, next.replace)), terminatedAt }
}

interface SettleState {
  groupName: string
  amiId: string
  avoid: ReadonlySet<string>
  keepVersion?: string
  /** The group's launch template version at the last look. */
  groupVersion?: string
  abandoned: Set<string>
  say: (s: string) => void
}

/** One look at the group while it settles: settled on amiId, to replace, or still moving. */
async function settleStep(ctx: Ctx, st: SettleState): Promise<Settled> {
  const { deps, clients } = ctx
  const group = await describeGroup(deps, clients, st.groupName)
  st.groupVersion = group.templateVersion
  const info = await describeInstances(
    deps,
    clients,
    group.members.map((m) => m.id)
  )
  for (const m of group.members) await endDeadLaunch(ctx, st, m, info.get(m.id))
  await endDeadHooks(ctx, st.groupName, group.members, info)
  const busy = group.members.filter((m) => m.lifecycle !== 'InService')
  const activities = await activitiesInProgress(deps, clients, st.groupName)
  if (busy.length || activities.length || group.members.length === 0) {
    const seen = group.members.map((m) => {
      const phase = info.get(m.id)?.phase
      return `${m.id} ${m.lifecycle}${phase ? ` (phase ${phase})` : ''}`
    })
    st.say(`waiting for the group to settle: ${seen.join(', ') || 'no instance yet'}`)
    return undefined
  }
  const m = group.members[0]
  const i = info.get(m.id)
  if (i?.imageId === st.amiId && !avoided(st, m))
    return i.phase === PHASE.healthy ? { done: m.id } : { replace: m.id }
  return { replace: m.id }
}

/** Seen failing, or launched from a launch template version that is neither kept nor current. */
const avoided = (st: SettleState, m: GroupMember): boolean =>
  st.avoid.has(m.id) ||
  (!!st.keepVersion &&
    !!st.groupVersion &&
    !!m.templateVersion &&
    ![st.keepVersion, st.groupVersion].includes(m.templateVersion))

/**
 * The AMI we go back to failed as well: stop. A launch on any other AMI (or one we saw
 * fail) is one we are leaving: end it now instead of at the hook's time-out, so the group
 * can launch from the reverted template.
 */
async function endDeadLaunch(
  ctx: Ctx,
  st: SettleState,
  m: GroupMember,
  i: InstanceInfo | undefined
): Promise<void> {
  if (i?.phase === PHASE.failed && i.imageId === st.amiId && !avoided(st, m))
    throw new BootError(
      m.id,
      '',
      `${st.amiId} failed to boot too: ${i.reason ?? 'no reason given'}`
    )
  const leaving = i?.imageId && (i.imageId !== st.amiId || avoided(st, m))
  if (m.lifecycle !== 'Pending:Wait' || !leaving || st.abandoned.has(m.id)) return
  st.abandoned.add(m.id)
  const why =
    i.phase === PHASE.failed
      ? 'its agent reported failed'
      : i.imageId !== st.amiId
        ? `it runs ${i.imageId}`
        : `it was launched from launch template version ${m.templateVersion}, which failed`
  await abandonLaunch(ctx, st.groupName, m.id, why)
}

/**
 * A member in Terminating:Wait whose instance EC2 already terminated (it died, its zone
 * failed) has nobody left to complete its terminate hook: its agent is gone with it.
 * Auto Scaling keeps a lifecycle action until it is completed or times out ("The instance
 * remains in a wait state until you either complete the lifecycle action, or the timeout
 * period ends", How lifecycle hooks work, docs.aws.amazon.com/autoscaling/ec2/userguide/
 * lifecycle-hooks-overview.html; nothing there says EC2's own termination ends it), so it
 * would hold the group busy for the hook's whole HeartbeatTimeout. Completing it lets the
 * group move on; the instance is gone either way, so nothing is lost.
 */
export async function endDeadHooks(
  ctx: Ctx,
  groupName: string,
  members: GroupMember[],
  info?: Map<string, InstanceInfo>
): Promise<void> {
  const waiting = members.filter((m) => m.lifecycle === 'Terminating:Wait')
  if (!waiting.length) return
  const seen =
    info ??
    (await describeInstances(
      ctx.deps,
      ctx.clients,
      waiting.map((m) => m.id)
    ))
  for (const m of waiting) {
    const i = seen.get(m.id)
    if (i?.state !== 'terminated') continue
    // Completed meanwhile, or timed out: nothing left to complete.
    if (await completeAction(ctx, groupName, m.id, HOOKS.terminate, 'CONTINUE'))
      ctx.timeline.log(
        `completed the terminate hook of ${m.id}: EC2 already terminated it (${i.stateReason ?? 'no reason given'}), so its agent cannot`
      )
  }
}

/** CompleteLifecycleAction; false when there is no pending action (a ValidationError). */
async function completeAction(
  ctx: Ctx,
  groupName: string,
  instanceId: string,
  hook: string,
  result: 'CONTINUE' | 'ABANDON'
): Promise<boolean> {
  try {
    await withRetry(
      () =>
        ctx.clients.asg.send(
          new CompleteLifecycleActionCommand({
            AutoScalingGroupName: groupName,
            LifecycleHookName: hook,
            InstanceId: instanceId,
            LifecycleActionResult: result
          })
        ),
      { clock: ctx.deps.clock }
    )
    return true
  } catch (err) {
    if (!hasCode(err, 'ValidationError')) throw err
    return false
  }
}

async function abandonLaunch(
  ctx: Ctx,
  groupName: string,
  instanceId: string,
  why: string
): Promise<void> {
  // The agent usually got there first: nothing left to abandon is fine.
  if (await completeAction(ctx, groupName, instanceId, HOOKS.launch, 'ABANDON'))
    ctx.timeline.log(`abandoned the launch of ${instanceId} (${why})`)
}
