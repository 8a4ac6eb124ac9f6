// Phase 3: replace the single instance. Refuse while anything else is moving, terminate
// without decrementing capacity, then follow the old instance out and the new one in,
// phase by phase, ending at once when the new instance reports `failed` or leaves.
import {
  CompleteLifecycleActionCommand,
  TerminateInstanceInAutoScalingGroupCommand
} from '@aws-sdk/client-auto-scaling'
import { POLICY_HOME } from '../shared/aws.js'
import { BOOT_PHASES, HOOKS, PHASE } from '../shared/contract.js'
import { hasCode, TimeoutError, waitFor, withRetry } from '../shared/retry.js'
import type { Clients } from './clients.js'
import type { Deps } from './deps.js'
import { BootError } from './errors.js'
import {
  activitiesInProgress,
  describeGroup,
  describeInstances,
  type Group,
  type GroupMember,
  isLeaving
} from './group.js'
import type { Options } from './inputs.js'
import { seconds, type Timeline } from './log.js'

/** Why an instance may never tag a phase, and where its own account of it is. */
const NEVER_REPORTED =
  `; its boot agent never reported a phase: it did not start, or it may not tag its instance ` +
  `(ec2:CreateTags, ${POLICY_HOME.instance}); its log: journalctl -u opscenter-ha-boot on the instance`

/** The boot step a failure reason names (`<step>: <cause>`), if it is one. */
function stepOf(reason: string | undefined): string | undefined {
  const step = reason?.split(':')[0]
  return step && (BOOT_PHASES as readonly string[]).includes(step) ? step : undefined
}

export interface Ctx {
  opts: Options
  deps: Deps
  clients: Clients
  timeline: Timeline
}

/**
 * The group's one instance, or an error saying why this is not the moment to replace it.
 * `force` (replace only) skips the checks, never the rule of one termination at a time.
 */
export async function preflight(
  ctx: Ctx,
  groupName: string,
  force: boolean
): Promise<{ group: Group; member: GroupMember }> {
  const { deps, clients } = ctx
  const group = await describeGroup(deps, clients, groupName)
  const activities = await activitiesInProgress(deps, clients, groupName)
  const notInService = group.members.filter((m) => m.lifecycle !== 'InService')
  if (!force && (activities.length || notInService.length)) {
    const what = [
      ...activities.map(
        (a) => `scaling activity ${a.StatusCode}: ${a.Description ?? a.ActivityId}`
      ),
      ...notInService.map((m) => `instance ${m.id} is ${m.lifecycle}, not InService`)
    ]
    throw new Error(
      `group ${groupName} is busy (${what.join('; ')}): another deploy or a replacement is running. ` +
        `Wait for it to finish and re-run (or run command: replace with force: true to override)`
    )
  }
  const member =
    group.members.find((m) => m.lifecycle === 'InService') ??
    group.members.find((m) => !isLeaving(m.lifecycle))
  if (!member)
    throw new Error(
      `group ${groupName} has no instance to replace${group.members.length ? ` (${group.members.map((m) => `${m.id} ${m.lifecycle}`).join(', ')})` : ''}: ` +
        `wait for Auto Scaling to launch one and re-run`
    )
  if (force && (activities.length || notInService.length))
    ctx.timeline.log(`force: replacing ${member.id} although the group is busy`)
  return { group, member }
}

/**
 * A replacement towards `amiId` that an earlier, cancelled run started and that is still
 * under way: the group is busy, but every instance that is not leaving already runs
 * `amiId`. Returns the leaving instances (to follow past), or undefined when the group is
 * settled or busy with something else.
 */
export async function inFlight(
  ctx: Ctx,
  groupName: string,
  amiId: string
): Promise<string[] | undefined> {
  const { deps, clients } = ctx
  const group = await describeGroup(deps, clients, groupName)
  const activities = await activitiesInProgress(deps, clients, groupName)
  const busy = activities.length > 0 || group.members.some((m) => m.lifecycle !== 'InService')
  if (!busy) return undefined
  const live = group.members.filter((m) => !isLeaving(m.lifecycle))
  if (live.length > 1) return undefined
  const info = await describeInstances(
    deps,
    clients,
    live.map((m) => m.id)
  )
  if (!live.every((m) => info.get(m.id)?.imageId === amiId)) return undefined
  const leaving = group.members.filter((m) => isLeaving(m.lifecycle)).map((m) => m.id)
  if (live.length === 0 && leaving.length === 0) return undefined
  return leaving
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
  healthyAt: number
}

/**
 * Follows the group until a member other than `oldId` is InService and reports healthy.
 * Ends at once, with a BootError, when that instance reports `failed`, leaves the group
 * (launch hook abandoned) or its EC2 state goes to shutting-down/terminated.
 */
export async function follow(
  ctx: Ctx,
  groupName: string,
  old: string[] | string | undefined
): Promise<Followed> {
  const olds = old === undefined ? [] : typeof old === 'string' ? [old] : old
  const { opts, deps, clients, timeline } = ctx
  const start = deps.clock.now()
  const last = new Map<string, string>()
  const lastPhase = new Map<string, string>()
  const seen = new Set<string>()
  const note = (key: string, value: string, message: string): void => {
    if (last.get(key) === value) return
    last.set(key, value)
    timeline.log(`${message} (+${seconds(deps.clock.now() - start)})`)
  }
  const lastLifecycle = new Map<string, string>()
  try {
    return await waitFor(
      olds.length
        ? `the replacement of ${olds.join(', ')} to report ${PHASE.healthy}`
        : `the new instance of ${groupName} to report ${PHASE.healthy}`,
      async () => {
        const group = await describeGroup(deps, clients, groupName)
        for (const id of olds) {
          const m = group.members.find((x) => x.id === id)
          note(
            `old:${id}`,
            m?.lifecycle ?? 'gone',
            `old ${id}: ${m ? m.lifecycle : 'left the group'}`
          )
        }
        const fresh = group.members.filter((m) => !olds.includes(m.id))
        for (const id of seen)
          if (!fresh.some((m) => m.id === id))
            throw new BootError(
              id,
              lastPhase.get(id) ?? '',
              'left the group before becoming healthy (launch hook abandoned or timed out, or instance terminated)'
            )
        if (fresh.length === 0) return undefined
        const info = await describeInstances(
          deps,
          clients,
          fresh.map((m) => m.id)
        )
        for (const m of fresh) {
          seen.add(m.id)
          lastLifecycle.set(m.id, m.lifecycle)
          const i = info.get(m.id)
          note(`lc:${m.id}`, m.lifecycle, `new ${m.id}: ${m.lifecycle}`)
          if (i?.phase) {
            note(
              `ph:${m.id}`,
              `${i.phase}|${i.reason ?? ''}`,
              `new ${m.id}: phase ${i.phase}${i.reason ? ` (${i.reason})` : ''}`
            )
            if (i.phase === PHASE.failed)
              throw new BootError(
                m.id,
                // The reason starts with the step that failed; polls may miss its phase tag.
                stepOf(i.reason) ?? lastPhase.get(m.id) ?? '',
                i.reason ?? 'the boot agent reported failed without a reason'
              )
            lastPhase.set(m.id, i.phase)
          }
          if (isLeaving(m.lifecycle) || i?.state === 'shutting-down' || i?.state === 'terminated')
            throw new BootError(
              m.id,
              lastPhase.get(m.id) ?? '',
              `launch abandoned (by the agent, or the launch hook timed out): lifecycle ${m.lifecycle}${i?.state ? `, EC2 state ${i.state}` : ''}` +
                (lastPhase.has(m.id) || i?.phase ? '' : NEVER_REPORTED)
            )
          if (m.lifecycle === 'InService' && i?.phase === PHASE.healthy)
            return { instanceId: m.id, healthyAt: deps.clock.now() }
        }
        return undefined
      },
      { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
    )
  } catch (err) {
    // Say where the new instance got stuck, not only that time ran out.
    if (!(err instanceof TimeoutError)) throw err
    const waited = `${Math.round(err.waitedMs / 1000)}s`
    const id = [...seen].pop()
    if (!id)
      throw new BootError(
        undefined,
        '',
        `no replacement instance appeared within ${waited}: see the group's scaling activities`
      )
    throw new BootError(
      id,
      lastPhase.get(id) ?? '',
      `no healthy report within ${waited} (timeout-minutes); last seen ${lastLifecycle.get(id)}`
    )
  }
}

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
  avoid: ReadonlySet<string> = new Set()
): Promise<Followed & { terminatedAt?: number }> {
  const { opts, deps, clients, timeline } = ctx
  const abandoned = new Set<string>()
  let lastSay = ''
  const say = (s: string): void => {
    if (s !== lastSay) timeline.log(s)
    lastSay = s
  }
  const next = await waitFor(
    `group ${groupName} to settle before replacing its instance with ${amiId}`,
    async (): Promise<{ done: string } | { replace: string } | undefined> => {
      const group = await describeGroup(deps, clients, groupName)
      const info = await describeInstances(
        deps,
        clients,
        group.members.map((m) => m.id)
      )
      for (const m of group.members) {
        const i = info.get(m.id)
        // The AMI we are going back to failed as well: no point in waiting.
        if (i?.phase === PHASE.failed && i.imageId === amiId && !avoid.has(m.id))
          throw new BootError(
            m.id,
            '',
            `${amiId} failed to boot too: ${i.reason ?? 'no reason given'}`
          )
        // A launch on any other AMI is one we are leaving: end it now instead of at the
        // hook's time-out, so the group can launch from the reverted template.
        if (
          m.lifecycle === 'Pending:Wait' &&
          i?.imageId &&
          (i.imageId !== amiId || avoid.has(m.id)) &&
          !abandoned.has(m.id)
        ) {
          abandoned.add(m.id)
          await abandonLaunch(
            ctx,
            groupName,
            m.id,
            i.phase === PHASE.failed ? 'its agent reported failed' : `it runs ${i.imageId}`
          )
        }
      }
      const busy = group.members.filter((m) => m.lifecycle !== 'InService')
      const activities = await activitiesInProgress(deps, clients, groupName)
      if (busy.length || activities.length || group.members.length === 0) {
        say(
          `waiting for the group to settle: ${
            group.members
              .map(
                (m) =>
                  `${m.id} ${m.lifecycle}${info.get(m.id)?.phase ? ` (phase ${info.get(m.id)?.phase})` : ''}`
              )
              .join(', ') || 'no instance yet'
          }`
        )
        return undefined
      }
      const m = group.members[0]
      const i = info.get(m.id)
      if (i?.imageId === amiId && !avoid.has(m.id))
        return i.phase === PHASE.healthy ? { done: m.id } : { replace: m.id }
      return { replace: m.id }
    },
    { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
  )
  if ('done' in next) {
    timeline.log(`${next.done} runs ${amiId} and is healthy`)
    return { instanceId: next.done, healthyAt: deps.clock.now() }
  }
  const terminatedAt = await terminate(ctx, next.replace)
  return { ...(await follow(ctx, groupName, next.replace)), terminatedAt }
}

async function abandonLaunch(
  ctx: Ctx,
  groupName: string,
  instanceId: string,
  why: string
): Promise<void> {
  try {
    await withRetry(
      () =>
        ctx.clients.asg.send(
          new CompleteLifecycleActionCommand({
            AutoScalingGroupName: groupName,
            LifecycleHookName: HOOKS.launch,
            InstanceId: instanceId,
            LifecycleActionResult: 'ABANDON'
          })
        ),
      { clock: ctx.deps.clock }
    )
    ctx.timeline.log(`abandoned the launch of ${instanceId} (${why})`)
  } catch (err) {
    // The agent usually got there first: nothing left to abandon is fine.
    if (!hasCode(err, 'ValidationError')) throw err
  }
}
