// `boot`: the sequence, in the order it runs. Before each step the phase goes on this
// instance as a tag; each step logs one line with its duration. The first failure tags
// `failed` with the reason, abandons the launch (or marks us Unhealthy) and ends the boot.
import { HOOKS, PHASE, type Phase } from '../shared/contract.js'
import { wait, type Agent } from './agent.js'
import { checkResolves, updateRecord } from './dns.js'
import { mountEfs } from './efs.js'
import { claimEni, type Claim } from './eni.js'
import { readIdentity, type Identity } from './identity.js'
import { errorText, seconds } from './log.js'
import { configureNetwork } from './network.js'
import {
  completeHook,
  describeOutcome,
  groupOf,
  reasonFor,
  reportFailure,
  tagPhase
} from './report.js'
import { startService } from './service.js'
import { TARGET_LIFECYCLE_STATE } from './terminate.js'

/**
 * An abandoned or timed-out launch is terminated while this boot may still run (the
 * watcher runs beside it): never mount EFS or start opscenterd on an instance on its way out.
 */
async function notTerminating(agent: Agent): Promise<void> {
  const state = await agent.imds.get(TARGET_LIFECYCLE_STATE)
  if (state === 'Terminated')
    throw new Error(
      'Auto Scaling is terminating this instance (target lifecycle state Terminated): stopping the boot here'
    )
}

/**
 * CONTINUE the launch action. "No active lifecycle action" means done only once Auto
 * Scaling says InService (a reboot); while the instance is still Pending the action does
 * not exist yet, and a CONTINUE lost now would let the hook ABANDON a healthy instance later.
 */
async function continueLaunch(agent: Agent, instanceId: string): Promise<string> {
  return wait(agent, 'the launch lifecycle action to complete', async () => {
    const outcome = await completeHook(agent, instanceId, HOOKS.launch, 'CONTINUE')
    const done = describeOutcome(HOOKS.launch, 'CONTINUE', outcome)
    if (outcome !== 'no-pending-action') return done
    const state = (await groupOf(agent, instanceId))?.LifecycleState
    return state === 'InService' ? done : undefined
  })
}

export async function boot(agent: Agent): Promise<number> {
  const t0 = agent.clock.now()
  const elapsed = (since: number) => seconds(agent.clock.now() - since)

  // Identity comes first and cannot be reported: without it there is nothing to tag.
  let me: Identity
  try {
    me = await readIdentity(agent.imds)
    if (me.region !== agent.config.region) {
      throw new Error(
        `config region ${agent.config.region} but this instance runs in ${me.region}: fix the launch template`
      )
    }
  } catch (err) {
    agent.log(`identity: FAILED after ${elapsed(t0)}: ${errorText(err)}`)
    return 1
  }
  agent.log(
    `identity: ${me.instanceId} in ${me.zone}, eth0 ${me.mac}, stack ${agent.config.stackName} (${elapsed(t0)})`
  )

  let claim: Claim | undefined
  const steps: [Phase, () => Promise<string>][] = [
    [PHASE.identity, async () => `${me.instanceId} in ${me.zone}`],
    [
      PHASE.eni,
      async () => {
        const r = await claimEni(agent, me)
        claim = r.claim
        return r.note
      }
    ],
    [PHASE.network, () => configureNetwork(agent, claim!)],
    [PHASE.dns, () => updateRecord(agent, me, claim!.ip)],
    [PHASE.efs, () => notTerminating(agent).then(() => mountEfs(agent, me))],
    [PHASE.service, () => notTerminating(agent).then(() => startService(agent, claim!.ip))],
    [PHASE.resolve, () => checkResolves(agent, me, claim!.ip)]
  ]

  for (const [phase, run] of steps) {
    const start = agent.clock.now()
    try {
      await tagPhase(agent, me.instanceId, phase)
      const note = await run()
      // identity already logged its line above; its tag only says the agent started.
      if (phase !== PHASE.identity) agent.log(`${phase}: ${note} (${elapsed(start)})`)
    } catch (err) {
      const reason = reasonFor(phase, err)
      agent.log(`${phase}: FAILED after ${elapsed(start)}: ${errorText(err)}`)
      await reportFailure(agent, me.instanceId, HOOKS.launch, reason)
      agent.log(`boot: failed in ${elapsed(t0)}`)
      return 1
    }
  }

  try {
    const summary = `${claim!.eniId} ${claim!.ip} on ${claim!.ifname}`
    await tagPhase(agent, me.instanceId, PHASE.healthy, summary)
    agent.log(`report: ${await continueLaunch(agent, me.instanceId)}`)
  } catch (err) {
    const reason = reasonFor('report', err)
    agent.log(`report: FAILED: ${errorText(err)}`)
    await reportFailure(agent, me.instanceId, HOOKS.launch, reason)
    return 1
  }
  agent.log(`boot: healthy in ${elapsed(t0)}`)
  return 0
}
