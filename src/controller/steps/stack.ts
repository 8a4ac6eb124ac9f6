// Phase 2: the stack. Change sets (so `plan` and `deploy` share one path), waits on
// DescribeStacks through waitFor (the injected clock), failures explained by the events of
// the failed resources, and "no changes" treated as the normal outcome it is.
import {
  type Change,
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeChangeSetCommand,
  type DescribeChangeSetCommandOutput,
  DescribeStackEventsCommand,
  ExecuteChangeSetCommand,
  type Parameter,
  type StackEvent
} from '@aws-sdk/client-cloudformation'
import { TimeoutError, waitFor, withRetry } from '../../shared/retry.js'
import type { Timeline } from '../context/timeline.js'
import type { Clients, Deps } from '../context/context.js'
import type { Options } from '../context/options.js'
import type { StackState } from '../context/snapshot.js'
import { describeStack } from '../aws/stacks.js'

export interface ChangeRequest {
  type: 'CREATE' | 'UPDATE'
  /** Undefined: keep the stack's current template (revert, rollback). */
  templateBody?: string
  /** Parameter names of the template that will be used. */
  templateParams: string[]
  /** Values to set; every other parameter the stack has keeps its previous value. */
  values: Record<string, string>
  current?: StackState
  description: string
}

export function buildParameters(req: ChangeRequest): Parameter[] {
  const out: Parameter[] = []
  for (const key of req.templateParams) {
    if (key in req.values) out.push({ ParameterKey: key, ParameterValue: req.values[key] })
    else if (req.type === 'UPDATE' && req.current && key in req.current.parameters)
      out.push({ ParameterKey: key, UsePreviousValue: true })
  }
  return out
}

export interface PreparedChange {
  stackName: string
  changeSetId: string
  changeSetName: string
  type: 'CREATE' | 'UPDATE'
  /** The resource changes; empty too for an Outputs-only or Metadata-only change. */
  changes: Change[]
  /** CloudFormation found nothing at all to change (the change set is already deleted). */
  nothing: boolean
  parameters: Parameter[]
}

const NO_CHANGES =
  /didn't contain changes|No updates are to be performed|submitted information didn't contain/i

/** Creates a change set and waits until it is ready; "no changes" deletes it. */
export async function prepareChange(
  opts: Options,
  deps: Deps,
  clients: Clients,
  timeline: Timeline,
  req: ChangeRequest
): Promise<PreparedChange> {
  const changeSetName = `opscenter-ha-${deps.clock.now()}`
  const parameters = buildParameters(req)
  const created = await withRetry(
    () =>
      clients.cfn.send(
        new CreateChangeSetCommand({
          StackName: opts.stackName,
          ChangeSetName: changeSetName,
          ChangeSetType: req.type,
          ...(req.templateBody === undefined
            ? { UsePreviousTemplate: true }
            : { TemplateBody: req.templateBody }),
          Parameters: parameters,
          Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
          Description: req.description.slice(0, 1024)
        })
      ),
    { clock: deps.clock }
  )
  const changeSetId = created.Id ?? changeSetName
  timeline.log(`change set ${changeSetName} (${req.type}): ${req.description}`)
  const described = await waitFor(
    `change set ${changeSetName} to be ready`,
    async () => {
      const cs = await clients.cfn.send(
        new DescribeChangeSetCommand({ ChangeSetName: changeSetId, StackName: opts.stackName })
      )
      return cs.Status === 'CREATE_COMPLETE' || cs.Status === 'FAILED' ? cs : undefined
    },
    { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
  )
  const base = { stackName: opts.stackName, changeSetId, changeSetName, type: req.type, parameters }
  if (described.Status === 'FAILED') {
    if (NO_CHANGES.test(described.StatusReason ?? '')) {
      await deleteChangeSet(deps, clients, opts.stackName, changeSetId)
      timeline.log('CloudFormation found no changes to make')
      return { ...base, changes: [], nothing: true }
    }
    await deleteChangeSet(deps, clients, opts.stackName, changeSetId).catch(() => undefined)
    throw new Error(
      `change set ${changeSetName} for stack ${opts.stackName} failed: ${described.StatusReason ?? 'no reason given'}`
    )
  }
  // CREATE_COMPLETE with no resource change (an Outputs or Metadata edit) still changes the
  // stack: it is executed like any other, never left behind.
  return {
    ...base,
    changes: await allChanges(deps, clients, opts.stackName, changeSetId, described),
    nothing: false
  }
}

async function allChanges(
  deps: Deps,
  clients: Clients,
  stackName: string,
  id: string,
  first: DescribeChangeSetCommandOutput
): Promise<Change[]> {
  const changes = [...(first.Changes ?? [])]
  let NextToken = first.NextToken
  while (NextToken) {
    const token = NextToken
    const page = await withRetry(
      () =>
        clients.cfn.send(
          new DescribeChangeSetCommand({
            ChangeSetName: id,
            StackName: stackName,
            NextToken: token
          })
        ),
      { clock: deps.clock }
    )
    changes.push(...(page.Changes ?? []))
    NextToken = page.NextToken
  }
  return changes
}

export async function deleteChangeSet(
  deps: Deps,
  clients: Clients,
  stackName: string,
  id: string
): Promise<void> {
  await withRetry(
    () => clients.cfn.send(new DeleteChangeSetCommand({ ChangeSetName: id, StackName: stackName })),
    {
      clock: deps.clock
    }
  )
}

/** Plan on a stack that did not exist leaves an empty REVIEW_IN_PROGRESS stack: remove it. */
export async function deleteReviewStack(
  deps: Deps,
  clients: Clients,
  stackName: string
): Promise<void> {
  const s = await describeStack(deps, clients, stackName)
  if (s?.status === 'REVIEW_IN_PROGRESS')
    await withRetry(() => clients.cfn.send(new DeleteStackCommand({ StackName: stackName })), {
      clock: deps.clock
    })
}

/** Executes a prepared change set and waits for the stack to settle; failures carry the events. */
export async function executeChange(
  opts: Options,
  deps: Deps,
  clients: Clients,
  timeline: Timeline,
  prepared: PreparedChange
): Promise<StackState> {
  const startedAt = deps.clock.now()
  await withRetry(
    () =>
      clients.cfn.send(
        new ExecuteChangeSetCommand({
          ChangeSetName: prepared.changeSetId,
          StackName: opts.stackName
        })
      ),
    { clock: deps.clock }
  )
  timeline.log(`executing ${prepared.changeSetName}: ${prepared.changes.length} resource change(s)`)
  let last = ''
  const final = await waitForStack(
    `stack ${opts.stackName} to finish its ${prepared.type === 'CREATE' ? 'creation' : 'update'}`,
    async () => {
      const s = await describeStack(deps, clients, opts.stackName)
      if (!s) throw new Error(`stack ${opts.stackName} disappeared while it was being changed`)
      if (s.status !== last) {
        timeline.log(`stack ${s.status}`)
        last = s.status
      }
      return s.status.endsWith('_IN_PROGRESS') ? undefined : s
    },
    { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
  )
  if (final.status === 'CREATE_COMPLETE' || final.status === 'UPDATE_COMPLETE') return final
  const reasons = await failedEvents(deps, clients, opts.stackName, startedAt)
  throw new Error(
    `stack ${opts.stackName} ${prepared.type === 'CREATE' ? 'creation' : 'update'} failed and ended ${final.status}` +
      (reasons.length ? `: ${reasons.join('; ')}` : ' (no failed resource events found)')
  )
}

/** waitFor, with a time-out that says CloudFormation carries on and what to do. */
async function waitForStack<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  o: { timeoutMs: number; intervalMs: number; clock: Deps['clock'] }
): Promise<T> {
  try {
    return await waitFor(what, probe, o)
  } catch (err) {
    if (!(err instanceof TimeoutError)) throw err
    throw new Error(
      `${err.message} (timeout-minutes). CloudFormation carries on by itself: watch the stack's events, ` +
        `and re-run once it has finished (raise timeout-minutes if it is only slow)`,
      { cause: err }
    )
  }
}

/** `Logical: reason` for each failed resource of the operation that started at startedAt. */
export async function failedEvents(
  deps: Deps,
  clients: Clients,
  stackName: string,
  startedAt: number
): Promise<string[]> {
  const events: StackEvent[] = []
  let NextToken: string | undefined
  // Events come newest first; allow for clock skew between us and AWS.
  const since = startedAt - 5 * 60_000
  outer: do {
    const token = NextToken
    const page = await withRetry(
      () =>
        clients.cfn.send(
          new DescribeStackEventsCommand({ StackName: stackName, NextToken: token })
        ),
      { clock: deps.clock }
    )
    for (const e of page.StackEvents ?? []) {
      if (e.Timestamp && e.Timestamp.getTime() < since) break outer
      events.push(e)
      const isStart =
        e.ResourceType === 'AWS::CloudFormation::Stack' &&
        (e.ResourceStatus === 'UPDATE_IN_PROGRESS' || e.ResourceStatus === 'CREATE_IN_PROGRESS') &&
        e.ResourceStatusReason === 'User Initiated'
      if (isStart) break outer
    }
    NextToken = page.NextToken
  } while (NextToken)
  const failed = events
    .reverse()
    .filter(
      (e) =>
        e.ResourceStatus?.endsWith('_FAILED') && e.ResourceType !== 'AWS::CloudFormation::Stack'
    )
    .filter((e) => !/Resource (update|creation) cancelled/i.test(e.ResourceStatusReason ?? ''))
  return failed.map(
    (e) =>
      `${e.LogicalResourceId} ${e.ResourceStatus}: ${e.ResourceStatusReason ?? 'no reason given'}`
  )
}
