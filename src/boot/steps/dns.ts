// Step 4: point the record at the ENI's IP. UPSERT only when it differs; the wait for
// Route53 to report the change INSYNC (up to 60 s) comes later, just before the record is
// checked from inside the VPC, so propagation overlaps the EFS mount and opscenterd's start
// instead of adding to them. The change id goes on this instance as
// TAGS.dnsChange so the controller can check it too:
// - a change was made: its id (without the /change/ prefix), tagged before we wait;
// - no change was needed and the instance already carries an id (a reboot): left as is;
// - no change was needed and no id yet: DNS_CHANGE_NONE, "nothing to wait for: check
//   the record's value".
import {
  ChangeResourceRecordSetsCommand,
  GetChangeCommand,
  ListResourceRecordSetsCommand
} from '@aws-sdk/client-route-53'
import { CreateTagsCommand, DescribeInstancesCommand } from '@aws-sdk/client-ec2'
import { Resolver } from 'node:dns/promises'
import { readFile } from 'node:fs/promises'
import { DNS_CHANGE_NONE, TAGS } from '../../shared/contract.js'
import { TimeoutError } from '../../shared/retry.js'
import { aws, path, wait, type Agent } from '../context/agent.js'
import type { Identity } from './identity.js'
import { errorText, seconds } from '../os/log.js'

/** The OS's resolver configuration: on EC2, the VPC resolver (directly or via a stub). */
export const RESOLV_CONF = '/etc/resolv.conf'

export function fqdn(name: string): string {
  const lower = name.toLowerCase()
  return lower.endsWith('.') ? lower : `${lower}.`
}

/** What the UPSERT left to wait for: its change id, or none when nothing changed. */
export interface RecordChange {
  note: string
  name: string
  ip: string
  changeId?: string
  was?: string
}

/** UPSERT and wait INSYNC, in one step. */
export async function updateRecord(agent: Agent, me: Identity, ip: string): Promise<string> {
  return awaitInsync(agent, await upsertRecord(agent, me, ip))
}

export async function upsertRecord(agent: Agent, me: Identity, ip: string): Promise<RecordChange> {
  const { hostedZoneId, recordTtl } = agent.config
  const name = fqdn(agent.config.recordName)
  const current = await currentValues(agent, name)
  if (
    current &&
    current.values.length === 1 &&
    current.values[0] === ip &&
    current.ttl === recordTtl
  ) {
    const previous = await ownTag(agent, me.instanceId, TAGS.dnsChange)
    if (!previous) await tag(agent, me.instanceId, DNS_CHANGE_NONE)
    return {
      note: `${name} already points at ${ip} (change id ${previous ?? DNS_CHANGE_NONE})`,
      name,
      ip
    }
  }

  const out = await aws(agent, () =>
    agent.route53.send(
      new ChangeResourceRecordSetsCommand({
        HostedZoneId: hostedZoneId,
        ChangeBatch: {
          Comment: `opscenter-ha boot agent on ${me.instanceId}`,
          Changes: [
            {
              Action: 'UPSERT',
              ResourceRecordSet: {
                Name: name,
                Type: 'A',
                TTL: recordTtl,
                ResourceRecords: [{ Value: ip }]
              }
            }
          ]
        }
      })
    )
  )
  const changeId = (out.ChangeInfo?.Id ?? '').replace(/^\/change\//, '')
  if (!changeId) throw new Error(`Route53 returned no change id for the UPSERT of ${name}`)
  await tag(agent, me.instanceId, changeId)
  const was = current ? current.values.join(',') || 'alias' : 'no record'
  return { note: `${name} ${was} -> ${ip} (change ${changeId})`, name, ip, changeId, was }
}

/** Waits (bounded) until the UPSERT is INSYNC on every Route53 server; nothing if none. */
export async function awaitInsync(agent: Agent, c: RecordChange): Promise<string> {
  if (!c.changeId) return c.note
  const start = agent.clock.now()
  await wait(
    agent,
    `Route53 change ${c.changeId} (${c.name} -> ${c.ip}) to be INSYNC`,
    async () => {
      const res = await agent.route53.send(new GetChangeCommand({ Id: c.changeId }))
      return res.ChangeInfo?.Status === 'INSYNC' ? true : undefined
    }
  )
  return `${c.name} ${c.was} -> ${c.ip}, INSYNC after ${seconds(agent.clock.now() - start)} (change ${c.changeId})`
}

/**
 * Resolves the record as every agent in the VPC will: through the nameservers of the
 * instance's resolv.conf, until it answers our IP and nothing else (bounded: INSYNC was
 * waited for, so only a resolver's cache of the old value, at most the TTL, may lag).
 * A private zone not associated with the VPC, or a VPC without DNS support, fails here
 * instead of in every agent. The address goes on this instance for the controller.
 */
export async function checkResolves(agent: Agent, me: Identity, ip: string): Promise<string> {
  const name = agent.config.recordName.replace(/\.$/, '')
  const servers = await nameservers(agent)
  const resolver = new Resolver({ timeout: 2000, tries: 1 })
  if (servers.length) resolver.setServers(servers)
  const via = servers.length ? servers.join(', ') : 'the system resolver'
  let last = 'no answer yet'
  try {
    await wait(agent, `${name} to resolve to ${ip} through ${via}`, async () => {
      try {
        const got = await resolver.resolve4(name)
        if (got.length === 1 && got[0] === ip) return true
        last = got.join(', ') || 'no address'
      } catch (err) {
        last = (err as { code?: string }).code ?? errorText(err)
      }
      return undefined
    })
  } catch (err) {
    if (err instanceof TimeoutError)
      throw new Error(`${err.message}; last answer: ${last}`, { cause: err })
    throw err
  }
  await tag(agent, me.instanceId, ip, TAGS.dnsResolved)
  return `${name} resolves to ${ip} through ${via}`
}

async function nameservers(agent: Agent): Promise<string[]> {
  let text = ''
  try {
    text = await readFile(path(agent, RESOLV_CONF), 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  return [...text.matchAll(/^\s*nameserver\s+(\S+)/gm)].map((m) => m[1])
}

async function currentValues(
  agent: Agent,
  name: string
): Promise<{ values: string[]; ttl?: number } | undefined> {
  const out = await aws(agent, () =>
    agent.route53.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: agent.config.hostedZoneId,
        StartRecordName: name,
        StartRecordType: 'A',
        MaxItems: 1
      })
    )
  )
  const rs = out.ResourceRecordSets?.[0]
  if (!rs || rs.Type !== 'A' || fqdn(rs.Name ?? '') !== name) return undefined
  return { values: (rs.ResourceRecords ?? []).map((r) => r.Value ?? ''), ttl: rs.TTL }
}

async function ownTag(agent: Agent, instanceId: string, key: string): Promise<string | undefined> {
  const out = await aws(agent, () =>
    agent.ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] }))
  )
  const tags = out.Reservations?.[0]?.Instances?.[0]?.Tags ?? []
  return tags.find((t) => t.Key === key)?.Value || undefined
}

async function tag(
  agent: Agent,
  instanceId: string,
  value: string,
  key: string = TAGS.dnsChange
): Promise<void> {
  await aws(agent, () =>
    agent.ec2.send(
      new CreateTagsCommand({ Resources: [instanceId], Tags: [{ Key: key, Value: value }] })
    )
  )
}
