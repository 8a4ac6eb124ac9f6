// Whether a run would start an older OpsCenter on state a newer one wrote, and what then
// happens to the state, from what the serving instance's agent tagged (the state's version,
// since when, its restore points). Pure, like decide: plan shows it, deploy acts on it.
import { compareVersions, PHASE, type OnDowngrade } from '../../shared/contract.js'
import { parsePointId } from '../../shared/restore-point-id.js'
import type { Desired, Downgrade } from '../context/plan.js'
import { isLeaving, type InstanceInfo, type Snapshot } from '../context/snapshot.js'

/** The state as the newest agent that reported it saw it (the serving member first). */
export function stateOf(s: Snapshot): InstanceInfo | undefined {
  const members = s.group?.members ?? []
  const reported = members
    .filter((m) => m.instance?.stateVersion)
    .sort(
      (a, b) => rank(a) - rank(b) || (b.instance!.stateSince ?? 0) - (a.instance!.stateSince ?? 0)
    )
  return reported[0]?.instance
}

const rank = (m: { lifecycle: string; instance?: InstanceInfo }): number =>
  m.lifecycle === 'InService' && m.instance?.phase === PHASE.healthy
    ? 0
    : isLeaving(m.lifecycle)
      ? 2
      : 1

/**
 * The downgrade this run would make, or undefined: no new instance starts, the target's
 * version or the state's is unknown, or the target is not older.
 */
export function downgradeOf(s: Snapshot, d: Desired, mode: OnDowngrade): Downgrade | undefined {
  const state = stateOf(s)
  const from = state?.stateVersion
  const to = d.version
  if (!from || !to || compareVersions(to, from) >= 0) return undefined
  const point = (state.restorePoints ?? [])
    .map((id) => ({ id, ...parsePointId(id) }))
    .find((p) => p.version === to)
  return {
    from,
    to,
    since: state.stateSince,
    mode,
    restorePoint: point ? { id: point.id, takenAt: point.at } : undefined
  }
}

/** Why the run must stop before any change, or undefined when it may go on. */
export function downgradeBlock(g: Downgrade): string | undefined {
  const what = `this run would start OpsCenter ${g.to} on state OpsCenter ${g.from} has written`
  if (g.mode === 'refuse')
    return `${what}, and on-downgrade is refuse: nothing was changed. Deploy ${g.from} or later, or set on-downgrade: restore (start ${g.to} on its restore point) or keep (start it on the ${g.from} state)`
  if (g.mode === 'restore' && !g.restorePoint)
    return `${what}, and there is no restore point of a ${g.to} state to restore (on-downgrade: restore): nothing was changed. Set on-downgrade: keep to start ${g.to} on the ${g.from} state, or restore one by hand (docs/restore.md)`
  return undefined
}

/** One sentence for the plan and the summary: what the downgrade does to the state. */
export function downgradeLine(g: Downgrade, now: number): string {
  const age = g.since ? ` since ${day(g.since)} (${ago(now - g.since)})` : ''
  const head = `**Downgrade**: OpsCenter ${g.to} would start on state OpsCenter ${g.from} has written${age}.`
  if (g.mode === 'keep')
    return `${head} on-downgrade is keep: ${g.to} starts on the ${g.from} state as it is (a restore point of it is taken first).`
  if (!g.restorePoint) return `${head} ${downgradeBlock(g)}.`
  const taken = g.restorePoint.takenAt
  const lost = taken
    ? `everything OpsCenter changed since ${day(taken)} (${ago(now - taken)}): clusters added, LCM jobs, users`
    : 'everything OpsCenter changed since it was taken'
  return `${head} on-downgrade is ${g.mode}: the boot agent restores \`${g.restorePoint.id}\`, the ${g.to} state from before ${g.from} first started. This loses ${lost}; the ${g.from} state is kept as a restore point of its own.`
}

const day = (ms: number): string => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z')

function ago(ms: number): string {
  const h = Math.max(0, ms) / 3_600_000
  if (h < 1) return `${Math.round(h * 60)} min ago`
  if (h < 48) return `${Math.round(h)} h ago`
  return `${Math.round(h / 24)} days ago`
}
