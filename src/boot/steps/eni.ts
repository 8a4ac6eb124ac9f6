// Step 2, the heart of single-brain safety: claim this zone's fixed ENI. Take it only if
// it is free, already ours, or held by an instance that is going away; never from a live
// peer.
import { readdir, readFile } from 'node:fs/promises'
import {
  AttachNetworkInterfaceCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DetachNetworkInterfaceCommand,
  type NetworkInterface
} from '@aws-sdk/client-ec2'
import { DescribeAutoScalingInstancesCommand } from '@aws-sdk/client-auto-scaling'
import { CLAIM_PHASES, DEFAULTS, PHASE, ROLES, TAGS } from '../../shared/contract.js'
import { hasCode, isThrottle, TimeoutError, withRetry } from '../../shared/retry.js'
import { aws, path, STOP_BUDGET_WAITS, timeoutMs, wait, type Agent } from '../context/agent.js'
import type { Identity } from './identity.js'

export interface Claim {
  eniId: string
  ip: string
  mac: string
  /** The kernel's name for the ENI's link, e.g. ens6. */
  ifname: string
  deviceIndex: number
}

/**
 * The claim failed because another instance, still running, kept a stack ENI: the failure
 * is the holder's (a hung agent or EFS), not this image's. Reported as the held-by tag.
 */
export class HeldError extends Error {
  constructor(
    readonly holder: string,
    message: string
  ) {
    super(message)
    this.name = 'HeldError'
  }
}

/** EC2 states in which the instance's OS no longer runs: it cannot write to EFS any more. */
const HALTED_STATES = new Set(['stopped', 'terminated'])
/** On its way down: its OS may still be stopping opscenterd (ExecStop), so it still counts. */
const GOING_DOWN_STATES = new Set(['shutting-down', 'stopping'])
/** Attach errors that mean "still held or still detaching": worth retrying. */
const ATTACH_BUSY = ['InvalidNetworkInterface.InUse', 'IncorrectState']

export async function claimEni(
  agent: Agent,
  me: Identity
): Promise<{ claim: Claim; note: string }> {
  const predecessors = await awaitOtherZones(agent, me)
  let eni = await findZoneEni(agent, me.zone)
  const id = eni.NetworkInterfaceId!
  let note: string
  const holder = holderOf(eni)
  if (isOurs(eni, me)) {
    note = `${id} already attached to this instance (reboot)`
  } else {
    if (holder) {
      await releaseFromHolder(agent, me, eni, holder)
      note =
        holder === me.instanceId
          ? `${id} re-attached once its detach from this instance finished`
          : `${id} taken over from ${holder}`
    } else {
      note = `${id} was free`
    }
    eni = await attach(agent, me, id)
  }
  const { eni: attached, ifname } = await waitAttached(agent, me, eni)
  const claim: Claim = {
    eniId: id,
    ip: required(attached.PrivateIpAddress, `${id} has no private IP`),
    mac: required(attached.MacAddress, `${id} has no MAC address`).toLowerCase(),
    ifname,
    deviceIndex: attached.Attachment?.DeviceIndex ?? DEFAULTS.eniDeviceIndex
  }
  return { claim, note: `${predecessors}${note}; ${claim.ip} on ${ifname}` }
}

/**
 * How long a dying holder gets to let go: its agent's whole termination budget (stopping
 * OpsCenter, unmounting, detaching), so a slow but healthy stop is waited out, not raced.
 */
export function releaseWaitMs(agent: Agent): number {
  return STOP_BUDGET_WAITS * timeoutMs(agent)
}

/** This stack's ENIs, in one zone or in all. */
async function stackEnis(agent: Agent, zone?: string): Promise<NetworkInterface[]> {
  const filters = [
    { Name: `tag:${TAGS.stack}`, Values: [agent.config.stackName] },
    { Name: `tag:${TAGS.role}`, Values: [ROLES.eni] }
  ]
  if (zone) filters.push({ Name: 'availability-zone', Values: [zone] })
  const out = await aws(agent, () =>
    agent.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: filters }))
  )
  return out.NetworkInterfaces ?? []
}

/**
 * Single brain across zones. Our zone's ENI keeps apart only the instances of our zone: a
 * predecessor in another zone holds that zone's ENI until its agent has stopped OpsCenter
 * and unmounted EFS. So before anything is taken, every other holder of a stack ENI must
 * let go: a live one is refused, a dying one is waited for (and, once it no longer runs,
 * left to EC2, which reclaims its ENI).
 */
async function awaitOtherZones(agent: Agent, me: Identity): Promise<string> {
  const notes: string[] = []
  for (const eni of await stackEnis(agent)) {
    const holder = holderOf(eni)
    if (eni.AvailabilityZone === me.zone || !holder || holder === me.instanceId) continue
    const id = eni.NetworkInterfaceId!
    const where = `${id} in ${eni.AvailabilityZone}`
    // A detaching attachment is letting go; whether its instance can still write to EFS is
    // what EC2 says of it: one that no longer runs is not waited for (found by chaos seed 38:
    // an attachment stuck detaching on a terminated instance cost its full wait).
    const seen = await inspectHolder(agent, holder)
    const { dying, running, state } =
      eni.Attachment?.Status === 'detaching'
        ? { dying: true, running: seen.running, state: `attachment detaching, ${seen.state}` }
        : seen
    if (!dying) {
      throw new Error(
        `${holder} (${state}) holds ${where}: refusing to start a second OpsCenter beside a live one (two brains); terminate ${holder} first`
      )
    }
    if (!running) {
      notes.push(`${holder} no longer runs (${state}); EC2 reclaims ${where}`)
      continue
    }
    const waitMs = releaseWaitMs(agent)
    agent.log(
      `eni: predecessor ${holder} (${state}) still holds ${where}: waiting up to ${waitMs / 1000}s for it to stop OpsCenter and let go`
    )
    try {
      const end = await wait(
        agent,
        `${holder} to release ${where}`,
        () => releasedOrHalted(agent, me, id, holder),
        waitMs
      )
      notes.push(
        end.halted
          ? `${holder} no longer runs (${end.halted}); EC2 reclaims ${where}`
          : `${holder} released ${where}`
      )
      continue
    } catch (err) {
      if (!(err instanceof TimeoutError)) throw err
    }
    const now = await inspectHolder(agent, holder)
    if (now.running) {
      throw new HeldError(
        holder,
        `${holder} (${now.state}) did not release ${where} in ${waitMs / 1000}s and still runs: not starting a second OpsCenter beside it (two brains); its terminate hook's time-out ends it, then a new instance takes over`
      )
    }
    notes.push(`${holder} no longer runs (${now.state}); EC2 reclaims ${where}`)
  }
  return notes.length ? `${notes.join('; ')}; ` : ''
}

/** An instance other than this one that holds a stack ENI and is not going away. */
export interface Holder {
  instanceId: string
  eniId: string
  state: string
  /** When its attachment was made (ms): the older claim wins a race. */
  since: number
}

/**
 * Every other instance that holds one of the stack's ENIs and is not on its way out (a
 * detaching attachment is letting go): while one exists, this instance may not claim.
 */
export async function liveHolders(agent: Agent, me: Identity): Promise<Holder[]> {
  const live: Holder[] = []
  for (const eni of await stackEnis(agent)) {
    const holder = holderOf(eni)
    if (!holder || holder === me.instanceId || eni.Attachment?.Status === 'detaching') continue
    const seen = await inspectHolder(agent, holder)
    if (seen.dying) continue
    live.push({
      instanceId: holder,
      eniId: eni.NetworkInterfaceId!,
      state: seen.state,
      since: eni.Attachment?.AttachTime?.getTime() ?? 0
    })
  }
  return live
}

/** The phases of an instance on its way to claiming (not serving, not failed). */
const CLAIMING_PHASES = new Set<string>([
  PHASE.identity,
  PHASE.prepare,
  PHASE.ready,
  ...CLAIM_PHASES
])

/**
 * Other instances of this stack, launched before this one, that are on their way to
 * claiming and not going away: the oldest claims first, so two successors never attach
 * ENIs in two zones at once (a killed run's window can leave two).
 */
export async function olderClaimants(agent: Agent, me: Identity): Promise<Holder[]> {
  const out = await aws(agent, () =>
    agent.ec2.send(
      new DescribeInstancesCommand({
        Filters: [
          { Name: `tag:${TAGS.stack}`, Values: [agent.config.stackName] },
          { Name: 'instance-state-name', Values: ['pending', 'running'] }
        ]
      })
    )
  )
  const all = (out.Reservations ?? []).flatMap((r) => r.Instances ?? [])
  const launched = (i: (typeof all)[number]) => i.LaunchTime?.getTime() ?? 0
  const mine = all.find((i) => i.InstanceId === me.instanceId)
  if (!mine) return []
  const older: Holder[] = []
  for (const i of all) {
    const phase = i.Tags?.find((t) => t.Key === TAGS.phase)?.Value ?? PHASE.identity
    const first =
      launched(i) < launched(mine) ||
      (launched(i) === launched(mine) && i.InstanceId! < me.instanceId)
    if (i.InstanceId === me.instanceId || !first || !CLAIMING_PHASES.has(phase)) continue
    const seen = await inspectHolder(agent, i.InstanceId!)
    if (!seen.dying)
      older.push({
        instanceId: i.InstanceId!,
        eniId: `phase ${phase}`,
        state: seen.state,
        since: launched(i)
      })
  }
  return older
}

/**
 * Two ready successors may both find the ENIs free and claim in different zones at once.
 * After the attach each looks again: the older attachment (then the lower instance id)
 * keeps its claim; the younger lets its ENI go and fails, before either touches EFS.
 */
export async function confirmSoleClaim(agent: Agent, me: Identity, claim: Claim): Promise<string> {
  const mine = await describeEni(agent, claim.eniId)
  const since = mine.Attachment?.AttachTime?.getTime() ?? 0
  const rivals = await liveHolders(agent, me)
  const older = rivals.find(
    (r) => r.since < since || (r.since === since && r.instanceId < me.instanceId)
  )
  if (!older)
    return rivals.length ? `; won the claim over ${rivals.map((r) => r.instanceId).join(', ')}` : ''
  agent.log(`eni: ${older.instanceId} claimed ${older.eniId} first: letting ${claim.eniId} go`)
  await aws(agent, () =>
    agent.ec2.send(
      new DetachNetworkInterfaceCommand({ AttachmentId: mine.Attachment?.AttachmentId })
    )
  )
  throw new Error(
    `${older.instanceId} claimed ${older.eniId} before this instance claimed ${claim.eniId} (two successors at once): ${claim.eniId} let go, leaving ${older.instanceId} the one OpsCenter`
  )
}

/** Exactly one ENI carries this stack's tags in this zone. */
export async function findZoneEni(agent: Agent, zone: string): Promise<NetworkInterface> {
  const stack = agent.config.stackName
  const enis = await stackEnis(agent, zone)
  const what = `ENI tagged ${TAGS.stack}=${stack} and ${TAGS.role}=${ROLES.eni} in ${zone}`
  if (enis.length === 0) {
    throw new Error(`no ${what}: the stack must create one per zone of the group`)
  }
  if (enis.length > 1) {
    const ids = enis.map((e) => e.NetworkInterfaceId).join(', ')
    throw new Error(
      `${enis.length} of ${what} (${ids}): exactly one is allowed; untag or delete the extra`
    )
  }
  return enis[0]
}

/** The instance an ENI is attached (or attaching, or still detaching) to. */
function holderOf(eni: NetworkInterface): string | undefined {
  const att = eni.Attachment
  if (!att?.InstanceId || att.Status === 'detached') return undefined
  return att.InstanceId
}

async function describeEni(agent: Agent, id: string): Promise<NetworkInterface> {
  const out = await aws(agent, () =>
    agent.ec2.send(new DescribeNetworkInterfacesCommand({ NetworkInterfaceIds: [id] }))
  )
  const eni = out.NetworkInterfaces?.[0]
  if (!eni) throw new Error(`${id} no longer exists`)
  return eni
}

/** Attached or attaching to us (not on its way out). */
function isOurs(eni: NetworkInterface, me: Identity): boolean {
  const att = eni.Attachment
  return (
    att?.InstanceId === me.instanceId && (att.Status === 'attached' || att.Status === 'attaching')
  )
}

/**
 * Whether the instance holding the ENI is going away (`dying`), whether it still runs
 * (`running`: its OS may still run, pending, running, stopping or shutting-down, so it may still write to EFS), and a few words
 * on its state.
 */
export async function inspectHolder(
  agent: Agent,
  holder: string
): Promise<{ dying: boolean; running: boolean; state: string }> {
  let ec2State: string | undefined
  try {
    const out = await aws(agent, () =>
      agent.ec2.send(new DescribeInstancesCommand({ InstanceIds: [holder] }))
    )
    ec2State = out.Reservations?.[0]?.Instances?.[0]?.State?.Name
  } catch (err) {
    if (!hasCode(err, 'InvalidInstanceID.NotFound')) throw err
  }
  if (!ec2State) return { dying: true, running: false, state: 'gone' }
  if (HALTED_STATES.has(ec2State)) return { dying: true, running: false, state: ec2State }
  if (GOING_DOWN_STATES.has(ec2State)) return { dying: true, running: true, state: ec2State }
  const out = await aws(agent, () =>
    agent.autoScaling.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [holder] }))
  )
  const lifecycle = out.AutoScalingInstances?.[0]?.LifecycleState
  const state = `${ec2State}, lifecycle ${lifecycle ?? 'none (not in an Auto Scaling group)'}`
  // Terminating* and Terminated: its own agent is (or should be) letting go.
  const dying = lifecycle !== undefined && lifecycle.startsWith('Terminat')
  return { dying, running: true, state }
}

/**
 * The ENI is held by another instance (or by us, still detaching after a `stop`). A live
 * holder (running or pending, InService or Pending*, anything not terminating) keeps it:
 * taking it would make two brains, unless its attachment is already detaching. A holder
 * whose OS may still run (Terminating:Wait, shutting-down, stopping) gets its agent's whole
 * stop budget to let go, and is never detached by us: it may still write to EFS; the boot
 * fails instead and its terminate hook's time-out ends it. A holder that no longer runs
 * (stopped, terminated, gone) cannot let go by itself and cannot write to EFS: we detach it
 * at once, normally and at last by force, rather than wait for EC2 to reclaim it.
 */
async function releaseFromHolder(
  agent: Agent,
  me: Identity,
  eni: NetworkInterface,
  holder: string
): Promise<void> {
  const id = eni.NetworkInterfaceId!
  const detaching = eni.Attachment?.Status === 'detaching'
  const self = holder === me.instanceId
  const { dying, running, state } = self
    ? { dying: true, running: false, state: 'this instance, attachment detaching' }
    : await inspectHolder(agent, holder)
  if (!dying && !detaching) {
    throw new Error(
      `${id} is held by ${holder} (${state}): refusing to take it from a live instance (two brains); terminate ${holder} first`
    )
  }
  const waitMs = running ? releaseWaitMs(agent) : timeoutMs(agent) / 2
  const why = `${holder} (${state}${detaching ? ', detaching' : ''})`
  if (running || self) {
    if (await letGo(agent, me, id, holder, { self, running, why, waitMs })) return
  } else {
    // Stopped, terminated or gone: its OS no longer runs, so it cannot write to EFS. EC2
    // reclaims the ENI in its own time (tens of seconds); taking it now is as safe.
    agent.log(`eni: ${id} is held by ${why}, which no longer runs: detaching it now`)
  }
  await mayDetach(agent, id, holder, self, waitMs)
  await detachFrom(agent, me, eni, holder, detaching)
}

/**
 * Waits (bounded) for a holder that may still run to let go: true when the ENI came free.
 * False when it stopped running meanwhile (then nobody need wait for EC2) or the wait ran
 * out: the caller decides whether it may detach.
 */
async function letGo(
  agent: Agent,
  me: Identity,
  id: string,
  holder: string,
  o: { self: boolean; running: boolean; why: string; waitMs: number }
): Promise<boolean> {
  agent.log(
    `eni: ${id} is held by ${o.why}: waiting up to ${o.waitMs / 1000}s for ${o.running ? 'its agent to release it' : 'EC2 to release it'}`
  )
  // Our own detach: only EC2 can finish it. A peer: it lets go, or stops running.
  const probe = async (): Promise<{ halted?: string } | undefined> =>
    o.self
      ? ((await waitReleased(agent, me, id, holder)) && {}) || undefined
      : releasedOrHalted(agent, me, id, holder)
  try {
    const end = await wait(agent, `${holder} to release ${id}`, probe, o.waitMs)
    if (!end.halted) return true
    agent.log(`eni: ${holder} no longer runs (${end.halted}): detaching ${id} now`)
  } catch (err) {
    if (!(err instanceof TimeoutError)) throw err
  }
  return false
}

/** Detach, then by force: each waited for half of timeoutSeconds. */
async function detachFrom(
  agent: Agent,
  me: Identity,
  eni: NetworkInterface,
  holder: string,
  detaching: boolean
): Promise<void> {
  const id = eni.NetworkInterfaceId!
  const half = timeoutMs(agent) / 2
  const released = () => waitReleased(agent, me, id, holder)
  // A detach already under way that did not finish: only force helps.
  for (const force of detaching ? [true] : [false, true]) {
    agent.log(`eni: detaching ${id} from ${holder}${force ? ' by force (last resort)' : ''}`)
    try {
      await aws(agent, () =>
        agent.ec2.send(
          new DetachNetworkInterfaceCommand({
            AttachmentId: eni.Attachment?.AttachmentId,
            Force: force || undefined
          })
        )
      )
    } catch (err) {
      // Gone already: it let go between our look and our detach.
      if (!hasCode(err, 'InvalidAttachmentID.NotFound')) throw err
    }
    try {
      await wait(agent, `${id} to detach from ${holder}`, released, half)
      return
    } catch (err) {
      if (!(err instanceof TimeoutError) || force) throw err
    }
  }
}

/**
 * After the wait for the holder ran out: detaching is allowed only from an instance that no
 * longer runs. Never from this very instance, not even by force: "you might not be able to
 * attach a different network interface to the same index ... without first stopping and
 * starting" (https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DetachNetworkInterface.html).
 */
async function mayDetach(
  agent: Agent,
  id: string,
  holder: string,
  self: boolean,
  waitMs: number
): Promise<void> {
  if (self)
    throw new Error(
      `${id} is still detaching from this instance after ${waitMs / 1000}s: not forcing it off this instance (a forced detach can leave its device index unusable until a stop and start); failing so Auto Scaling replaces it`
    )
  const now = await inspectHolder(agent, holder)
  if (now.running)
    throw new HeldError(
      holder,
      `${holder} (${now.state}) did not release ${id} in ${waitMs / 1000}s and still runs: not detaching it while it may write to EFS (two brains); its terminate hook's time-out ends it, then a new instance takes over`
    )
}

/**
 * Probe while a running holder lets go: the ENI is free (`{}`), or the holder stopped
 * running meanwhile (`{ halted }`: it can no longer write to EFS, so nobody need wait for
 * EC2 to reclaim the ENI), or neither yet (undefined).
 */
async function releasedOrHalted(
  agent: Agent,
  me: Identity,
  id: string,
  holder: string
): Promise<{ halted?: string } | undefined> {
  if (await waitReleased(agent, me, id, holder)) return {}
  const now = await inspectHolder(agent, holder)
  return now.running ? undefined : { halted: now.state }
}

/** Probe: the ENI is free (or ours). Someone else grabbing it meanwhile is an error. */
async function waitReleased(
  agent: Agent,
  me: Identity,
  id: string,
  holder: string
): Promise<NetworkInterface | undefined> {
  const eni = await describeEni(agent, id)
  const now = holderOf(eni)
  if (!now || isOurs(eni, me)) return eni
  if (now !== holder) throw new Error(`${id} was attached to ${now} while we waited for ${holder}`)
  return undefined
}

/** AttachNetworkInterface at DEFAULTS.eniDeviceIndex, retrying while it is still busy. */
async function attach(agent: Agent, me: Identity, id: string): Promise<NetworkInterface> {
  await withRetry(
    async () => {
      try {
        await agent.ec2.send(
          new AttachNetworkInterfaceCommand({
            NetworkInterfaceId: id,
            InstanceId: me.instanceId,
            DeviceIndex: DEFAULTS.eniDeviceIndex
          })
        )
      } catch (err) {
        // An earlier attempt may have gone through although its answer was lost.
        if (hasCode(err, ...ATTACH_BUSY) && isOurs(await describeEni(agent, id), me)) {
          return
        }
        if (hasCode(err, ...ATTACH_BUSY))
          agent.log(`eni: ${id} still busy (${errorCode(err)}): retrying`)
        throw err
      }
    },
    {
      clock: agent.clock,
      attempts: 8,
      baseMs: 1000,
      maxMs: 15_000,
      retryable: (err) => isThrottle(err) || hasCode(err, ...ATTACH_BUSY)
    }
  )
  return describeEni(agent, id)
}

function errorCode(err: unknown): string {
  return (err as { name?: string }).name ?? 'error'
}

/** The API says attached to us, and the kernel has a link with the ENI's MAC. */
async function waitAttached(
  agent: Agent,
  me: Identity,
  eni: NetworkInterface
): Promise<{ eni: NetworkInterface; ifname: string }> {
  const id = eni.NetworkInterfaceId!
  const mac = required(eni.MacAddress, `${id} has no MAC address`).toLowerCase()
  return wait(
    agent,
    `${id} attached to ${me.instanceId} with a kernel link for ${mac}`,
    async () => {
      const now = await describeEni(agent, id)
      const att = now.Attachment
      if (att?.InstanceId && att.InstanceId !== me.instanceId && att.Status !== 'detached') {
        throw new Error(`${id} was attached to ${att.InstanceId} instead of this instance`)
      }
      if (att?.InstanceId !== me.instanceId || att.Status !== 'attached') return undefined
      const ifname = await linkWithMac(agent, mac)
      return ifname ? { eni: now, ifname } : undefined
    }
  )
}

/** The kernel link whose <root>/sys/class/net/<name>/address is `mac`. */
export async function linkWithMac(agent: Agent, mac: string): Promise<string | undefined> {
  const dir = path(agent, '/sys/class/net')
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return undefined
  }
  for (const name of names.sort()) {
    try {
      const address = (await readFile(`${dir}/${name}/address`, 'utf8')).trim().toLowerCase()
      if (address === mac) return name
    } catch {
      // not a link with an address (e.g. bonding_masters)
    }
  }
  return undefined
}

function required(value: string | undefined, message: string): string {
  if (!value) throw new Error(message)
  return value
}
