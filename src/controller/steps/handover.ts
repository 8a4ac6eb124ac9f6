// The prepared handover (replace-strategy: prepared). The slow part of a replacement (EC2
// launch, OS boot, the agent's checks) happens on a successor beside the serving instance;
// only the ENI move, the EFS mount and opscenterd's stop and start happen while OpsCenter
// is down. The ENI stays the single-brain lock: the successor claims nothing while the
// old instance holds it (the boot agent's rule), so two instances can exist, never two
// brains. Sequence: raise the group to two in the old instance's subnet (same zone: same
// ENI, same IP, no record change), follow the successor to `ready`, terminate the old
// instance with capacity decremented, follow the successor to `healthy`, and put the
// group back to one over every subnet. The group's sizes and subnets are the stack's; a
// run stopped inside the window is finished by the next one (finishWindow).
import {
  TerminateInstanceInAutoScalingGroupCommand,
  UpdateAutoScalingGroupCommand
} from '@aws-sdk/client-auto-scaling'
import { PHASE } from '../../shared/contract.js'
import { hasCode, TimeoutError, waitFor, withRetry } from '../../shared/retry.js'
import { timeScale } from '../../shared/clock.js'
import { BootError } from '../context/errors.js'
import { describeGroup, describeInstances, recentActivities } from '../aws/group.js'
import { follow, type Followed } from './replace.js'
import { isLeaving } from '../context/snapshot.js'
import type { Ctx } from '../context/context.js'

interface Size {
  max?: number
  desired?: number
  subnets?: string[]
}

async function resize(ctx: Ctx, groupName: string, to: Size): Promise<void> {
  await withRetry(
    () =>
      ctx.clients.asg.send(
        new UpdateAutoScalingGroupCommand({
          AutoScalingGroupName: groupName,
          MaxSize: to.max,
          DesiredCapacity: to.desired,
          VPCZoneIdentifier: to.subnets?.join(',')
        })
      ),
    { clock: ctx.deps.clock }
  )
}

/** Terminates `id` and lowers desired capacity with it: nothing is launched in its place. */
export async function terminateDecrementing(ctx: Ctx, id: string): Promise<number> {
  await withRetry(
    () =>
      ctx.clients.asg.send(
        new TerminateInstanceInAutoScalingGroupCommand({
          InstanceId: id,
          ShouldDecrementDesiredCapacity: true
        })
      ),
    { clock: ctx.deps.clock }
  )
  return ctx.deps.clock.now()
}

/** Where the old instance went, if it went on its own before the handover. */
interface Lost {
  at?: number
  why?: string
}

/**
 * Replaces `old` by a prepared successor. A successor that fails before `ready` is taken
 * away again, and the BootError says whether the old instance still serves. `stopped` is
 * told when OpsCenter stops serving (the terminate, or the old instance going on its own),
 * before anything can fail after it: the downtime is reported even when the run reverts.
 * An old instance that goes on its own (EC2 ended it, its zone failed) turns the handover
 * into a cold replacement: the window closes and the successor, or the group's next
 * launch, is followed to healthy.
 */
export async function handover(
  ctx: Ctx,
  groupName: string,
  old: string,
  subnets: string[],
  stopped: (at: number) => void
): Promise<Followed> {
  const { timeline } = ctx
  const zone = await subnetOf(ctx, old)
  const window: Size = { max: 2, desired: 2, subnets: zone ? [zone.subnetId] : subnets }
  // Only a launch of this window can say the zone is full: an earlier run's failed launch
  // (capacity is often back since) must not move the successor, and the record, for nothing.
  const earlier = new Set(
    (await recentActivities(ctx.deps, ctx.clients, groupName)).map((a) => a.ActivityId)
  )
  await resize(ctx, groupName, window)
  timeline.log(
    zone
      ? `raised ${groupName} to 2 in ${zone.zone} (${zone.subnetId}), the zone of ${old}: the successor takes over the same ENI and IP, and the record does not change`
      : `raised ${groupName} to 2 (the zone of ${old} is unknown: any zone)`
  )
  const lost: Lost = {}
  const onOldGone = async (id: string, why: string): Promise<void> => {
    lost.at = ctx.deps.clock.now()
    lost.why = why
    stopped(lost.at)
    timeline.log(
      `${id} went away before the handover (${why}): OpsCenter is down from here. Closing the window; the successor, or the group's next launch, takes over as in a cold replacement`
    )
    await restoreGroup(ctx, groupName, subnets)
  }
  let successor: Followed
  try {
    successor = await follow(ctx, groupName, old, {
      until: () => (lost.at === undefined ? PHASE.ready : PHASE.healthy),
      idle: () =>
        lost.at === undefined
          ? widenIfNoCapacity(ctx, groupName, window, subnets, earlier)
          : Promise.resolve(undefined),
      onOldGone
    })
  } catch (err) {
    // Once the old instance went, the group is back at one: nothing to call off.
    if (lost.at === undefined) await callOff(ctx, groupName, old, subnets)
    throw await calledOff(ctx, groupName, err, old, lost)
  }
  if (lost.at !== undefined) return successor
  timeline.log(`${successor.instanceId} is ready beside ${old}: handing over`)
  stopped(await terminateDecrementing(ctx, old))
  timeline.log(
    `terminated ${old} (capacity decremented to 1): it stops opscenterd, unmounts EFS and lets its ENI go; ${successor.instanceId} claims them`
  )
  try {
    return await follow(ctx, groupName, old)
  } finally {
    await restoreGroup(ctx, groupName, subnets)
  }
}

async function subnetOf(
  ctx: Ctx,
  id: string
): Promise<{ subnetId: string; zone: string } | undefined> {
  const info = (await describeInstances(ctx.deps, ctx.clients, [id])).get(id)
  return info?.subnetId ? { subnetId: info.subnetId, zone: info.zone ?? '?' } : undefined
}

/**
 * Auto Scaling's words for a zone without capacity, e.g. "We currently do not have
 * sufficient t3.medium capacity in the Availability Zone you requested (...). Launching EC2
 * instance failed." (error code InsufficientInstanceCapacity).
 */
const NO_CAPACITY = /do not have sufficient .*capacity|InsufficientInstanceCapacity/i

/**
 * The old instance's zone has no capacity (the launch activity failed for it): widen the
 * window to every subnet once, and the successor comes up in another zone (its record
 * then changes: the agent moves it and waits INSYNC before healthy).
 */
async function widenIfNoCapacity(
  ctx: Ctx,
  groupName: string,
  window: Size,
  subnets: string[],
  earlier: ReadonlySet<string | undefined>
): Promise<undefined> {
  if (window.subnets?.length === subnets.length) return undefined
  const failed = (await recentActivities(ctx.deps, ctx.clients, groupName)).find(
    (a) =>
      a.StatusCode === 'Failed' &&
      !earlier.has(a.ActivityId) &&
      NO_CAPACITY.test(a.StatusMessage ?? '')
  )
  if (!failed) return undefined
  window.subnets = subnets
  await resize(ctx, groupName, { subnets })
  ctx.timeline.log(
    `no capacity in the old instance's zone (${failed.StatusMessage}): widened ${groupName} to every subnet, the successor comes up in another zone`
  )
  return undefined
}

/** Back to one over every subnet. Desired is 1 already (the terminate decremented it). */
export async function restoreGroup(ctx: Ctx, groupName: string, subnets: string[]): Promise<void> {
  await resize(ctx, groupName, { max: 1, desired: 1, subnets })
  ctx.timeline.log(`${groupName} back to 1 instance over ${subnets.length} subnet(s)`)
}

/**
 * The successor failed before `ready`: it goes (decrementing, so nothing replaces it)
 * and the group returns to one; `old` never stopped serving. A failed launch leaves desired
 * at 2, so Auto Scaling launches again at once; lowering desired while that spare exists
 * would let Auto Scaling's scale-in pick `old` (the default termination policy ends the
 * instance of the oldest launch template first: "Termination policies", EC2 Auto Scaling
 * user guide). So every spare is terminated decrementing, waiting briefly for one that is
 * on its way, until desired is 1; only then is the group put back.
 */
async function callOff(ctx: Ctx, groupName: string, old: string, subnets: string[]) {
  const { opts, deps } = ctx
  await waitFor(
    `${groupName} to drop the launches that replace the failed successor`,
    async () => {
      const group = await describeGroup(deps, ctx.clients, groupName)
      const spares = group.members.filter((m) => m.id !== old && !isLeaving(m.lifecycle))
      for (const m of spares) await endSpare(ctx, m.id)
      return !spares.length && (group.desired ?? 1) <= 1 ? true : undefined
    },
    {
      timeoutMs: Math.min(opts.timeoutMs, CALL_OFF_MS * timeScale()),
      intervalMs: opts.pollMs,
      clock: deps.clock
    }
  ).catch((err) => {
    if (!(err instanceof TimeoutError)) throw err
    ctx.timeline.log(`no spare launch appeared to end (${err.message}): putting the group back`)
  })
  await restoreGroup(ctx, groupName, subnets)
}

/** How long a call-off waits for Auto Scaling's relaunch to appear (AWS time): a guess, no published figure. */
const CALL_OFF_MS = 60_000

async function endSpare(ctx: Ctx, id: string): Promise<void> {
  try {
    await terminateDecrementing(ctx, id)
    ctx.timeline.log(`called off the handover: terminated the successor ${id}`)
  } catch (err) {
    // Gone meanwhile (its launch was abandoned): nothing to take away.
    if (!hasCode(err, 'ValidationError')) throw err
  }
}

/** The successor's failure, with what became of the old instance: serving, or not. */
async function calledOff(
  ctx: Ctx,
  groupName: string,
  err: unknown,
  old: string,
  lost: Lost
): Promise<unknown> {
  if (!(err instanceof BootError)) return err
  const after =
    lost.at !== undefined
      ? `${old} went away during the handover (${lost.why}): OpsCenter is down since then`
      : await stillServing(ctx, groupName, old)
  return new BootError(err.instanceId, err.phase, `${err.reason}. ${after}`, err.heldBy)
}

/** "kept serving" is said only of an old instance AWS still shows serving. */
async function stillServing(ctx: Ctx, groupName: string, old: string): Promise<string> {
  const group = await describeGroup(ctx.deps, ctx.clients, groupName)
  const member = group.members.find((m) => m.id === old)
  const i = (await describeInstances(ctx.deps, ctx.clients, [old])).get(old)
  if (member?.lifecycle === 'InService' && i?.state === 'running' && i.phase === PHASE.healthy)
    return `The handover was called off before anything was stopped: ${old} kept serving throughout (no downtime)`
  return `The handover was called off, but ${old} is not serving either (lifecycle ${member?.lifecycle ?? 'gone'}, EC2 state ${i?.state ?? 'unknown'}, phase ${i?.phase ?? 'unknown'}${i?.stateReason ? `, ${i.stateReason}` : ''})`
}
