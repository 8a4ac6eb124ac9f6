// Step 4: point the record at the ENI's IP. UPSERT only when it differs, then wait for
// Route53 to report the change INSYNC. The change id goes on this instance as
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
import { DNS_CHANGE_NONE, TAGS } from '../shared/contract.js'
import { aws, wait, type Agent } from './agent.js'
import type { Identity } from './identity.js'
import { seconds } from './log.js'

export function fqdn(name: string): string {
  const lower = name.toLowerCase()
  return lower.endsWith('.') ? lower : `${lower}.`
}

export async function updateRecord(agent: Agent, me: Identity, ip: string): Promise<string> {
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
    return `${name} already points at ${ip} (change id ${previous ?? DNS_CHANGE_NONE})`
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
  const start = agent.clock.now()
  await wait(agent, `Route53 change ${changeId} (${name} -> ${ip}) to be INSYNC`, async () => {
    const res = await agent.route53.send(new GetChangeCommand({ Id: changeId }))
    return res.ChangeInfo?.Status === 'INSYNC' ? true : undefined
  })
  const was = current ? current.values.join(',') || 'alias' : 'no record'
  return `${name} ${was} -> ${ip}, INSYNC after ${seconds(agent.clock.now() - start)} (change ${changeId})`
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

async function tag(agent: Agent, instanceId: string, value: string): Promise<void> {
  await aws(agent, () =>
    agent.ec2.send(
      new CreateTagsCommand({
        Resources: [instanceId],
        Tags: [{ Key: TAGS.dnsChange, Value: value }]
      })
    )
  )
}
