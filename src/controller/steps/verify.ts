// Phase 4: verify. fetchState gathers the facts (group, instance, ENI, record, DNS change);
// checkState is a pure function naming each thing that is wrong, so every failure is easy
// to test and to read. health-url is probed last, bounded.
import { GetChangeCommand } from '@aws-sdk/client-route-53'
import { DNS_CHANGE_NONE, OUTPUTS, PHASE, ROLES, TAGS } from '../../shared/contract.js'
import { hasCode, TimeoutError, waitFor, withRetry } from '../../shared/retry.js'
import { VerifyError, messageOf } from '../context/errors.js'
import { describeGroup, describeInstances } from '../aws/group.js'
import type { GroupMember, InstanceInfo, EniInfo } from '../context/snapshot.js'
import { observeRecord, stackEnis } from '../aws/network.js'
import type { Ctx } from '../context/context.js'

export type { EniInfo }

export interface VerifyState {
  instanceId: string
  desiredAmi: string
  stackName: string
  member?: GroupMember
  others: GroupMember[]
  instance?: InstanceInfo
  /** The ENIs of this stack in the instance's zone (exactly one expected). */
  enis: EniInfo[]
  recordName: string
  hostedZoneId: string
  /** Values of the A record; undefined when there is no such record. */
  recordValues?: string[]
  changeStatus?: string
}

/** Every problem with the state, one readable line each; empty means verified. */
export function checkState(s: VerifyState): string[] {
  const p = checkMembership(s)
  const i = s.instance
  if (!i) return [...p, `EC2 does not describe ${s.instanceId}`]
  p.push(...checkInstance(s, i))
  const eni = checkEni(s, i, p)
  p.push(...checkRecord(s, i, eni?.privateIp))
  return p
}

function checkMembership(s: VerifyState): string[] {
  const p: string[] = []
  if (!s.member) p.push(`${s.instanceId} is not a member of the Auto Scaling group`)
  else if (s.member.lifecycle !== 'InService')
    p.push(`${s.instanceId} is ${s.member.lifecycle}, not InService`)
  const live = s.others.filter((m) => !/^Terminat/.test(m.lifecycle))
  if (live.length)
    p.push(
      `the group has another live instance: ${live.map((m) => `${m.id} ${m.lifecycle}`).join(', ')}`
    )
  return p
}

function checkInstance(s: VerifyState, i: InstanceInfo): string[] {
  const p: string[] = []
  const id = s.instanceId
  if (i.imageId !== s.desiredAmi)
    p.push(`${id} runs ${i.imageId ?? 'an unknown AMI'}, not the desired ${s.desiredAmi}`)
  if (i.phase !== PHASE.healthy)
    p.push(
      `the boot agent on ${id} reports phase ${i.phase ?? '(none)'}${i.reason ? ` (${i.reason})` : ''}, not ${PHASE.healthy}`
    )
  return p
}

/** The zone's one ENI, when there is exactly one; its problems go to `p`. */
function checkEni(s: VerifyState, i: InstanceInfo, p: string[]): EniInfo | undefined {
  if (s.enis.length === 0) {
    p.push(
      `no network interface tagged ${TAGS.stack}=${s.stackName} ${TAGS.role}=${ROLES.eni} in ${i.zone ?? 'the instance zone'}`
    )
    return undefined
  }
  if (s.enis.length > 1) {
    p.push(
      `${s.enis.length} network interfaces of this stack in ${i.zone}: ${s.enis.map((e) => e.id).join(', ')} (expected one per zone)`
    )
    return undefined
  }
  const eni = s.enis[0]
  if (eni.attachedTo !== s.instanceId)
    p.push(
      `network interface ${eni.id} in ${i.zone} is ${eni.attachedTo ? `attached to ${eni.attachedTo}` : 'not attached'}, not to ${s.instanceId}`
    )
  else if (eni.attachmentStatus && eni.attachmentStatus !== 'attached')
    p.push(
      `network interface ${eni.id} is ${eni.attachmentStatus} on ${s.instanceId}, not attached`
    )
  return eni
}

function checkRecord(s: VerifyState, i: InstanceInfo, eniIp: string | undefined): string[] {
  const p: string[] = []
  const id = s.instanceId
  if (!s.recordName || !s.hostedZoneId)
    p.push(
      `the stack has no ${OUTPUTS.recordName}/${OUTPUTS.hostedZoneId} outputs to check the record against`
    )
  else if (!s.recordValues)
    p.push(`record ${s.recordName} (A) does not exist in zone ${s.hostedZoneId}`)
  else if (eniIp && (s.recordValues.length !== 1 || s.recordValues[0] !== eniIp))
    p.push(
      `record ${s.recordName} points at ${s.recordValues.join(', ') || 'nothing'}, not at ${eniIp} (the interface's IP)`
    )
  // A runner cannot resolve a private zone; the instance can, and reports what it got.
  if (eniIp && i.dnsResolved !== eniIp)
    p.push(
      `the boot agent on ${id} did not see ${s.recordName || 'the record'} resolve to ${eniIp} inside the VPC (${TAGS.dnsResolved}: ${i.dnsResolved ?? 'none'})`
    )
  if (!i.dnsChange)
    p.push(`${id} has no ${TAGS.dnsChange} tag: the agent did not report its DNS change`)
  else if (i.dnsChange !== DNS_CHANGE_NONE && s.changeStatus !== 'INSYNC')
    p.push(`DNS change ${i.dnsChange} is ${s.changeStatus ?? 'unknown'}, not INSYNC`)
  return p
}

export async function fetchState(
  ctx: Ctx,
  groupName: string,
  outputs: Record<string, string>,
  instanceId: string,
  desiredAmi: string
): Promise<VerifyState> {
  const { deps, clients, opts } = ctx
  const group = await describeGroup(deps, clients, groupName)
  const instance = (await describeInstances(deps, clients, [instanceId])).get(instanceId)
  const zone = instance?.zone
  const record = await observeRecord(deps, clients, outputs)
  return {
    instanceId,
    desiredAmi,
    stackName: opts.stackName,
    member: group.members.find((m) => m.id === instanceId),
    others: group.members.filter((m) => m.id !== instanceId),
    instance,
    enis: zone ? await stackEnis(deps, clients, opts.stackName, zone) : [],
    recordName: outputs[OUTPUTS.recordName] ?? '',
    hostedZoneId: outputs[OUTPUTS.hostedZoneId] ?? '',
    recordValues: record?.values,
    changeStatus: await changeStatus(ctx, instance?.dnsChange)
  }
}

/**
 * Route 53's status of the agent's change. DNS_CHANGE_NONE: the record already pointed at
 * this IP, there is no change to wait for (checkState compares the record's value instead).
 */
async function changeStatus(ctx: Ctx, change: string | undefined): Promise<string | undefined> {
  if (!change || change === DNS_CHANGE_NONE) return undefined
  try {
    const out = await withRetry(() => ctx.clients.r53.send(new GetChangeCommand({ Id: change })), {
      clock: ctx.deps.clock
    })
    return out.ChangeInfo?.Status
  } catch (err) {
    if (!hasCode(err, 'NoSuchChange', 'InvalidInput')) throw err
    return `unknown to Route53 (${(err as Error).name})`
  }
}

/** Health URL answers 2xx within the phase time-out; returns a problem or undefined. */
export async function checkHealthUrl(ctx: Ctx, url: string): Promise<string | undefined> {
  const { deps, opts, timeline } = ctx
  let lastProblem = 'no answer yet'
  try {
    await waitFor(
      `${url} to answer 2xx`,
      async () => {
        try {
          const res = await deps.fetch(url, {
            signal: AbortSignal.timeout(10_000),
            redirect: 'follow'
          })
          if (res.status >= 200 && res.status < 300) return true
          lastProblem = `HTTP ${res.status}`
        } catch (err) {
          lastProblem = messageOf(err)
        }
        return undefined
      },
      { timeoutMs: opts.timeoutMs, intervalMs: opts.pollMs, clock: deps.clock }
    )
    timeline.log(`${url} answers 2xx`)
    return undefined
  } catch (err) {
    if (err instanceof TimeoutError)
      return `health-url ${url} did not answer 2xx in ${Math.round(err.waitedMs / 1000)}s (last: ${lastProblem})`
    throw err
  }
}

/**
 * Verifies, allowing a short settle window (ten polls) for eventual consistency, then the
 * health URL. Throws a VerifyError listing every problem. Returns what the agent reported of
 * the certificate OpsCenter serves (its fingerprint), for the summary and the outputs.
 */
export async function verify(
  ctx: Ctx,
  groupName: string,
  outputs: Record<string, string>,
  instanceId: string,
  desiredAmi: string
): Promise<string | undefined> {
  const { deps, opts, timeline } = ctx
  let problems: string[] = []
  let fingerprint: string | undefined
  try {
    await waitFor(
      `${instanceId} to pass verification`,
      async () => {
        const state = await fetchState(ctx, groupName, outputs, instanceId, desiredAmi)
        fingerprint = state.instance?.tlsFingerprint
        problems = checkState(state)
        return problems.length === 0 ? true : undefined
      },
      {
        timeoutMs: Math.min(opts.timeoutMs, opts.pollMs * 10),
        intervalMs: opts.pollMs,
        clock: deps.clock
      }
    )
  } catch (err) {
    if (err instanceof TimeoutError) throw new VerifyError(instanceId, problems)
    throw err
  }
  timeline.log(
    `${instanceId}: InService on ${desiredAmi}, interface attached, record and DNS change in sync, agent healthy`
  )
  if (opts.healthUrl) {
    const problem = await checkHealthUrl(ctx, opts.healthUrl)
    if (problem) throw new VerifyError(instanceId, [problem])
  }
  return fingerprint
}
