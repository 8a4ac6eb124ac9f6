// `boot`: the sequence, in the order it runs. Before each step the phase goes on this
// instance as a tag; each step logs one line with its duration. The first failure tags
// `failed` with the reason, abandons the launch (or marks us Unhealthy) and ends the boot.
// Two stages: `prepare` touches neither the ENI, EFS nor opscenterd, and while another
// instance still serves it ends as a ready successor (prepare.ts); the claim (eni onwards)
// starts once that instance is on its way out.
import { HOOKS, PHASE, TAGS, type Phase } from '../shared/contract.js'
import type { Agent } from './context/agent.js'
import { awaitInsync, checkResolves, upsertRecord, type RecordChange } from './steps/dns.js'
import { mountEfs } from './steps/efs.js'
import { claimEni, confirmSoleClaim, HeldError, type Claim } from './steps/eni.js'
import { readIdentity, type Identity } from './steps/identity.js'
import { errorText, seconds } from './os/log.js'
import { configureNetwork } from './steps/network.js'
import { prepare, standby } from './steps/prepare.js'
import { continueLaunch, reasonFor, reportFailure, tagInstance, tagPhase } from './steps/report.js'
import { clearServing, writeServing } from './steps/serving.js'
import { serviceUrl, startService } from './steps/service.js'
import { prepareState, retainedVersions } from './steps/state.js'
import { TARGET_LIFECYCLE_STATE } from './steps/terminate.js'

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

export async function boot(agent: Agent): Promise<number> {
  const t0 = agent.clock.now()
  const me = await identify(agent)
  if (!me) return 1
  // Until this boot reports healthy, the watchdog has nothing to watch.
  await clearServing(agent)
  const claimed: Claimed = {}
  for (const [phase, run] of bootSteps(agent, me, claimed)) {
    if (!(await runPhase(agent, me, phase, run))) {
      agent.log(`boot: failed in ${since(agent, t0)}`)
      return 1
    }
    if (claimed.leaving) {
      agent.log(`boot: ${claimed.leaving}`)
      return 0
    }
  }
  if (!(await reportHealthy(agent, me, claimed))) return 1
  agent.log(`boot: healthy in ${since(agent, t0)}`)
  return 0
}

const since = (agent: Agent, start: number): string => seconds(agent.clock.now() - start)

/** Identity comes first and cannot be reported: without it there is nothing to tag. */
async function identify(agent: Agent): Promise<Identity | undefined> {
  const t0 = agent.clock.now()
  try {
    const me = await readIdentity(agent.imds)
    if (me.region !== agent.config.region)
      throw new Error(
        `config region ${agent.config.region} but this instance runs in ${me.region}: fix the launch template`
      )
    agent.log(
      `identity: ${me.instanceId} in ${me.zone}, eth0 ${me.mac}, stack ${agent.config.stackName} (${since(agent, t0)})`
    )
    return me
  } catch (err) {
    agent.log(`identity: FAILED after ${since(agent, t0)}: ${errorText(err)}`)
    return undefined
  }
}

/** What earlier steps leave for later ones. */
interface Claimed {
  claim?: Claim
  record?: RecordChange
  /** Set when a ready successor is terminated before it claims: the boot ends there. */
  leaving?: string
  /** The launch hook was completed at ready. */
  ready?: boolean
  /** The versions the stack's AMIs run (restore point retention), asked for in prepare. */
  retained?: Promise<Set<string> | undefined>
  /** The certificate opscenterd serves HTTPS with. */
  fingerprint?: string
}

/**
 * The boot's steps in order; the ENI step fills in the claim the later ones use. The DNS
 * step only sends the UPSERT: INSYNC is waited for in `resolve`, so Route 53 propagates
 * while EFS mounts and opscenterd starts (what agents see is checked before `healthy`).
 */
function bootSteps(agent: Agent, me: Identity, claimed: Claimed): [Phase, () => Promise<string>][] {
  const claim = (): Claim => claimed.claim!
  return [
    [PHASE.identity, async () => `${me.instanceId} in ${me.zone}`],
    [
      PHASE.prepare,
      async () => {
        // Asked now, while the old instance still serves: the state step needs it later.
        claimed.retained = retainedVersions(agent)
        const note = await prepare(agent, me)
        const next = await standby(agent, me)
        if ('leaving' in next) claimed.leaving = next.leaving
        else claimed.ready = next.ready
        return `${note}; ${'leaving' in next ? next.leaving : next.claim}`
      }
    ],
    [
      PHASE.eni,
      async () => {
        const r = await claimEni(agent, me)
        claimed.claim = r.claim
        return r.note + (await confirmSoleClaim(agent, me, r.claim))
      }
    ],
    [PHASE.network, () => configureNetwork(agent, claim())],
    [
      PHASE.dns,
      async () => {
        claimed.record = await upsertRecord(agent, me, claim().ip)
        return `${claimed.record.note}${claimed.record.changeId ? '; INSYNC is checked before healthy' : ''}`
      }
    ],
    [PHASE.efs, () => notTerminating(agent).then(() => mountEfs(agent, me))],
    [PHASE.state, () => prepareState(agent, me, claimed.retained)],
    [
      PHASE.service,
      async () => {
        await notTerminating(agent)
        const started = await startService(agent, claim().ip)
        claimed.fingerprint = started.fingerprint
        await tagInstance(agent, me.instanceId, { [TAGS.tlsFingerprint]: started.fingerprint })
        return started.note
      }
    ],
    [
      PHASE.resolve,
      async () => {
        const insync = await awaitInsync(agent, claimed.record!)
        return `${insync}; ${await checkResolves(agent, me, claim().ip)}`
      }
    ]
  ]
}

/** Tags the phase and runs it; a failure is reported (tag, hook) and ends the boot. */
async function runPhase(
  agent: Agent,
  me: Identity,
  phase: Phase,
  run: () => Promise<string>
): Promise<boolean> {
  const start = agent.clock.now()
  try {
    await tagPhase(agent, me.instanceId, phase)
    const note = await run()
    // identity already logged its line; its tag only says the agent started.
    if (phase !== PHASE.identity) agent.log(`${phase}: ${note} (${since(agent, start)})`)
    return true
  } catch (err) {
    agent.log(`${phase}: FAILED after ${since(agent, start)}: ${errorText(err)}`)
    const heldBy = err instanceof HeldError ? err.holder : ''
    await reportFailure(agent, me.instanceId, HOOKS.launch, reasonFor(phase, err), heldBy)
    return false
  }
}

async function reportHealthy(agent: Agent, me: Identity, claimed: Claimed): Promise<boolean> {
  const claim = claimed.claim!
  try {
    const summary = `${claim.eniId} ${claim.ip} on ${claim.ifname}`
    await tagPhase(agent, me.instanceId, PHASE.healthy, summary)
    if (!claimed.ready) agent.log(`report: ${await continueLaunch(agent, me.instanceId)}`)
    await writeServing(agent, {
      ...claim,
      instanceId: me.instanceId,
      url: await serviceUrl(agent),
      fingerprint: claimed.fingerprint
    })
    return true
  } catch (err) {
    agent.log(`report: FAILED: ${errorText(err)}`)
    await reportFailure(agent, me.instanceId, HOOKS.launch, reasonFor('report', err))
    return false
  }
}
