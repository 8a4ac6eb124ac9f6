// Reading the stack's network: its ENIs (by tag) and who holds them, and the record.
import { DescribeNetworkInterfacesCommand } from '@aws-sdk/client-ec2'
import { ListResourceRecordSetsCommand } from '@aws-sdk/client-route-53'
import type { Clients, Deps } from '../context/context.js'
import type { EniInfo, RecordView } from '../context/snapshot.js'
import { TAGS, ROLES, OUTPUTS } from '../../shared/contract.js'
import { withRetry } from '../../shared/retry.js'

/** The stack's fixed ENIs (in one zone, when given), with who holds each. */
export async function stackEnis(
  deps: Deps,
  clients: Clients,
  stackName: string,
  zone?: string
): Promise<EniInfo[]> {
  const filters = [
    { Name: `tag:${TAGS.stack}`, Values: [stackName] },
    { Name: `tag:${TAGS.role}`, Values: [ROLES.eni] },
    ...(zone ? [{ Name: 'availability-zone', Values: [zone] }] : [])
  ]
  const out = await withRetry(
    () => clients.ec2.send(new DescribeNetworkInterfacesCommand({ Filters: filters })),
    { clock: deps.clock }
  )
  return (out.NetworkInterfaces ?? []).map((n) => ({
    id: n.NetworkInterfaceId ?? '',
    zone: n.AvailabilityZone,
    attachedTo: n.Attachment?.InstanceId,
    attachmentStatus: n.Attachment?.Status,
    privateIp: n.PrivateIpAddress
  }))
}

const norm = (name: string): string => name.replace(/\.$/, '').toLowerCase()

/** The stack's record (outputs RecordName, HostedZoneId), or undefined without them. */
export async function observeRecord(
  deps: Deps,
  clients: Clients,
  outputs: Record<string, string>
): Promise<RecordView | undefined> {
  const name = outputs[OUTPUTS.recordName] ?? ''
  const zoneId = outputs[OUTPUTS.hostedZoneId] ?? ''
  if (!name || !zoneId) return undefined
  const out = await withRetry(
    () =>
      clients.r53.send(
        new ListResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          StartRecordName: name,
          StartRecordType: 'A',
          MaxItems: 1
        })
      ),
    { clock: deps.clock }
  )
  const rr = (out.ResourceRecordSets ?? []).find(
    (r) => norm(r.Name ?? '') === norm(name) && r.Type === 'A'
  )
  return {
    name,
    zoneId,
    values: rr ? (rr.ResourceRecords ?? []).map((r) => r.Value ?? '') : undefined
  }
}
