// Executes a plan step by step with the phase modules. It looks at AWS again only where a
// step waits for it, and after a bake (minutes in which the group may have moved), where the
// plan must still hold. A failed new instance leads to the revert the plan named.
import { PARAMS, TAGS } from '../../shared/contract.js'
import { requestedPoint } from '../../shared/restore-point-id.js'
import { decide, type DecideOptions } from './decide.js'
import { BootError, DeployError, isInstanceFailure, messageOf } from '../context/errors.js'
import { observe } from './observe.js'
import { changedLine, resourcesOf, touchesLaunchTemplate } from './plan.js'
import { handover, restoreGroup } from '../steps/handover.js'
import { follow, terminate } from '../steps/replace.js'
import { stackSubnets } from './window.js'
import { bakeAmi, describeImage } from '../steps/resolve.js'
import { retain } from '../steps/retain.js'
import { revert, situation } from '../steps/revert.js'
import {
  deleteChangeSet,
  executeChange,
  prepareChange,
  type PreparedChange
} from '../steps/stack.js'
import { verify } from '../steps/verify.js'
import { backupTarget } from '../context/snapshot.js'
import {
  awaitBackup,
  backupLine,
  requireVault,
  startBackup,
  type BackupJob
} from '../steps/backup.js'
import type { ChangeSummary, Desired, Plan, Step, StepKind } from '../context/plan.js'
import type { Snapshot, StackState } from '../context/snapshot.js'
import type { Ctx } from '../context/context.js'
import type { Outcome } from '../context/outcome.js'
import { currentTemplate, describeStack, groupOf } from '../aws/stacks.js'

export interface TemplateChoice {
  /** Undefined keeps the stack's current template. */
  body?: string
  params: string[]
}

/** A plan being executed, and what its steps learn on the way. */
export interface Execution {
  snapshot: Snapshot
  desired: Desired
  plan: Plan
  template: TemplateChoice
  /** The change set of the stack step: prepared to decide, executed or deleted by act. */
  prepared?: PreparedChange
  /** The stack after the stack step. */
  stack?: StackState
  /** The template before this run changed the stack, for a revert. */
  original?: string
  /** What the summary says once the new instance is verified. */
  done?: string
  /** A follow or replace step ran: a failure from here on is the new instance's. */
  newInstance?: boolean
  /** The AWS Backup job started with the run (the plan's backup step waits for it). */
  backupJob?: BackupJob
}

const CHANGES: StepKind[] = ['create-stack', 'update-stack', 'follow', 'replace']

export async function act(ctx: Ctx, out: Outcome, x: Execution): Promise<void> {
  try {
    await startBackupOf(ctx, x)
    for (let i = 0; i < x.plan.steps.length; i++) {
      const step = x.plan.steps[i]
      // A lock lost to another run (its lease ran out under us) stops us before the next step.
      ctx.lock?.check()
      ctx.timeline.log(`step ${i + 1}/${x.plan.steps.length} ${step.kind}: ${step.why}`)
      await runStep(ctx, out, x, step)
    }
    await confirmStack(ctx, out, x)
  } catch (err) {
    await onFailure(ctx, out, x, err)
  } finally {
    if (x.prepared)
      await deleteChangeSet(ctx.deps, ctx.clients, ctx.opts.stackName, x.prepared.changeSetId)
  }
  out.result = x.plan.steps.some((s) => CHANGES.includes(s.kind)) ? 'deployed' : 'unchanged'
}

/** Success is said only of the stack as it is now: still on the AMI this run verified. */
async function confirmStack(ctx: Ctx, out: Outcome, x: Execution): Promise<void> {
  if (x.snapshot.type === 'CREATE' && !x.stack) return
  const now = await describeStack(ctx.deps, ctx.clients, ctx.opts.stackName)
  out.stackOutputs = now?.outputs
  const amiId = now?.parameters[PARAMS.amiId]
  if (amiId !== x.plan.amiId)
    throw new Error(
      `stack ${ctx.opts.stackName} is now at ${PARAMS.amiId} ${amiId ?? '(no stack)'}, not ${x.plan.amiId} which this run verified: ` +
        `something else changed the stack during this run. Nothing was reverted; read the stack's events, then re-run to converge`
    )
}

async function runStep(ctx: Ctx, out: Outcome, x: Execution, step: Step): Promise<void> {
  switch (step.kind) {
    case 'bake':
      return bakeStep(ctx, out, x)
    case 'create-stack':
    case 'update-stack':
      return stackStep(ctx, out, x)
    case 'follow':
    case 'replace':
      return instanceStep(ctx, out, x, step)
    case 'verify':
      return verifyStep(ctx, out, x, step)
    case 'retain':
      return retentionStep(ctx, x.plan)
    case 'backup':
      return backupStep(ctx, out, x)
    default:
      return // reuse, nothing: the log line says it all
  }
}

/** What decide needs of the inputs. */
export const decideOptions = ({ opts }: Pick<Ctx, 'opts'>): DecideOptions => ({
  command: opts.command,
  force: opts.force,
  strategy: opts.replaceStrategy,
  onDowngrade: opts.onDowngrade,
  restorePoint: opts.restoreRequest && requestedPoint(opts.restoreRequest),
  backupVault: opts.parameters[PARAMS.backupVaultName]
})

/** The change set that takes the stack to the plan's AMI, with the template chosen. */
export function prepareFor(
  ctx: Ctx,
  snapshot: Snapshot,
  amiId: string,
  previousAmiId: string,
  template: TemplateChoice
): Promise<PreparedChange> {
  const { opts, deps, clients, timeline } = ctx
  return prepareChange(opts, deps, clients, timeline, {
    type: snapshot.type,
    templateBody: template.body,
    templateParams: template.params,
    values: {
      ...opts.parameters,
      [PARAMS.amiId]: amiId,
      [PARAMS.previousAmiId]: previousAmiId,
      // Only with a new AMI: on its own it would change the launch template and replace.
      ...(amiId !== snapshot.ami.amiId ? { [PARAMS.onDowngrade]: opts.onDowngrade } : {}),
      ...(opts.restoreRequest ? { [PARAMS.restoreRequest]: opts.restoreRequest } : {})
    },
    current: snapshot.stack,
    description: `opscenter-ha ${opts.command}: AmiId ${snapshot.ami.amiId || '(none)'} -> ${amiId}`
  })
}

export const summarize = (p: PreparedChange): ChangeSummary => ({
  nothing: p.nothing,
  resources: resourcesOf(p.changes),
  launchTemplate: touchesLaunchTemplate(p.changes)
})

/** Fails before any change when the AMI cannot boot: deregistered, wrong region. */
export async function requireAvailable(ctx: Ctx, out: Outcome, amiId: string): Promise<void> {
  const image = await describeImage(ctx.deps, ctx.clients, amiId)
  if (image?.State !== 'available')
    throw new Error(
      image
        ? `AMI ${amiId} is ${image.State}, not available: wait for it or pick another`
        : `AMI ${amiId} does not exist in ${ctx.opts.region} (or this account cannot see it)`
    )
  out.version ??= image.Tags?.find((t) => t.Key === TAGS.opscenterVersion)?.Value
}

async function bakeStep(ctx: Ctx, out: Outcome, x: Execution): Promise<void> {
  const { opts, deps, clients, timeline } = ctx
  const d = x.desired
  const baked = await timeline.phase('bake', () =>
    bakeAmi(opts, deps, clients, timeline, {
      amiId: '',
      source: 'would-bake',
      recipeHash: d.recipeHash ?? '',
      baseAmiId: d.baseAmiId,
      version: out.version
    })
  )
  out.amiId = baked.amiId
  out.amiSource = 'baked'
  out.changes.push(`baked ${baked.amiId} (OpsCenter ${out.version ?? '?'})`)
  await requireAvailable(ctx, out, baked.amiId)
  await timeline.phase('plan', () => replan(ctx, x, { ...d, amiId: baked.amiId, source: 'baked' }))
  // The summary shows the steps with the AMI the bake made.
  out.plan = x.plan
}

/** After the bake: the same decision on the world as it is now, or a stop that says why. */
async function replan(ctx: Ctx, x: Execution, desired: Desired): Promise<void> {
  const snapshot = await observe(ctx)
  const prepared = await prepareFor(ctx, snapshot, desired.amiId, x.plan.previousAmiId, x.template)
  const plan = decide(snapshot, { ...desired, change: summarize(prepared) }, decideOptions(ctx))
  const kinds = (p: Plan): string => p.steps.map((s) => s.kind).join(', ')
  if (plan.blocked || kinds(plan) !== kinds(x.plan)) {
    if (!prepared.nothing)
      await deleteChangeSet(ctx.deps, ctx.clients, ctx.opts.stackName, prepared.changeSetId)
    throw new Error(
      `the world changed while ${desired.amiId} was baked: the plan was (${kinds(x.plan)}), now ${plan.blocked ?? `it is (${kinds(plan)})`}. ` +
        `Nothing was changed; re-run (it reuses ${desired.amiId})`
    )
  }
  for (const s of plan.steps.filter((s) => s.instanceId))
    if (!x.plan.steps.some((o) => o.instanceId === s.instanceId))
      ctx.timeline.log(`the group moved while baking: ${s.kind} is now about ${s.instanceId}`)
  // The change set goes with the desired state: the summary's "What changed" reads it.
  const change = summarize(prepared)
  Object.assign(x, {
    snapshot,
    desired: { ...desired, change },
    plan,
    prepared: prepared.nothing ? undefined : prepared
  })
}

async function stackStep(ctx: Ctx, out: Outcome, x: Execution): Promise<void> {
  const { opts, deps, clients, timeline } = ctx
  const prepared = x.prepared
  if (!prepared) throw new Error(`internal: no change set prepared for stack ${opts.stackName}`)
  x.stack = await timeline.phase('stack', async () => {
    // What a revert puts back: this template, with the parameters the stack has now.
    if (x.snapshot.type === 'UPDATE')
      x.original = await currentTemplate(deps, clients, opts.stackName)
    x.prepared = undefined // executed from here on, never deleted
    return executeChange(opts, deps, clients, timeline, prepared)
  })
  out.changes.push(
    prepared.type === 'CREATE'
      ? `created stack ${opts.stackName} (${prepared.changes.length} resources)`
      : `updated stack ${opts.stackName}: ${changedLine(prepared.changes)}`
  )
}

const stackNow = (x: Execution): StackState => {
  const stack = x.stack ?? x.snapshot.stack
  if (!stack) throw new Error(`internal: stack ${x.snapshot.stackName} is not known`)
  return stack
}

async function instanceStep(ctx: Ctx, out: Outcome, x: Execution, step: Step): Promise<void> {
  const groupName = groupOf(stackNow(x))
  const old = step.instanceId
  // A stop this run saw before this step (a stopped run's window it finished) stays the start.
  const earlier = out.downtimeStart
  x.newInstance = true
  const followed = await ctx.timeline.phase('replace', async () => {
    if (old && step.strategy === 'prepared')
      return handover(ctx, groupName, old, stackSubnets(x.snapshot), (at) => {
        out.downtimeStart ??= at
      })
    if (old) out.downtimeStart ??= await terminate(ctx, old)
    try {
      return await follow(ctx, groupName, old ?? step.leaving)
    } finally {
      // Healthy or not, a stopped handover's window closes: a revert works on a group of one.
      if (step.closeWindow) await restoreGroup(ctx, groupName, stackSubnets(x.snapshot))
    }
  })
  out.instanceId = followed.instanceId
  // The old agent's own stamp beats our terminate call: it may have seen the call late.
  if (earlier === undefined && followed.stoppedAt !== undefined)
    out.downtimeStart = followed.stoppedAt
  if (out.downtimeStart !== undefined) out.downtimeMs = followed.healthyAt - out.downtimeStart
  const on = `${followed.instanceId} on ${x.plan.amiId}`
  x.done =
    step.kind === 'replace'
      ? `replaced ${old} by ${on}`
      : x.snapshot.type === 'CREATE'
        ? undefined
        : `finished the replacement started by an earlier run: ${on}`
}

async function verifyStep(ctx: Ctx, out: Outcome, x: Execution, step: Step): Promise<void> {
  const stack = stackNow(x)
  const id = step.instanceId ?? out.instanceId
  if (!id) throw new Error('internal: no instance to verify')
  out.tlsFingerprint = await ctx.timeline.phase('verify', () =>
    verify(ctx, groupOf(stack), stack.outputs, id, x.plan.amiId)
  )
  out.instanceId = id
  if (x.done) out.changes.push(x.done)
  if (!x.newInstance && !x.stack)
    ctx.timeline.log(`nothing to do: stack and instance ${id} already at ${x.plan.amiId}, verified`)
}

/** The plan backs up: the job starts now, before the bake, so the two overlap. */
async function startBackupOf(ctx: Ctx, x: Execution): Promise<void> {
  const b = x.plan.backup
  const target = backupTarget(x.snapshot.stack, decideOptions(ctx).backupVault)
  if (!b || !target) return
  await requireVault(ctx, target)
  x.backupJob = await startBackup(ctx, target, b.from, b.to)
}

async function backupStep(ctx: Ctx, out: Outcome, x: Execution): Promise<void> {
  const job = x.backupJob
  if (!job) throw new Error('internal: the plan backs up but no AWS Backup job was started')
  const done = await ctx.timeline.phase('backup', () => awaitBackup(ctx, job))
  out.recoveryPointArn = done.recoveryPointArn
  out.changes.push(backupLine(job, done))
}

async function retentionStep(ctx: Ctx, plan: Plan): Promise<void> {
  try {
    await ctx.timeline.phase('retention', () => retain(ctx, plan.amiId, plan.previousAmiId))
  } catch (err) {
    // The deploy succeeded; old AMIs can be cleaned up by the next run.
    ctx.timeline.log(
      `warning: AMI retention failed (${messageOf(err)}); the next deploy retries it`
    )
  }
}

/** A failed step: the new instance's failure is reverted (or explained); others pass on. */
async function onFailure(ctx: Ctx, out: Outcome, x: Execution, err: unknown): Promise<never> {
  if (!isInstanceFailure(err)) throw err
  const groupName = groupOf(stackNow(x))
  if (x.snapshot.type === 'CREATE')
    throw new DeployError(
      `the first instance of the new stack did not come up: ${messageOf(err)}. There is no previous AMI to revert to; ` +
        `the stack stays as created (no data is lost). Read the instance's opscenter-ha:reason tag and console output, fix the cause and deploy again`,
      'failed'
    )
  if (!x.newInstance)
    throw new DeployError(
      `${x.plan.steps.find((s) => s.kind === 'verify')?.instanceId} already runs ${x.plan.amiId} but ${messageOf(err)}. Nothing was replaced. ` +
        `To heal it, run command: replace (it starts a fresh instance on the same AMI)`,
      'failed'
    )
  if (err instanceof BootError && err.heldBy && err.heldBy !== err.instanceId)
    throw new DeployError(
      `${messageOf(err)}. That is ${err.heldBy}'s failure, not ${x.plan.amiId}'s: ${err.heldBy} did not let go of its ENI while it stopped ` +
        `(its agent or its EFS mount hung), so ${err.instanceId} rightly refused to start a second OpsCenter beside it. ` +
        `Nothing was reverted: ${await situation(ctx, groupName)}. EC2 ends ${err.heldBy} when its terminate hook times out, and the group then ` +
        `launches on ${x.plan.amiId}; re-run to follow it (or terminate ${err.heldBy} in the EC2 console to end it now)`,
      'failed'
    )
  if (x.plan.command === 'replace')
    throw new DeployError(
      `replacing ${x.plan.steps[0].instanceId} failed: ${messageOf(err)}. The AMI did not change, so there is nothing to revert to: ${await situation(ctx, groupName)}`,
      'failed'
    )
  return revert(ctx, out, {
    groupName,
    outputs: stackNow(x).outputs,
    desired: x.plan.amiId,
    revert: x.plan.revert,
    was: x.snapshot.ami,
    cause: err,
    before: x.snapshot.stack,
    beforeVersion: x.snapshot.group?.templateVersion,
    original: x.original
  })
}
