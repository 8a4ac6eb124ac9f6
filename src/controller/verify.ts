// Phase 4: verify. fetchState gathers the facts (group, instance, ENI, record, DNS change);
// checkState is a pure function naming each thing that is wrong, so every failure is easy
// to test and to read. health-url is probed last, bounded.
import { DescribeNetworkInterfacesCommand } from '@aws-sdk/client-ec2'
import { GetChangeCommand, ListResourceRecordSetsCommand } from '@aws-sdk/client-route-53'
import { DNS_CHANGE_NONE, OUTPUTS, PHASE, ROLES, TAGS } from '../shared/contract.js'
import { hasCode, TimeoutError, waitFor, withRetry } from '../shared/retry.js'
import { VerifyError, messageOf } from './errors.js'
import { describeGroup, describeInstances, type GroupMember, type InstanceInfo } from './group.js'
import type { Ctx } from './replace.js'

export interface EniInfo {
  id: string
  attachedTo?: string
  attachmentStatus?: string
  privateIp?: string
}

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

const norm = (name: string): string => name.replace(/\.$/, '').toLowerCase()

/** Every problem with the state, one readable line each; empty means verified. */
export function checkState(s: VerifyState): string[] {
  const p: string[] = []
  const id = s.instanceId
  if (!s.member) p.push(`${id} is not a member of the Auto Scaling group`)
  else if (s.member.lifecycle !== 'InService')
    p.push(`${id} is ${s.member.lifecycle}, not InService`)
  const live = s.others.filter((m) => !/^Terminat/.test(m.lifecycle))
  if (live.length)
    p.push(
      `the group has another live instance: ${live.map((m) => `${m.id} ${m.lifecycle}`).join(', ')}`
    )
  const i = s.instance
  if (!i) {
    p.push(`EC2 does not describe ${id}`)
    return p
  }
  if (i.imageId !== s.desiredAmi)
    p.push(`${id} runs ${i.imageId ?? 'an unknown AMI'}, not the desired ${s.desiredAmi}`)
  if (i.phase !== PHASE.healthy)
    p.push(
      `the boot agent on ${id} reports phase ${i.phase ?? '(none)'}${i.reason ? ` (${i.reason})` : ''}, not ${PHASE.healthy}`
    )
  let eniIp: string | undefined
  if (s.enis.length === 0)
    p.push(
      `no network interface tagged ${TAGS.stack}=${s.stackName} ${TAGS.role}=${ROLES.eni} in ${i.zone ?? 'the instance zone'}`
    )
  else if (s.enis.length > 1)
    p.push(
      `${s.enis.length} network interfaces of this stack in ${i.zone}: ${s.enis.map((e) => e.id).join(', ')} (expected one per zone)`
    )
  else {
    const eni = s.enis[0]
    eniIp = eni.privateIp
    if (eni.attachedTo !== id)
      p.push(
        `network interface ${eni.id} in ${i.zone} is ${eni.attachedTo ? `attached to ${eni.attachedTo}` : 'not attached'}, not to ${id}`
      )
    else if (eni.attachmentStatus && eni.attachmentStatus !== 'attached')
      p.push(`network interface ${eni.id} is ${eni.attachmentStatus} on ${id}, not attached`)
  }
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
  const retry = { clock: deps.clock }
  const group = await describeGroup(deps, clients, groupName)
  const instance = (await describeInstances(deps, clients, [instanceId])).get(instanceId)
  const state: VerifyState = {
    instanceId,
    desiredAmi,
    stackName: opts.stackName,
    member: group.members.find((m) => m.id === instanceId),
    others: group.members.filter((m) => m.id !== instanceId),
    instance,
    enis: [],
    recordName: outputs[OUTPUTS.recordName] ?? '',
    hostedZoneId: outputs[OUTPUTS.hostedZoneId] ?? ''
  }
  const zone = instance?.zone
  if (zone) {
    const out = await withRetry(
      () =>
        clients.ec2.send(
          new DescribeNetworkInterfacesCommand({
            Filters: [
              { Name: `tag:${TAGS.stack}`, Values: [opts.stackName] },
              { Name: `tag:${TAGS.role}`, Values: [ROLES.eni] },
              { Name: 'availability-zone', Values: [zone] }
            ]
          })
        ),
      retry
    )
    state.enis = (out.NetworkInterfaces ?? []).map((n) => ({
      id: n.NetworkInterfaceId ?? '',
      attachedTo: n.Attachment?.InstanceId,
      attachmentStatus: n.Attachment?.Status,
      privateIp: n.PrivateIpAddress
    }))
  }
  if (state.recordName && state.hostedZoneId) {
    const out = await withRetry(
      () =>
        clients.r53.send(
          new ListResourceRecordSetsCommand({
            HostedZoneId: state.hostedZoneId,
            StartRecordName: state.recordName,
            StartRecordType: 'A',
            MaxItems: 1
          })
        ),
      retry
    )
    const rr = (out.ResourceRecordSets ?? []).find(
      (r) => norm(r.Name ?? '') === norm(state.recordName) && r.Type === 'A'
    )
    state.recordValues = rr ? (rr.ResourceRecords ?? []).map((r) => r.Value ?? '') : undefined
  }
  // DNS_CHANGE_NONE: the record already pointed at this IP, there is no change to wait for
  // (checkState compares the record's value instead).
  if (instance?.dnsChange && instance.dnsChange !== DNS_CHANGE_NONE) {
    const change = instance.dnsChange
    try {
      const out = await withRetry(
        () => clients.r53.send(new GetChangeCommand({ Id: change })),
        retry
      )
      state.changeStatus = out.ChangeInfo?.Status
    } catch (err) {
      if (!hasCode(err, 'NoSuchChange', 'InvalidInput')) throw err
      state.changeStatus = `unknown to Route53 (${(err as Error).name})`
    }
  }
  return state
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
 * health URL. Throws a VerifyError listing every problem.
 */
export async function verify(
  ctx: Ctx,
  groupName: string,
  outputs: Record<string, string>,
  instanceId: string,
  desiredAmi: string
): Promise<void> {
  const { deps, opts, timeline } = ctx
  let problems: string[] = []
  try {
    await waitFor(
      `${instanceId} to pass verification`,
      async () => {
        problems = checkState(await fetchState(ctx, groupName, outputs, instanceId, desiredAmi))
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
}
