// Reading the stack: its state, whether it can be changed now, its AMI parameters, the group
// it declares, and the template it runs.
import {
  DescribeStacksCommand,
  GetTemplateCommand,
  type Stack
} from '@aws-sdk/client-cloudformation'
import type { StackState } from '../context/snapshot.js'
import type { Clients, Deps } from '../context/context.js'
import { withRetry, hasCode } from '../../shared/retry.js'
import { PARAMS, OUTPUTS } from '../../shared/contract.js'

const UPDATABLE = new Set([
  'CREATE_COMPLETE',
  'UPDATE_COMPLETE',
  'UPDATE_ROLLBACK_COMPLETE',
  'UPDATE_FAILED',
  'IMPORT_COMPLETE',
  'IMPORT_ROLLBACK_COMPLETE'
])

function toState(s: Stack): StackState {
  const parameters: Record<string, string> = {}
  for (const p of s.Parameters ?? [])
    if (p.ParameterKey) parameters[p.ParameterKey] = p.ParameterValue ?? ''
  const outputs: Record<string, string> = {}
  for (const o of s.Outputs ?? []) if (o.OutputKey) outputs[o.OutputKey] = o.OutputValue ?? ''
  return { name: s.StackName ?? '', status: s.StackStatus ?? 'UNKNOWN', parameters, outputs }
}

/** The stack, or undefined when it does not exist. */
export async function describeStack(
  deps: Deps,
  clients: Clients,
  name: string
): Promise<StackState | undefined> {
  try {
    const out = await withRetry(
      () => clients.cfn.send(new DescribeStacksCommand({ StackName: name })),
      { clock: deps.clock }
    )
    const s = out.Stacks?.[0]
    return s ? toState(s) : undefined
  } catch (err) {
    if (hasCode(err, 'ValidationError') && /does not exist/.test((err as Error).message))
      return undefined
    throw err
  }
}

/**
 * Whether the stack can be changed now: CREATE (absent, or only reviewed), UPDATE, or an
 * error that says what to do.
 */
export function changeSetType(stack: StackState | undefined): 'CREATE' | 'UPDATE' {
  if (!stack || stack.status === 'REVIEW_IN_PROGRESS') return 'CREATE'
  const { name, status } = stack
  if (UPDATABLE.has(status)) return 'UPDATE'
  if (status === 'UPDATE_ROLLBACK_FAILED')
    throw new Error(
      `stack ${name} is UPDATE_ROLLBACK_FAILED: CloudFormation could not roll back an earlier update. ` +
        `Fix the resource named in its events, then run \`aws cloudformation continue-update-rollback --stack-name ${name}\` ` +
        `(add --resources-to-skip for resources that cannot roll back) and re-run this job`
    )
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED' || status === 'CREATE_FAILED')
    throw new Error(
      `stack ${name} is ${status}: its creation failed and it cannot be updated. Read its events, ` +
        `delete it (\`aws cloudformation delete-stack --stack-name ${name}\`; the EFS file system is retained if the template says so) and re-run this job to create it again`
    )
  if (status.endsWith('_IN_PROGRESS'))
    throw new Error(
      `stack ${name} is ${status}: another operation is running on it. Wait until it finishes ` +
        `(or cancel it in the CloudFormation console) and re-run this job`
    )
  throw new Error(
    `stack ${name} is ${status}: it cannot be updated in this state; fix it in the CloudFormation console and re-run`
  )
}

/** The template the stack runs now, to put back on revert. */
export async function currentTemplate(
  deps: Deps,
  clients: Clients,
  stackName: string
): Promise<string | undefined> {
  const out = await withRetry(
    () =>
      clients.cfn.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' })),
    { clock: deps.clock }
  )
  return out.TemplateBody
}

export function amiParams(stack: StackState | undefined): { amiId: string; previousAmiId: string } {
  return {
    amiId: stack?.parameters[PARAMS.amiId] ?? '',
    previousAmiId: stack?.parameters[PARAMS.previousAmiId] ?? ''
  }
}

export function groupOf(stack: StackState): string {
  const name = stack.outputs[OUTPUTS.autoScalingGroup]
  if (!name)
    throw new Error(
      `stack ${stack.name} has no ${OUTPUTS.autoScalingGroup} output: is it built from this repository's template?`
    )
  return name
}
