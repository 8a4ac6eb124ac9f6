// The way back when a new instance fails: the stack to the AMI the plan named (or to the
// template and parameters from before, on the same AMI), the group settled on it, verified.
// Always ends in a DeployError that says where AWS stands.
import { PARAMS, PHASE } from '../../shared/contract.js'
import { BootError, DeployError, VerifyError, messageOf } from '../context/errors.js'
import { describeGroup, describeInstances } from '../aws/group.js'
import { settleOn } from './replace.js'
import { imageOf } from './resolve.js'
import { executeChange, prepareChange } from './stack.js'
import { verify } from './verify.js'
import type { Revert } from '../context/plan.js'
import type { Ctx } from '../context/context.js'
import type { Outcome } from '../context/outcome.js'
import { amiParams, describeStack } from '../aws/stacks.js'
import type { StackState } from '../context/snapshot.js'

export interface RevertRequest {
  groupName: string
  outputs: Record<string, string>
  /** The AMI that failed. */
  desired: string
  revert: Revert
  /** The stack's AmiId and PreviousAmiId before this run. */
  was: { amiId: string; previousAmiId: string }
  cause: unknown
  /** The stack before this run, and its template when this run changed it. */
  before?: StackState
  /** The group's launch template version before this run. */
  beforeVersion?: string
  original?: string
}

export async function revert(ctx: Ctx, out: Outcome, r: RevertRequest): Promise<never> {
  const cause = messageOf(r.cause)
  out.cause = cause
  if (!r.revert.sameAmi) out.tried = { amiId: r.desired, version: out.version }
  ctx.timeline.log(`FAILED: ${cause}`)
  const target = await revertTarget(ctx, r, cause)
  const what = r.revert.sameAmi
    ? `the template and parameters from before this run, on ${target}`
    : target
  try {
    await ctx.timeline.phase('revert', async () => {
      ctx.timeline.log(`reverting the stack to ${what} (${r.revert.why})`)
      await restoreStack(ctx, r, target)
      // On the same AMI only the launch template tells the failed instances from the others:
      // an instance of the version from before the run, or of the reverted one, may stay.
      await settle(ctx, out, r, target, r.revert.sameAmi ? r.beforeVersion : undefined)
    })
  } catch (err) {
    throw new DeployError(
      `${cause}. The revert to ${what} failed too: ${messageOf(err)}. Now: ${await situation(ctx, r.groupName)}. ` +
        `No data was deleted (EFS is untouched). Look at the instance's opscenter-ha:reason tag and the stack events, ` +
        `fix the cause, then run command: rollback or deploy again`,
      'failed'
    )
  }
  out.amiId = target
  // What runs now is the target's OpsCenter, not the version this run tried.
  out.version =
    target === out.was?.amiId
      ? out.was.version
      : (await imageOf(ctx.deps, ctx.clients, target))?.version
  out.previousAmiId = r.revert.sameAmi ? r.was.previousAmiId || undefined : r.desired
  out.changes.push(
    r.revert.sameAmi
      ? `reverted the stack's template and parameters after the change failed`
      : `reverted to ${target} after ${r.desired} failed`
  )
  throw new DeployError(
    r.revert.sameAmi
      ? `deploying the stack change failed: ${cause}. Reverted to the template and parameters from before: ${out.instanceId} is healthy on ${target}`
      : `deploying ${r.desired} failed: ${cause}. Reverted to ${target}: ${out.instanceId} is healthy on it`,
    'reverted'
  )
}

/** The AMI to go back to, or the DeployError that says why nothing is reverted. */
async function revertTarget(ctx: Ctx, r: RevertRequest, cause: string): Promise<string> {
  const target = r.revert.amiId
  if (!ctx.opts.autoRevert)
    throw new DeployError(
      `${cause}. auto-revert is off, so nothing was reverted: ${await situation(ctx, r.groupName)}. ` +
        `To go back, run command: rollback${target && !r.revert.sameAmi ? ` (to ${target})` : ''}`,
      'failed'
    )
  // Same AMI: only a template or parameter change can be undone, and only if we kept it.
  if (!target || (r.revert.sameAmi && (r.original === undefined || !r.before)))
    throw new DeployError(
      `${cause}. There is no previous AMI to revert to (the stack remembers none): ${await situation(ctx, r.groupName)}. ` +
        `Fix the cause (see the instance's opscenter-ha:reason tag and console output) and run deploy again; no data was deleted`,
      'failed'
    )
  return target
}

/**
 * Back to the template and parameters the stack had before this run. When the stack was
 * already at the failed AMI (a re-run), what came before the previous AMI is unknown:
 * forget it rather than remember the failed one.
 */
async function restoreStack(ctx: Ctx, r: RevertRequest, target: string): Promise<void> {
  const { opts, deps, clients, timeline } = ctx
  const stack = await describeStack(deps, clients, opts.stackName)
  const restore = r.original !== undefined && r.before !== undefined
  const back = restore && r.before ? r.before.parameters : {}
  const forget = r.was.amiId === r.desired && !r.revert.sameAmi
  const prepared = await prepareChange(opts, deps, clients, timeline, {
    type: 'UPDATE',
    templateBody: r.original,
    templateParams: Object.keys(restore ? back : (stack?.parameters ?? {})),
    values: {
      ...back,
      [PARAMS.amiId]: target,
      [PARAMS.previousAmiId]: forget ? '' : r.was.previousAmiId,
      // The failed version may have migrated the state: the target starts on its restore point.
      [PARAMS.onDowngrade]: 'restore'
    },
    current: stack,
    description: `opscenter-ha revert: AmiId ${r.desired} -> ${target}`
  })
  if (!prepared.nothing) await executeChange(opts, deps, clients, timeline, prepared)
}

/** One healthy instance on the target, never one this run saw fail; verified. */
async function settle(
  ctx: Ctx,
  out: Outcome,
  r: RevertRequest,
  target: string,
  keepVersion?: string
): Promise<void> {
  const failed = new Set<string>()
  if ((r.cause instanceof BootError || r.cause instanceof VerifyError) && r.cause.instanceId)
    failed.add(r.cause.instanceId)
  if (out.instanceId) failed.add(out.instanceId)
  const settled = await settleOn(ctx, r.groupName, target, failed, keepVersion)
  out.instanceId = settled.instanceId
  out.downtimeStart ??= settled.stoppedAt ?? settled.terminatedAt
  if (out.downtimeStart !== undefined) out.downtimeMs = settled.healthyAt - out.downtimeStart
  out.tlsFingerprint = await verify(ctx, r.groupName, r.outputs, settled.instanceId, target)
}

/** One line on where AWS stands, for error messages; never fails itself. */
export async function situation(ctx: Ctx, groupName: string): Promise<string> {
  const { deps, clients, opts } = ctx
  try {
    const stack = await describeStack(deps, clients, opts.stackName)
    const { amiId } = amiParams(stack)
    const group = await describeGroup(deps, clients, groupName)
    const info = await describeInstances(
      deps,
      clients,
      group.members.map((m) => m.id)
    )
    const members = group.members
      .map((m) => {
        const i = info.get(m.id)
        return `${m.id} ${m.lifecycle} on ${i?.imageId ?? '?'}, phase ${i?.phase ?? '?'}${i?.phase === PHASE.failed && i.reason ? ` (${i.reason})` : ''}`
      })
      .join('; ')
    return `stack ${opts.stackName} is ${stack?.status ?? 'missing'} with AmiId=${amiId || '?'}; group ${groupName} has ${members || 'no instance'}`
  } catch (err) {
    return `could not describe the stack and group (${messageOf(err)})`
  }
}
