// The four commands as one reconciler: observe AWS once, find what git wants, decide the
// steps (the same decision for plan and deploy), then act on them, reverting by itself
// when the new instance does not come up.
import * as core from '@actions/core'
import { timeScale } from '../../shared/clock.js'
import { LOCK, OUTPUTS, PARAMS } from '../../shared/contract.js'
import {
  act,
  decideOptions,
  prepareFor,
  requireAvailable,
  summarize,
  type TemplateChoice
} from './act.js'
import { decide } from './decide.js'
import { messageOf } from '../context/errors.js'
import { checkNetwork } from '../steps/prerequisites.js'
import { requireVault, restoreBackup } from '../steps/backup.js'
import { backupResource, backupTarget } from '../context/snapshot.js'
import { observe } from './observe.js'
import { planMarkdown } from './plan.js'
import { imageOf, lookupAmi, type Resolved } from '../steps/resolve.js'
import { parsePointId, requestedPoint } from '../../shared/restore-point-id.js'
import { settled, finishWindow } from './settle.js'
import { deleteChangeSet, deleteReviewStack, type PreparedChange } from '../steps/stack.js'
import type { Desired, Plan } from '../context/plan.js'
import type { LockIo, LockSettings, Ctx } from '../context/context.js'
import type { Snapshot } from '../context/snapshot.js'
import type { Outcome } from '../context/outcome.js'

/**
 * Runs one command. Every command but plan first takes the stack's deploy lock (so it
 * observes a world no other run is changing) and releases it at the end, however it ends.
 */
export async function runCommand(ctx: Ctx, out: Outcome): Promise<void> {
  if (ctx.opts.command === 'plan') return dispatch(ctx, out)
  ctx.lock = await ctx.timeline.phase('lock', () => ctx.deps.lock(lockIo(ctx), lockSettings(ctx)))
  try {
    await dispatch(ctx, out)
  } finally {
    await ctx.lock.release()
  }
}

function lockIo(ctx: Ctx): LockIo {
  return {
    ddb: ctx.clients.ddb,
    clock: ctx.deps.clock,
    log: (line) => ctx.timeline.log(line),
    warn: (line) => core.warning(line)
  }
}

function lockSettings({ opts }: Ctx): LockSettings {
  // The lease is AWS-side time no input sets: the simulator shrinks it with its own clock.
  const scale = timeScale()
  return {
    table: opts.lockTable,
    stackName: opts.stackName,
    timeoutMs: opts.lockTimeoutMs,
    pollMs: opts.pollMs,
    // Never under LOCK.minLeaseMs of real time: a lease must outlast a stalled process.
    leaseMs: Math.max(LOCK.leaseMs * scale, LOCK.minLeaseMs),
    renewMs: Math.max(LOCK.renewMs * scale, LOCK.minLeaseMs / 4),
    owner: opts.owner
  }
}

async function dispatch(ctx: Ctx, out: Outcome): Promise<void> {
  const snapshot = await ctx.timeline.phase('observe', () => observe(ctx))
  out.was = await imageOf(ctx.deps, ctx.clients, snapshot.ami.amiId || undefined)
  switch (ctx.opts.command) {
    case 'plan':
      return plan(ctx, out, snapshot)
    case 'replace':
      return replaceOnly(ctx, out, snapshot)
    case 'rollback':
      return rollback(ctx, out, snapshot)
    case 'restore':
      return restore(ctx, out, snapshot)
    default:
      return deploy(ctx, out, snapshot)
  }
}

function requireStack(ctx: Ctx, snapshot: Snapshot): void {
  if (snapshot.type === 'CREATE')
    throw new Error(
      `stack ${ctx.opts.stackName} does not exist in ${ctx.opts.region}: run command: deploy first`
    )
}

const desiredOf = (r: Resolved): Desired => ({
  amiId: r.amiId,
  source: r.source,
  recipeHash: r.recipeHash,
  baseAmiId: r.baseAmiId
})

/** The AMI from git: the ami-id input, or the recipe's (reused, or to be baked). */
async function resolveDesired(ctx: Ctx, out: Outcome): Promise<Desired> {
  const { opts, deps, clients, timeline } = ctx
  const resolved = await timeline.phase('resolve', () => lookupAmi(opts, deps, clients, timeline))
  out.amiId = resolved.amiId || undefined
  out.recipeHash = resolved.recipeHash || undefined
  out.version = resolved.version
  out.amiSource = resolved.source
  out.baseAmiId = resolved.baseAmiId
  const version =
    resolved.version ?? (await imageOf(deps, clients, resolved.amiId || undefined))?.version
  return { ...desiredOf(resolved), version }
}

async function deploy(ctx: Ctx, out: Outcome, snapshot: Snapshot): Promise<void> {
  // Before anything is baked or changed: the network the stack goes into must work.
  const values = { ...snapshot.stack?.parameters, ...ctx.opts.parameters }
  ctx.timeline.log(`network: ${await checkNetwork(ctx, values)}`)
  const desired = await resolveDesired(ctx, out)
  await reconcile(ctx, out, snapshot, desired, {
    body: ctx.opts.templateBody,
    params: ctx.opts.templateParams
  })
}

async function rollback(ctx: Ctx, out: Outcome, snapshot: Snapshot): Promise<void> {
  requireStack(ctx, snapshot)
  const { amiId, previousAmiId } = snapshot.ami
  if (!previousAmiId)
    throw new Error(
      `stack ${ctx.opts.stackName} has no ${PARAMS.previousAmiId}: nothing was deployed before ${amiId || 'the current AMI'}, so there is nothing to roll back to. ` +
        `To deploy a specific AMI, run command: deploy with ami-id`
    )
  out.amiId = previousAmiId
  ctx.timeline.log(`rolling back from ${amiId} to ${previousAmiId}`)
  const params = Object.keys(snapshot.stack?.parameters ?? {})
  const version = (await imageOf(ctx.deps, ctx.clients, previousAmiId))?.version
  const desired: Desired = { amiId: previousAmiId, source: 'previous', version }
  await reconcile(ctx, out, snapshot, desired, { params })
}

/**
 * A restore point of the state put back on the AMI the stack runs: the launch template's
 * RestoreRequest changes, so a fresh instance replaces the one serving, and its agent
 * restores the point before OpsCenter starts. Checked before any change: the stack knows
 * the parameter, and the point holds a state of the version the stack runs.
 */
async function restore(ctx: Ctx, out: Outcome, snapshot: Snapshot): Promise<void> {
  requireStack(ctx, snapshot)
  const params = snapshot.stack?.parameters ?? {}
  if (!(PARAMS.restoreRequest in params))
    throw new Error(
      `stack ${ctx.opts.stackName} has no ${PARAMS.restoreRequest} parameter (its template predates command restore): run command: deploy with this version of the template first. Nothing was changed`
    )
  const running = await imageOf(ctx.deps, ctx.clients, snapshot.ami.amiId)
  if (ctx.opts.recoveryPointArn)
    await restoreJob(ctx, snapshot, ctx.opts.recoveryPointArn, running?.version)
  const id = requestedPoint(ctx.opts.restoreRequest ?? '')!
  const pointVersion = parsePointId(id)?.version
  if (pointVersion && running?.version && pointVersion !== running.version)
    throw new Error(
      `restore point ${id} holds an OpsCenter ${pointVersion} state, and the stack runs ${running.version} (${snapshot.ami.amiId}): nothing was changed. To go back to that state, deploy ${pointVersion} with on-downgrade: restore`
    )
  out.amiId = snapshot.ami.amiId
  out.previousAmiId = snapshot.ami.previousAmiId || undefined
  ctx.timeline.log(`restoring ${id} on ${snapshot.ami.amiId} through a fresh instance`)
  const desired: Desired = { amiId: snapshot.ami.amiId, source: 'stack', version: running?.version }
  await reconcile(ctx, out, snapshot, desired, { params: Object.keys(params) })
}

/**
 * An AWS Backup recovery point: AWS Backup restores it into the stack's file system first
 * (a folder of its own: the live state is not touched), then the request names that restore
 * for the boot agent. The run fails here, before the stack changes, if the restore does.
 */
async function restoreJob(
  ctx: Ctx,
  snapshot: Snapshot,
  arn: string,
  running: string | undefined
): Promise<void> {
  const target = backupResource(snapshot.stack)
  if (!target)
    throw new Error(
      `stack ${ctx.opts.stackName} has no ${OUTPUTS.backupRoleArn} output (its template predates restores from AWS Backup): ` +
        `deploy this version of the template first, or restore by hand (docs/restore.md). Nothing was changed`
    )
  const id = await ctx.timeline.phase('backup', () => restoreBackup(ctx, target, arn, running))
  ctx.opts.restoreRequest = `${id}@${ctx.opts.restoreRun}`
}

async function replaceOnly(ctx: Ctx, out: Outcome, snapshot: Snapshot): Promise<void> {
  requireStack(ctx, snapshot)
  out.amiId = snapshot.ami.amiId
  out.previousAmiId = snapshot.ami.previousAmiId || undefined
  const desired: Desired = { amiId: snapshot.ami.amiId, source: 'stack' }
  await reconcile(ctx, out, snapshot, desired, { params: [] })
}

/**
 * Decides on the snapshot (with CloudFormation's answer to the change set once the AMI is
 * known), says the plan, then executes it. A blocked plan stops before any change.
 */
async function reconcile(
  ctx: Ctx,
  out: Outcome,
  snapshot: Snapshot,
  desired: Desired,
  template: TemplateChoice
): Promise<void> {
  const plan = await decideWithChange(ctx, out, snapshot, desired, template)
  snapshot = plan.snapshot
  out.previousAmiId = plan.plan.previousAmiId || undefined
  out.plan = plan.plan
  ctx.timeline.log(`plan: ${plan.plan.steps.map((s) => s.kind).join(' → ')}`)
  const back = plan.plan.revert
  ctx.timeline.log(
    `if the new instance fails: ${back.amiId ? `revert to ${back.amiId} (${back.why})` : `no revert (${back.why})`}`
  )
  await act(ctx, out, {
    snapshot,
    desired: plan.desired,
    plan: plan.plan,
    template,
    prepared: plan.prepared
  })
}

async function decideWithChange(
  ctx: Ctx,
  out: Outcome,
  snapshot: Snapshot,
  desired: Desired,
  template: TemplateChoice
): Promise<{ plan: Plan; desired: Desired; prepared?: PreparedChange; snapshot: Snapshot }> {
  const options = decideOptions(ctx)
  if (desired.amiId) await requireAvailable(ctx, out, desired.amiId)
  let first = decide(snapshot, desired, options)
  if (first.finish) {
    snapshot = await finishWindow(ctx, snapshot, first.finish, (f) => {
      if (f.stoppedAt === undefined) return
      out.downtimeStart ??= f.stoppedAt
      out.downtimeMs = f.healthyAt - out.downtimeStart
    })
    first = decide(snapshot, desired, options)
  }
  if (first.settle) {
    snapshot = await settled(ctx, snapshot, first.settle)
    first = decide(snapshot, desired, options)
  }
  if (first.blocked) throw new Error(first.blocked)
  // replace changes no stack; a bake comes before its change set.
  if (!desired.amiId || ctx.opts.command === 'replace') return { plan: first, desired, snapshot }
  const prepared = await ctx.timeline.phase('plan', () =>
    prepareFor(ctx, snapshot, desired.amiId, first.previousAmiId, template)
  )
  const withChange = { ...desired, change: summarize(prepared) }
  return {
    plan: decide(snapshot, withChange, options),
    desired: withChange,
    prepared: prepared.nothing ? undefined : prepared,
    snapshot
  }
}

async function plan(ctx: Ctx, out: Outcome, snapshot: Snapshot): Promise<void> {
  const { opts, deps, timeline } = ctx
  const desired = await resolveDesired(ctx, out)
  if (desired.amiId) await requireAvailable(ctx, out, desired.amiId)
  out.previousAmiId = snapshot.ami.amiId || undefined
  // Not baked yet: preview the other changes with the AMI left as it is.
  const amiForPlan = desired.amiId || snapshot.ami.amiId || desired.baseAmiId || ''
  const options = decideOptions(ctx)
  const previous = decide(snapshot, desired, options).previousAmiId
  const template = { body: opts.templateBody, params: opts.templateParams }
  await timeline.phase('plan', async () => {
    const prepared = await prepareFor(ctx, snapshot, amiForPlan, previous, template)
    try {
      // The decision deploy makes: with CloudFormation's answer once the AMI is known.
      const decided = decide(
        snapshot,
        desired.amiId ? { ...desired, change: summarize(prepared) } : desired,
        options
      )
      out.plan = decided
      const target = decided.backup && backupTarget(snapshot.stack, options.backupVault)
      if (target) await requireVault(ctx, target)
      out.planMarkdown = planMarkdown(
        decided,
        snapshot,
        desired,
        prepared.changes,
        deps.clock.now()
      )
    } finally {
      await discardPreview(ctx, snapshot, prepared)
    }
  })
  const commenter = deps.commenter(opts.githubToken)
  if (commenter && out.planMarkdown) {
    const url = await commenter(
      `## opscenter-ha plan for \`${opts.stackName}\`\n\n${out.planMarkdown}`,
      `<!-- opscenter-ha-plan:${opts.stackName} -->`
    )
    timeline.log(`plan posted on the pull request${url ? `: ${url}` : ''}`)
  }
  out.result = 'planned'
}

/** A plan changes nothing: its change set goes, and so does the empty stack a CREATE made. */
async function discardPreview(ctx: Ctx, snapshot: Snapshot, prepared: PreparedChange) {
  const { deps, clients, opts, timeline } = ctx
  if (!prepared.nothing) await deleteChangeSet(deps, clients, opts.stackName, prepared.changeSetId)
  // Best effort: a plan role may not be allowed to delete stacks, and an empty
  // REVIEW_IN_PROGRESS stack is harmless (deploy creates it from there).
  if (snapshot.type === 'CREATE')
    await deleteReviewStack(deps, clients, opts.stackName).catch((err) =>
      timeline.log(
        `left the empty REVIEW_IN_PROGRESS stack ${opts.stackName} in place (${messageOf(err)}); deploy creates it from there`
      )
    )
}
