// Telling the controller (and a person) where the boot is: a phase tag on this instance
// before each step, and the lifecycle hook completed at the end: CONTINUE, or ABANDON
// (or Unhealthy when already InService) on failure.
import { CreateTagsCommand } from '@aws-sdk/client-ec2'
import {
  CompleteLifecycleActionCommand,
  DescribeAutoScalingInstancesCommand,
  SetInstanceHealthCommand,
  type AutoScalingInstanceDetails
} from '@aws-sdk/client-auto-scaling'
import { HOOKS, METRICS, PHASE, TAGS, type Phase } from '../../shared/contract.js'
import { deniedPermission, POLICY_HOME } from '../../shared/aws.js'
import { hasCode } from '../../shared/retry.js'
import { aws, wait, type Agent } from '../context/agent.js'
import { errorText } from '../os/log.js'
import { putMetric } from './metrics.js'

/** Tag values may hold 256 characters; the reason stays within 255. */
export const MAX_REASON = 255

export function reasonFor(step: string, err: unknown): string {
  // A refusal's full text (principal, encoded message) would push the fix out of 255 characters.
  const denied = deniedPermission(errorText(err))
  const text = denied
    ? `${step}: access denied: ${denied.action} on ${denied.resource ?? '?'}; allow it in ${POLICY_HOME.instance}`
    : `${step}: ${errorText(err)}`
  return capped(text)
}

function capped(text: string): string {
  return text.length <= MAX_REASON ? text : `${text.slice(0, MAX_REASON - 3)}...`
}

/**
 * Writes phase, phase-at and reason (empty unless given, so no stale reason survives;
 * `null` leaves the reason as it is: why a failed instance went keeps showing once it stops).
 * `failed` also writes held-by (the instance that kept an ENI, or '').
 */
export async function tagPhase(
  agent: Agent,
  instanceId: string,
  phase: Phase,
  reason: string | null = '',
  heldBy = ''
): Promise<void> {
  await aws(agent, () =>
    agent.ec2.send(
      new CreateTagsCommand({
        Resources: [instanceId],
        Tags: [
          { Key: TAGS.phase, Value: phase },
          { Key: TAGS.phaseAt, Value: new Date(agent.clock.now()).toISOString() },
          ...(reason === null ? [] : [{ Key: TAGS.reason, Value: capped(reason) }]),
          ...(phase === PHASE.failed ? [{ Key: TAGS.heldBy, Value: heldBy }] : [])
        ]
      })
    )
  )
}

/** Writes opscenter-ha:* tags on this instance (what the controller reads and reports). */
export async function tagInstance(
  agent: Agent,
  instanceId: string,
  tags: Record<string, string>
): Promise<void> {
  await aws(agent, () =>
    agent.ec2.send(
      new CreateTagsCommand({
        Resources: [instanceId],
        Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value }))
      })
    )
  )
}

/** When a serving opscenterd was asked to stop (best effort: only the report's figure needs it). */
export async function stampServiceStop(
  agent: Agent,
  instanceId: string,
  at: number
): Promise<void> {
  try {
    await aws(agent, () =>
      agent.ec2.send(
        new CreateTagsCommand({
          Resources: [instanceId],
          Tags: [{ Key: TAGS.serviceStopAt, Value: new Date(at).toISOString() }]
        })
      )
    )
  } catch (err) {
    agent.log(`stop-service: could not tag ${TAGS.serviceStopAt}: ${errorText(err)}`)
  }
}

/** This instance's Auto Scaling group and lifecycle state, or undefined outside a group. */
export async function groupOf(
  agent: Agent,
  instanceId: string
): Promise<AutoScalingInstanceDetails | undefined> {
  const out = await aws(agent, () =>
    agent.autoScaling.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [instanceId] }))
  )
  return out.AutoScalingInstances?.[0]
}

export type HookOutcome = 'completed' | 'no-pending-action' | 'not-in-group'

/** Completes a lifecycle action; "no active lifecycle action" (a reboot) is an outcome. */
export async function completeHook(
  agent: Agent,
  instanceId: string,
  hook: string,
  result: 'CONTINUE' | 'ABANDON',
  /** The group, when the caller has just looked it up. */
  known?: AutoScalingInstanceDetails
): Promise<HookOutcome> {
  const group = known ?? (await groupOf(agent, instanceId))
  if (!group?.AutoScalingGroupName) return 'not-in-group'
  try {
    await aws(agent, () =>
      agent.autoScaling.send(
        new CompleteLifecycleActionCommand({
          AutoScalingGroupName: group.AutoScalingGroupName,
          LifecycleHookName: hook,
          InstanceId: instanceId,
          LifecycleActionResult: result
        })
      )
    )
    return 'completed'
  } catch (err) {
    if (isNoPendingAction(err)) return 'no-pending-action'
    throw err
  }
}

/**
 * CONTINUE the launch action. "No active lifecycle action" means done only once Auto
 * Scaling says InService (a reboot); while the instance is still Pending the action does
 * not exist yet, and a CONTINUE lost now would let the hook ABANDON a healthy instance later.
 */
export async function continueLaunch(agent: Agent, instanceId: string): Promise<string> {
  return wait(agent, 'the launch lifecycle action to complete', async () => {
    const outcome = await completeHook(agent, instanceId, HOOKS.launch, 'CONTINUE')
    const done = describeOutcome(HOOKS.launch, 'CONTINUE', outcome)
    if (outcome !== 'no-pending-action') return done
    const state = (await groupOf(agent, instanceId))?.LifecycleState
    return state === 'InService' ? done : undefined
  })
}

export function isNoPendingAction(err: unknown): boolean {
  return hasCode(err, 'ValidationError') && /no active lifecycle action/i.test(errorText(err))
}

export function describeOutcome(hook: string, result: string, outcome: HookOutcome): string {
  switch (outcome) {
    case 'completed':
      return `completed ${hook} with ${result}`
    case 'no-pending-action':
      return `no pending ${hook} action to complete (a reboot or a retry): fine`
    case 'not-in-group':
      return `not in an Auto Scaling group: no ${hook} action to complete`
  }
}

/**
 * After a failed step: tag failed with the reason, then let Auto Scaling replace us:
 * ABANDON the launch action, or if we are already InService (a reboot), mark Unhealthy.
 * Each part is tried even if the one before it failed.
 */
export async function reportFailure(
  agent: Agent,
  instanceId: string,
  hook: string,
  reason: string,
  /** The instance that kept a stack ENI, when that is why the claim failed. */
  heldBy = ''
): Promise<void> {
  try {
    await tagPhase(agent, instanceId, 'failed', reason, heldBy)
  } catch (err) {
    agent.log(`report: could not tag phase failed: ${errorText(err)}`)
  }
  // What the boot-failures alarm counts: a person hears of launches that keep failing.
  await putMetric(agent, METRICS.bootFailed).catch((err: unknown) =>
    agent.log(`report: could not count the failed boot: ${errorText(err)}`)
  )
  try {
    const group = await groupOf(agent, instanceId)
    if (group?.LifecycleState === 'InService') {
      await aws(agent, () =>
        agent.autoScaling.send(
          new SetInstanceHealthCommand({
            InstanceId: instanceId,
            HealthStatus: 'Unhealthy',
            ShouldRespectGracePeriod: false
          })
        )
      )
      agent.log(`report: already InService: marked ${instanceId} Unhealthy so it is replaced`)
      return
    }
    const outcome = await completeHook(agent, instanceId, hook, 'ABANDON', group)
    agent.log(`report: ${describeOutcome(hook, 'ABANDON', outcome)}`)
  } catch (err) {
    agent.log(`report: could not abandon ${hook}: ${errorText(err)}`)
  }
}
