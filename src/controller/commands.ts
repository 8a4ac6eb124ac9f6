// The four commands as one reconciler: find what git wants, compare with what AWS has, do
// only the difference, and revert by itself when the new instance does not come up.
import { OUTPUTS, PARAMS, PHASE, TAGS } from '../shared/contract.js'
import { BootError, DeployError, VerifyError, messageOf } from './errors.js'
import {
  describeGroup,
  describeInstances,
  type Group,
  type GroupMember,
  isLeaving
} from './group.js'
import { checkNetwork } from './network.js'
import { changesTable, touchesLaunchTemplate } from './plan.js'
import { type Ctx, follow, inFlight, preflight, settleOn, terminate } from './replace.js'
import { describeImage, resolveAmi } from './resolve.js'
import type { Outcome } from './report.js'
import { retain } from './retention.js'
import {
  amiParams,
  changeSetType,
  deleteChangeSet,
  deleteReviewStack,
  currentTemplate,
  describeStack,
  executeChange,
  prepareChange,
  type StackState
} from './stack.js'
import { verify } from './verify.js'

export async function runCommand(ctx: Ctx, out: Outcome): Promise<void> {
  switch (ctx.opts.command) {
    case 'plan':
      return plan(ctx, out)
    case 'replace':
      return replaceOnly(ctx, out)
    case 'rollback':
      return rollback(ctx, out)
    default:
      return deploy(ctx, out)
  }
}

function groupOf(stack: StackState): string {
  const name = stack.outputs[OUTPUTS.autoScalingGroup]
  if (!name)
    throw new Error(
      `stack ${stack.name} has no ${OUTPUTS.autoScalingGroup} output: is it built from this repository's template?`
    )
  return name
}

async function existingStack(ctx: Ctx): Promise<StackState> {
  const stack = await describeStack(ctx.deps, ctx.clients, ctx.opts.stackName)
  if (!stack || changeSetType(stack) === 'CREATE')
    throw new Error(
      `stack ${ctx.opts.stackName} does not exist in ${ctx.opts.region}: run command: deploy first`
    )
  return stack
}

async function deploy(ctx: Ctx, out: Outcome): Promise<void> {
  const { opts, timeline } = ctx
  // Before anything is baked or changed: the network the stack goes into must work.
  const current = await describeStack(ctx.deps, ctx.clients, opts.stackName)
  timeline.log(
    `network: ${await checkNetwork(ctx, { ...current?.parameters, ...opts.parameters })}`
  )
  const resolved = await timeline.phase('resolve', () =>
    resolveAmi(opts, ctx.deps, ctx.clients, timeline)
  )
  out.amiId = resolved.amiId
  out.recipeHash = resolved.recipeHash || undefined
  out.version = resolved.version
  out.amiSource = resolved.source
  if (resolved.source === 'baked')
    out.changes.push(`baked ${resolved.amiId} (OpsCenter ${resolved.version ?? '?'})`)
  await converge(ctx, out, resolved.amiId, { body: opts.templateBody, params: opts.templateParams })
}

async function rollback(ctx: Ctx, out: Outcome): Promise<void> {
  const stack = await existingStack(ctx)
  const { amiId, previousAmiId } = amiParams(stack)
  if (!previousAmiId)
    throw new Error(
      `stack ${ctx.opts.stackName} has no ${PARAMS.previousAmiId}: nothing was deployed before ${amiId || 'the current AMI'}, so there is nothing to roll back to. ` +
        `To deploy a specific AMI, run command: deploy with ami-id`
    )
  out.amiId = previousAmiId
  ctx.timeline.log(`rolling back from ${amiId} to ${previousAmiId}`)
  await converge(ctx, out, previousAmiId, { params: Object.keys(stack.parameters) })
}

interface TemplateChoice {
  /** Undefined keeps the stack's current template. */
  body?: string
  params: string[]
}

/**
 * Stack to `desired`, then the instance to `desired`, verified; revert on failure of the
 * instance. Idempotent: whatever is already in place is left alone.
 */
async function converge(
  ctx: Ctx,
  out: Outcome,
  desired: string,
  template: TemplateChoice
): Promise<void> {
  const { opts, deps, clients, timeline } = ctx
  // Fail before touching anything when the AMI cannot boot: deregistered, wrong region.
  const image = await describeImage(deps, clients, desired)
  if (image?.State !== 'available')
    throw new Error(
      image
        ? `AMI ${desired} is ${image.State}, not available: wait for it or pick another`
        : `AMI ${desired} does not exist in ${opts.region} (or this account cannot see it)`
    )
  out.version ??= image.Tags?.find((t) => t.Key === TAGS.opscenterVersion)?.Value
  const before = await describeStack(deps, clients, opts.stackName)
  const type = changeSetType(before)
  const was = amiParams(type === 'UPDATE' ? before : undefined)
  // The AMI to go back to: what runs now, or (stack already at desired: a re-run) what the
  // stack remembers as previous.
  const previous = was.amiId && was.amiId !== desired ? was.amiId : was.previousAmiId
  out.previousAmiId = previous || undefined

  // One deploy at a time: check the group before changing anything. The one exception is
  // the replacement a cancelled run of this same deploy left under way: follow it.
  let member: GroupMember | undefined
  let resume: string[] | undefined
  let runningAmi: string | undefined
  if (type === 'UPDATE' && before) {
    if (was.amiId === desired) resume = await inFlight(ctx, groupOf(before), desired)
    if (!resume) {
      member = (await preflight(ctx, groupOf(before), false)).member
      runningAmi = (await describeInstances(deps, clients, [member.id])).get(member.id)?.imageId
    }
  }
  // What a failure goes back to: the AMI the stack had, else the one the instance still runs
  // (a cancelled run changed the stack only), else the same AMI with the template and
  // parameters from before this run; a resumed replacement goes back to the remembered one.
  const target =
    was.amiId && was.amiId !== desired
      ? was.amiId
      : resume
        ? was.previousAmiId
        : runningAmi && runningAmi !== desired
          ? runningAmi
          : desired

  const values = { ...opts.parameters, [PARAMS.amiId]: desired, [PARAMS.previousAmiId]: previous }
  let stackChanged = false
  let templateTouched = false
  let original: string | undefined
  const after = await timeline.phase('stack', async () => {
    const prepared = await prepareChange(opts, deps, clients, timeline, {
      type,
      templateBody: template.body,
      templateParams: template.params,
      values,
      current: before,
      description: `opscenter-ha ${opts.command}: AmiId ${was.amiId || '(none)'} -> ${desired}`
    })
    if (prepared.nothing) {
      if (!before)
        throw new Error(`CloudFormation found nothing to create for stack ${opts.stackName}`)
      return before
    }
    stackChanged = true
    templateTouched = touchesLaunchTemplate(prepared.changes)
    // What a revert puts back: this template, with the parameters the stack has now.
    if (type === 'UPDATE') original = await currentTemplate(deps, clients, opts.stackName)
    const s = await executeChange(opts, deps, clients, timeline, prepared)
    out.changes.push(
      type === 'CREATE'
        ? `created stack ${opts.stackName} (${prepared.changes.length} resources)`
        : `updated stack ${opts.stackName}: ${prepared.changes.map((c) => `${c.ResourceChange?.Action} ${c.ResourceChange?.LogicalResourceId}`).join(', ') || 'outputs or metadata only'}`
    )
    return s
  })
  const groupName = groupOf(after)

  if (type === 'CREATE') {
    // A new stack's group launches its first instance by itself: follow it, nothing to revert to.
    try {
      const first = await timeline.phase('replace', () => follow(ctx, groupName, undefined))
      out.instanceId = first.instanceId
      await timeline.phase('verify', () =>
        verify(ctx, groupName, after.outputs, first.instanceId, desired)
      )
    } catch (err) {
      throw new DeployError(
        `the first instance of the new stack did not come up: ${messageOf(err)}. There is no previous AMI to revert to; ` +
          `the stack stays as created (no data is lost). Read the instance's opscenter-ha:reason tag and console output, fix the cause and deploy again`,
        'failed'
      )
    }
    out.result = 'deployed'
    await retentionPhase(ctx, desired, previous)
    return
  }

  // Replace (or follow a replacement under way), verify, and revert by itself on failure.
  const replaceOrRevert = async (olds: string | string[], done: () => string) => {
    try {
      await replaceAndVerify(ctx, out, groupName, after.outputs, olds, desired)
    } catch (cause) {
      if (!isInstanceFailure(cause)) throw cause
      await revert(ctx, out, {
        groupName,
        outputs: after.outputs,
        desired,
        target,
        was,
        cause,
        before,
        original
      })
    }
    out.result = 'deployed'
    out.changes.push(done())
    await retentionPhase(ctx, desired, previous)
  }

  if (resume) {
    timeline.log(
      `resuming the replacement an earlier run started${resume.length ? ` (leaving: ${resume.join(', ')})` : ''}: following it to ${desired}`
    )
    await replaceOrRevert(
      resume,
      () => `finished the replacement started by an earlier run: ${out.instanceId} on ${desired}`
    )
    return
  }

  const group = await describeGroup(deps, clients, groupName)
  const current = member ?? group.members.find((m) => !isLeaving(m.lifecycle))
  const info = current
    ? (await describeInstances(deps, clients, [current.id])).get(current.id)
    : undefined
  const drift = templateDrift(group, current)
  const needsReplace = !current || info?.imageId !== desired || templateTouched || drift
  if (!needsReplace && current) {
    try {
      await timeline.phase('verify', () =>
        verify(ctx, groupName, after.outputs, current.id, desired)
      )
    } catch (err) {
      throw new DeployError(
        `${current.id} already runs ${desired} but ${messageOf(err)}. Nothing was replaced. ` +
          `To heal it, run command: replace (it starts a fresh instance on the same AMI)`,
        'failed'
      )
    }
    out.instanceId = current.id
    out.result = stackChanged ? 'deployed' : 'unchanged'
    if (!stackChanged)
      timeline.log(
        `nothing to do: stack and instance ${current.id} already at ${desired}, verified`
      )
    if (stackChanged) await retentionPhase(ctx, desired, previous)
    return
  }
  if (!current)
    throw new Error(
      `group ${groupName} has no instance to replace: wait for Auto Scaling to launch one and re-run`
    )
  const why =
    info?.imageId !== desired
      ? `it runs ${info?.imageId ?? 'an unknown AMI'}`
      : 'the launch template changed'
  timeline.log(`replacing ${current.id}: ${why}, want ${desired}`)
  await replaceOrRevert(
    current.id,
    () => `replaced ${current.id} by ${out.instanceId} on ${desired}`
  )
}

/** Instance launched from an older launch template version than the group's (when AWS says). */
function templateDrift(group: Group, m: GroupMember | undefined): boolean {
  const g = group.templateVersion
  const i = m?.templateVersion
  return !!g && !!i && /^\d+$/.test(g) && /^\d+$/.test(i) && g !== i
}

function isInstanceFailure(err: unknown): boolean {
  return (
    err instanceof BootError ||
    err instanceof VerifyError ||
    (err as Error)?.name === 'TimeoutError'
  )
}

/**
 * Terminates `old` and follows its replacement, or (`old` a list: resuming) only follows
 * past instances that are already leaving. Then verifies.
 */
async function replaceAndVerify(
  ctx: Ctx,
  out: Outcome,
  groupName: string,
  outputs: Record<string, string>,
  old: string | string[],
  desired: string
): Promise<void> {
  const { timeline } = ctx
  const followed = await timeline.phase('replace', async () => {
    if (typeof old === 'string') out.downtimeStart ??= await terminate(ctx, old)
    return follow(ctx, groupName, old)
  })
  out.instanceId = followed.instanceId
  if (out.downtimeStart !== undefined) out.downtimeMs = followed.healthyAt - out.downtimeStart
  await timeline.phase('verify', () =>
    verify(ctx, groupName, outputs, followed.instanceId, desired)
  )
}

interface RevertPlan {
  groupName: string
  outputs: Record<string, string>
  desired: string
  /** The AMI to go back to (may be `desired` itself when only the template changed). */
  target: string
  was: { amiId: string; previousAmiId: string }
  cause: unknown
  /** The stack before this run and its template, when this run changed it. */
  before?: StackState
  original?: string
}

async function revert(ctx: Ctx, out: Outcome, r: RevertPlan): Promise<never> {
  const { opts, deps, clients, timeline } = ctx
  const cause = messageOf(r.cause)
  out.cause = cause
  timeline.log(`FAILED: ${cause}`)
  const sameAmi = r.target === r.desired
  if (!opts.autoRevert)
    throw new DeployError(
      `${cause}. auto-revert is off, so nothing was reverted: ${await situation(ctx, r.groupName)}. ` +
        `To go back, run command: rollback${r.target && !sameAmi ? ` (to ${r.target})` : ''}`,
      'failed'
    )
  // Same AMI: only a template or parameter change can be undone, and only if we kept it.
  if (!r.target || (sameAmi && (r.original === undefined || !r.before)))
    throw new DeployError(
      `${cause}. There is no previous AMI to revert to (the stack remembers none): ${await situation(ctx, r.groupName)}. ` +
        `Fix the cause (see the instance's opscenter-ha:reason tag and console output) and run deploy again; no data was deleted`,
      'failed'
    )
  // Instances this run saw fail: never settle on them, even on the right AMI.
  const failed = new Set<string>()
  for (const e of [r.cause])
    if ((e instanceof BootError || e instanceof VerifyError) && e.instanceId)
      failed.add(e.instanceId)
  if (out.instanceId) failed.add(out.instanceId)
  const what = sameAmi
    ? `the template and parameters from before this run, on ${r.target}`
    : r.target
  try {
    await timeline.phase('revert', async () => {
      timeline.log(`reverting the stack to ${what}`)
      const stack = await describeStack(deps, clients, opts.stackName)
      // Back to the template and parameters the stack had before this run. When the stack
      // was already at the failed AMI (a re-run), what came before the previous AMI is
      // unknown: forget it rather than remember the failed one.
      const restore = r.original !== undefined && r.before !== undefined
      const back = restore && r.before ? r.before.parameters : {}
      const prepared = await prepareChange(opts, deps, clients, timeline, {
        type: 'UPDATE',
        templateBody: r.original,
        templateParams: Object.keys(restore ? back : (stack?.parameters ?? {})),
        values: {
          ...back,
          [PARAMS.amiId]: r.target,
          [PARAMS.previousAmiId]: r.was.amiId === r.desired && !sameAmi ? '' : r.was.previousAmiId
        },
        current: stack,
        description: `opscenter-ha revert: AmiId ${r.desired} -> ${r.target}`
      })
      if (!prepared.nothing) await executeChange(opts, deps, clients, timeline, prepared)
      const settled = await settleOn(ctx, r.groupName, r.target, failed)
      out.instanceId = settled.instanceId
      if (settled.terminatedAt !== undefined) out.downtimeStart ??= settled.terminatedAt
      if (out.downtimeStart !== undefined) out.downtimeMs = settled.healthyAt - out.downtimeStart
      await verify(ctx, r.groupName, r.outputs, settled.instanceId, r.target)
    })
  } catch (err) {
    throw new DeployError(
      `${cause}. The revert to ${what} failed too: ${messageOf(err)}. Now: ${await situation(ctx, r.groupName)}. ` +
        `No data was deleted (EFS is untouched). Look at the instance's opscenter-ha:reason tag and the stack events, ` +
        `fix the cause, then run command: rollback or deploy again`,
      'failed'
    )
  }
  out.amiId = r.target
  out.previousAmiId = sameAmi ? r.was.previousAmiId || undefined : r.desired
  out.changes.push(
    sameAmi
      ? `reverted the stack's template and parameters after the change failed`
      : `reverted to ${r.target} after ${r.desired} failed`
  )
  throw new DeployError(
    sameAmi
      ? `deploying the stack change failed: ${cause}. Reverted to the template and parameters from before: ${out.instanceId} is healthy on ${r.target}`
      : `deploying ${r.desired} failed: ${cause}. Reverted to ${r.target}: ${out.instanceId} is healthy on it`,
    'reverted'
  )
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

async function retentionPhase(ctx: Ctx, current: string, previous: string): Promise<void> {
  try {
    await ctx.timeline.phase('retention', () => retain(ctx, current, previous))
  } catch (err) {
    // The deploy succeeded; old AMIs can be cleaned up by the next run.
    ctx.timeline.log(
      `warning: AMI retention failed (${messageOf(err)}); the next deploy retries it`
    )
  }
}

async function replaceOnly(ctx: Ctx, out: Outcome): Promise<void> {
  const { opts } = ctx
  const stack = await existingStack(ctx)
  const desired = amiParams(stack).amiId
  out.amiId = desired
  out.previousAmiId = amiParams(stack).previousAmiId || undefined
  const groupName = groupOf(stack)
  const { member } = await preflight(ctx, groupName, opts.force)
  try {
    await replaceAndVerify(ctx, out, groupName, stack.outputs, member.id, desired)
  } catch (err) {
    if (!isInstanceFailure(err)) throw err
    throw new DeployError(
      `replacing ${member.id} failed: ${messageOf(err)}. The AMI did not change, so there is nothing to revert to: ${await situation(ctx, groupName)}`,
      'failed'
    )
  }
  out.changes.push(`replaced ${member.id} by ${out.instanceId} on ${desired}`)
  out.result = 'deployed'
}

async function plan(ctx: Ctx, out: Outcome): Promise<void> {
  const { opts, deps, clients, timeline } = ctx
  const resolved = await timeline.phase('resolve', () =>
    resolveAmi(opts, deps, clients, timeline, false)
  )
  out.recipeHash = resolved.recipeHash || undefined
  out.version = resolved.version
  out.amiSource = resolved.source
  const before = await describeStack(deps, clients, opts.stackName)
  const type = changeSetType(before)
  const was = amiParams(type === 'UPDATE' ? before : undefined)
  // Not baked yet: preview the other changes with the AMI left as it is.
  const amiForPlan = resolved.amiId || was.amiId || resolved.baseAmiId || ''
  out.amiId = resolved.amiId || undefined
  out.previousAmiId = was.amiId || undefined
  const previous = was.amiId && was.amiId !== amiForPlan ? was.amiId : was.previousAmiId
  await timeline.phase('stack', async () => {
    const prepared = await prepareChange(opts, deps, clients, timeline, {
      type,
      templateBody: opts.templateBody,
      templateParams: opts.templateParams,
      values: { ...opts.parameters, [PARAMS.amiId]: amiForPlan, [PARAMS.previousAmiId]: previous },
      current: before,
      description: `opscenter-ha plan: AmiId ${was.amiId || '(none)'} -> ${amiForPlan}`
    })
    try {
      const ami =
        resolved.source === 'would-bake'
          ? `a new AMI would be **baked** (recipe \`${resolved.recipeHash.slice(0, 16)}…\`, base \`${resolved.baseAmiId}\`); the table below keeps \`AmiId\` at \`${amiForPlan}\`, the deploy changes it`
          : resolved.amiId === was.amiId
            ? `the AMI stays \`${resolved.amiId}\``
            : `\`AmiId\`: \`${was.amiId || '(none)'}\` → \`${resolved.amiId}\` (${resolved.source === 'reused' ? 'reusing an AMI with the same recipe hash' : 'from the ami-id input'})`
      const action =
        type === 'CREATE'
          ? `the stack **${opts.stackName}** would be **created**`
          : `stack **${opts.stackName}**: ${prepared.changes.length} resource change(s)`
      const replace =
        type === 'UPDATE' &&
        (resolved.source === 'would-bake' ||
          resolved.amiId !== was.amiId ||
          touchesLaunchTemplate(prepared.changes))
          ? 'The instance would then be **replaced** (downtime while the new one boots).'
          : 'The instance would not be replaced.'
      out.planMarkdown = [
        `### Plan`,
        '',
        `- ${action}`,
        `- ${ami}`,
        `- ${replace}`,
        '',
        changesTable(prepared.changes)
      ].join('\n')
    } finally {
      if (!prepared.nothing)
        await deleteChangeSet(deps, clients, opts.stackName, prepared.changeSetId)
      // Best effort: a plan role may not be allowed to delete stacks, and an empty
      // REVIEW_IN_PROGRESS stack is harmless (deploy creates it from there).
      if (type === 'CREATE')
        await deleteReviewStack(deps, clients, opts.stackName).catch((err) =>
          timeline.log(
            `left the empty REVIEW_IN_PROGRESS stack ${opts.stackName} in place (${messageOf(err)}); deploy creates it from there`
          )
        )
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
