// The first stage of a boot: everything that touches neither the ENI, EFS nor opscenterd.
// `prepare` checks that this image and this zone can serve; `standby` then waits while
// another instance that still runs holds one of the stack's ENIs (the one it serves on):
// this instance tags `ready` and completes its launch hook, so Auto Scaling counts it
// InService, and the claim starts only when that holder is on its way out. With no live
// holder (a first boot, a cold replacement) the claim follows at once.
import { access } from 'node:fs/promises'
import { AMI_DEFAULTS_DIR, DEFAULTS, PHASE } from '../../shared/contract.js'
import { Deadline, BOOT_BUDGET_WAITS, path, timeoutMs, wait, type Agent } from '../context/agent.js'
import { liveHolders, findZoneEni, olderClaimants, type Holder } from './eni.js'
import type { Identity } from './identity.js'
import { seconds } from '../os/log.js'
import { continueLaunch, tagPhase } from './report.js'
import { must } from '../os/runner.js'
import { OPSCENTERD_CONF, SERVICE } from './service.js'
import { TARGET_LIFECYCLE_STATE } from './terminate.js'

/** The image and the zone: the zone's ENI (and so the IP we will serve on), opscenterd's unit and config. */
export async function prepare(agent: Agent, me: Identity): Promise<string> {
  const eni = await findZoneEni(agent, me.zone)
  // The package's unit and the image's own opscenterd.conf (EFS's copy comes from it): an
  // image whose OpsCenter install broke fails here, before anything moves.
  await must(agent.runner, 'systemctl', ['cat', `${SERVICE}.service`])
  const conf = path(agent, `${AMI_DEFAULTS_DIR}${OPSCENTERD_CONF}`)
  await access(conf).catch(() => {
    throw new Error(
      `the image has no ${AMI_DEFAULTS_DIR}${OPSCENTERD_CONF}: its OpsCenter package did not install; bake the AMI again`
    )
  })
  return `${eni.NetworkInterfaceId} (${eni.PrivateIpAddress}) waits in ${me.zone}; ${SERVICE} and its configuration are installed`
}

/** `ready`: the launch hook was completed at ready, so healthy need not complete it. */
export type Standby = { claim: string; ready?: boolean } | { leaving: string }

/**
 * While a live instance holds a stack ENI: tag `ready`, CONTINUE the launch hook, and wait
 * (at most standbyHours) until it is terminating or gone. `leaving` when Auto Scaling
 * terminates this instance meanwhile (the handover was called off): nothing to report.
 */
export async function standby(agent: Agent, me: Identity): Promise<Standby> {
  const first = await blockers(agent, me)
  if (first.length === 0) return { claim: 'no live instance holds a stack ENI: claiming now' }
  const t0 = agent.clock.now()
  await tagPhase(agent, me.instanceId, PHASE.ready, `waiting for: ${describe(first)}`)
  agent.log(`standby: ${describe(first)} goes first: ready, completing the launch hook`)
  agent.log(`standby: ${await continueLaunch(agent, me.instanceId)}`)
  const hours = agent.config.standbyHours ?? DEFAULTS.standbyHours
  // The standby is bounded by standbyHours alone, not by the boot's budget.
  agent.deadline = new Deadline(agent.clock, hours * 3600_000)
  const end = await wait(
    agent,
    `${describe(first)} to go (this instance is a ready successor)`,
    async (): Promise<Standby | undefined> => {
      if ((await agent.imds.get(TARGET_LIFECYCLE_STATE)) === 'Terminated')
        return { leaving: 'Auto Scaling terminates this ready successor: it never claimed' }
      return (await blockers(agent, me)).length ? undefined : { claim: '' }
    },
    hours * 3600_000
  )
  // The claim gets the whole boot budget of its own, counted from now.
  agent.deadline = new Deadline(agent.clock, BOOT_BUDGET_WAITS * timeoutMs(agent))
  if ('leaving' in end) return end
  return {
    ready: true,
    claim: `${describe(first)} is on its way out after ${seconds(agent.clock.now() - t0)} as a ready successor: claiming`
  }
}

/** Who must go first: instances that serve (hold an ENI), then older successors. */
async function blockers(agent: Agent, me: Identity): Promise<Holder[]> {
  const holders = await liveHolders(agent, me)
  return holders.length ? holders : olderClaimants(agent, me)
}

const describe = (holders: Holder[]): string =>
  holders.map((h) => `${h.instanceId} (${h.eniId}, ${h.state})`).join(', ')
