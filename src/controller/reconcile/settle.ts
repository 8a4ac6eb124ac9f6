// Waiting out a busy group that no live run is behind (the deploy lock says so): a killed
// run's replacement, or the group healing itself.
import { TimeoutError, waitFor, hasCode } from '../../shared/retry.js'
import { busyWith } from './decide.js'
import {
  activitiesInProgress,
  activityLine,
  describeGroup,
  describeInstances,
  recentActivities
} from '../aws/group.js'
import { observe } from './observe.js'
import { type Snapshot, isLeaving, type Member, type EniInfo } from '../context/snapshot.js'
import type { Ctx } from '../context/context.js'
import { messageOf } from '../context/errors.js'
import { restoreGroup, terminateDecrementing } from '../steps/handover.js'
import { stackSubnets } from './window.js'
import { PHASE, CLAIM_PHASES } from '../../shared/contract.js'
import { endDeadHooks, follow, type Followed } from '../steps/replace.js'

/**
 * The group is busy and we hold the lock, so no live run is behind it: what is moving is
 * a killed run's replacement or the group healing itself. Waits (bounded by timeout-minutes)
 * until nothing moves, then looks at the world again.
 */
export async function settled(ctx: Ctx, snapshot: Snapshot, busy: string[]): Promise<Snapshot> {
  const { opts, deps, clients, timeline } = ctx
  const name = snapshot.group?.name ?? ''
  timeline.log(
    `group ${name} is busy (${busy.join('; ')}), and no other run holds the deploy lock: a stopped run's replacement or the group healing itself. ` +
      `Waiting up to ${Math.round(opts.timeoutMs / 1000)}s (timeout-minutes) for it to settle`
  )
  let still = busy
  await timeline.phase('settle', () =>
    waitFor(
      `group ${name} to settle`,
      async () => {
        const group = await describeGroup(deps, clients, name)
        await endDeadHooks(ctx, name, group.members)
        const activities = await activitiesInProgress(deps, clients, name)
        still = busyWith({ members: group.members, activities: activities.map(activityLine) })
        return still.length ? undefined : true
      },
      { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
    ).catch((err) => {
      if (!(err instanceof TimeoutError)) throw err
      throw new Error(
        `group ${name} did not settle within ${Math.round(err.waitedMs / 1000)}s (timeout-minutes): ${still.join('; ')}. ` +
          `This run changed nothing. Something keeps the group busy (a launch that fails over and over?): read its scaling activities, then re-run`
      )
    })
  )
  timeline.log(`group ${name} settled: deciding on it as it is now`)
  return timeline.phase('observe', () => observe(ctx))
}

/**
 * Finishes a stopped run's handover: keeps the instance that holds an ENI (it may serve),
 * or, when none does, a ready or healthy successor; terminates the others decrementing, and
 * puts the group back to one over every subnet. Then waits for the group to settle.
 */
export async function finishWindow(
  ctx: Ctx,
  s: Snapshot,
  why: string,
  /** Told of the kept successor once healthy: the stop it took over from is downtime too. */
  onFollowed: (f: Followed) => void = () => undefined
): Promise<Snapshot> {
  const g = s.group!
  ctx.timeline.log(`${why}: finishing it`)
  const live = g.members.filter((m) => !isLeaving(m.lifecycle))
  const keep = survivor(live, s.enis)
  for (const m of live) {
    if (m.id === keep) continue
    try {
      await terminateDecrementing(ctx, m.id)
      ctx.timeline.log(`terminated ${m.id} (not the one that serves${keep ? `: ${keep} is` : ''})`)
    } catch (err) {
      if (!hasCode(err, 'ValidationError')) throw err
      ctx.timeline.log(`left ${m.id} to the group: ${messageOf(err)}`)
    }
  }
  await restoreGroup(ctx, g.name, stackSubnets(s))
  // InService no longer means serving: a kept successor may still be claiming.
  const kept = live.find((m) => m.id === keep)
  if (kept) {
    const followed = await keptUp(ctx, g.name, kept, g.members)
    followed.stoppedAt ??= await stopTakenOver(ctx, g.name, kept.id)
    onFollowed(followed)
  }
  return settled(ctx, s, [`finishing the handover window (keeping ${keep ?? 'the group’s pick'})`])
}

/** The kept instance healthy: as it reported it, or followed there. */
async function keptUp(ctx: Ctx, group: string, kept: Member, members: Member[]): Promise<Followed> {
  if (kept.instance?.phase === PHASE.healthy)
    return { instanceId: kept.id, healthyAt: kept.instance.phaseAt ?? ctx.deps.clock.now() }
  ctx.timeline.log(
    `${kept.id} is still on its way (phase ${kept.instance?.phase ?? '-'}): following it`
  )
  const others = members.map((m) => m.id).filter((id) => id !== kept.id)
  return follow(ctx, group, others)
}

const LAUNCHING = /^Launching a new EC2 instance: (i-[0-9a-f]+)/
const TERMINATING = /^Terminating EC2 instance: (i-[0-9a-f]+)/

/**
 * When the instance a kept successor took over from stopped serving: the stopped run is
 * gone and that instance may have left the group, so the group's activities say who it was.
 * Only when the kept one is the group's newest launch (a kept old instance took over from
 * nobody) and the other was terminated after it launched, with its service-stop-at stamp.
 */
async function stopTakenOver(ctx: Ctx, group: string, keptId: string): Promise<number | undefined> {
  const activities = await recentActivities(ctx.deps, ctx.clients, group) // newest first
  const launch = activities.find((a) => LAUNCHING.test(a.Description ?? ''))
  const launchedAt = launch?.StartTime?.getTime()
  if (LAUNCHING.exec(launch?.Description ?? '')?.[1] !== keptId || launchedAt === undefined)
    return undefined
  const left = activities
    .filter((a) => (a.StartTime?.getTime() ?? 0) >= launchedAt)
    .flatMap((a) => TERMINATING.exec(a.Description ?? '')?.[1] ?? [])
  const infos = await describeInstances(ctx.deps, ctx.clients, [...new Set(left)])
  const stops = [...infos.values()].flatMap((i) =>
    i.serviceStopAt !== undefined && i.serviceStopAt >= launchedAt ? [i.serviceStopAt] : []
  )
  return stops.length ? Math.max(...stops) : undefined
}

/** Healthy serves; one past ready is claiming (it may hold EFS); ready only waits. */
const SURVIVOR_RANK: Record<string, number> = {
  [PHASE.healthy]: 3,
  ...Object.fromEntries(CLAIM_PHASES.map((p) => [p, 2])),
  [PHASE.ready]: 1
}

function survivor(live: Member[], enis: EniInfo[]): string | undefined {
  const ids = new Set(live.map((m) => m.id))
  const holders = enis
    .filter((e) => e.attachedTo && ids.has(e.attachedTo) && e.attachmentStatus !== 'detaching')
    .map((e) => e.attachedTo!)
  if (holders.length > 1)
    throw new Error(
      `${holders.join(' and ')} both hold one of the stack's ENIs: not choosing between them. Look at both (opscenter-ha:phase tags, journalctl -u opscenter-ha-boot), terminate the one that does not serve, and re-run`
    )
  if (holders.length) return holders[0]
  const rank = (p?: string) => (p ? (SURVIVOR_RANK[p] ?? 0) : 0)
  const best = [...live].sort((a, b) => rank(b.instance?.phase) - rank(a.instance?.phase))[0]
  return best && rank(best.instance?.phase) > 0 ? best.id : undefined
}
