// Waiting out a busy group that no live run is behind (the deploy lock says so): a killed
// run's replacement, or the group healing itself.
import { TimeoutError, waitFor } from '../shared/retry.js'
import { busyWith } from './decide.js'
import { activitiesInProgress, activityLine, describeGroup } from './group.js'
import { observe, type Snapshot } from './observe.js'
import type { Ctx } from './replace.js'

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
