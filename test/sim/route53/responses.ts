// Route53's responses layer (REST-XML): SDK-shaped input and output, one method per
// operation; routes come from the SDK's http traits (see server.ts).
import * as sdk from '@aws-sdk/client-route-53'
import type {
  ChangeInfo,
  ChangeResourceRecordSetsRequest,
  CreateHostedZoneRequest,
  DeleteHostedZoneRequest,
  GetChangeRequest,
  GetHostedZoneRequest,
  HostedZone,
  ListHostedZonesByNameRequest,
  ListHostedZonesRequest,
  ListResourceRecordSetsRequest,
  ResourceRecordSet
} from '@aws-sdk/client-route-53'
import { actionHandlers, type ServiceDef } from '../core/server.js'
import type { SimHostedZone, SimRecord } from '../types.js'
import { InvalidInput, NoSuchChange, fqdn, type Change, type Route53 } from './model.js'

const NAME_SERVERS = [
  'ns-1.awsdns-01.org',
  'ns-2.awsdns-02.co.uk',
  'ns-3.awsdns-03.com',
  'ns-4.awsdns-04.net'
]

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined || value === null || value === '')
    throw new InvalidInput(
      `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`
    )
  return value
}

export class Route53Responses {
  constructor(private readonly r53: Route53) {}

  service(): ServiceDef {
    return {
      name: 'route53',
      protocol: 'rest-xml',
      sdk: sdk as unknown as Record<string, unknown>,
      xmlns: 'https://route53.amazonaws.com/doc/2013-04-01/',
      handlers: actionHandlers(this)
    }
  }

  private zone(z: SimHostedZone): HostedZone {
    return {
      Id: `/hostedzone/${z.id}`,
      Name: z.name,
      CallerReference: (z as SimHostedZone & { callerReference?: string }).callerReference ?? z.id,
      Config: { Comment: z.comment, PrivateZone: z.private },
      ResourceRecordSetCount: this.r53.records(z.id).length
    }
  }

  private change(c: Change): ChangeInfo {
    return {
      Id: `/change/${c.id}`,
      Status: c.status,
      SubmittedAt: new Date(c.submittedAt),
      Comment: c.comment
    }
  }

  private rrset(r: SimRecord): ResourceRecordSet {
    return {
      Name: r.name,
      Type: r.type as ResourceRecordSet['Type'],
      TTL: r.ttl,
      ResourceRecords: r.values.map((Value) => ({ Value }))
    }
  }

  CreateHostedZone(input: CreateHostedZoneRequest) {
    const { zone, change } = this.r53.createHostedZone({
      name: required(input.Name, 'name'),
      callerReference: required(input.CallerReference, 'callerReference'),
      comment: input.HostedZoneConfig?.Comment,
      private: Boolean(input.VPC) || input.HostedZoneConfig?.PrivateZone === true
    })
    return {
      HostedZone: this.zone(zone),
      ChangeInfo: this.change(change),
      DelegationSet: { NameServers: NAME_SERVERS },
      Location: `https://route53.amazonaws.com/2013-04-01/hostedzone/${zone.id}`
    }
  }

  GetHostedZone(input: GetHostedZoneRequest) {
    const zone = this.r53.zone(required(input.Id, 'Id'))
    return { HostedZone: this.zone(zone), DelegationSet: { NameServers: NAME_SERVERS } }
  }

  DeleteHostedZone(input: DeleteHostedZoneRequest) {
    return { ChangeInfo: this.change(this.r53.deleteHostedZone(required(input.Id, 'Id'))) }
  }

  ListHostedZones(input: ListHostedZonesRequest) {
    const zones = this.r53.zones()
    const max = Number(input.MaxItems ?? 100)
    return {
      HostedZones: zones.slice(0, max).map((z) => this.zone(z)),
      IsTruncated: zones.length > max,
      MaxItems: String(max),
      Marker: input.Marker ?? ''
    }
  }

  ListHostedZonesByName(input: ListHostedZonesByNameRequest) {
    const start = input.DNSName ? fqdn(input.DNSName) : ''
    const zones = this.r53
      .zones()
      .sort((a, b) =>
        a.name.split('.').reverse().join('.').localeCompare(b.name.split('.').reverse().join('.'))
      )
      .filter(
        (z) =>
          !start || z.name.split('.').reverse().join('.') >= start.split('.').reverse().join('.')
      )
    const max = Number(input.MaxItems ?? 100)
    return {
      HostedZones: zones.slice(0, max).map((z) => this.zone(z)),
      DNSName: input.DNSName,
      IsTruncated: zones.length > max,
      MaxItems: String(max)
    }
  }

  ListResourceRecordSets(input: ListResourceRecordSetsRequest) {
    const all = this.r53.records(required(input.HostedZoneId, 'Id'))
    const max = Number(input.MaxItems ?? 300)
    let start = 0
    if (input.StartRecordName) {
      const key = (name: string, type: string) =>
        `${fqdn(name).split('.').reverse().join('.')} ${type}`
      const from = key(input.StartRecordName, input.StartRecordType ?? '')
      start = all.findIndex((r) => key(r.name, r.type) >= from)
      if (start < 0) start = all.length
    }
    const page = all.slice(start, start + max)
    const next = all[start + max]
    return {
      ResourceRecordSets: page.map((r) => this.rrset(r)),
      IsTruncated: next !== undefined,
      MaxItems: String(max),
      NextRecordName: next?.name,
      NextRecordType: next?.type as ResourceRecordSet['Type'] | undefined
    }
  }

  ChangeResourceRecordSets(input: ChangeResourceRecordSetsRequest) {
    const changes = required(input.ChangeBatch?.Changes, 'changeBatch.changes').map((c) => {
      const set = required(c.ResourceRecordSet, 'resourceRecordSet')
      if (set.AliasTarget)
        throw new InvalidInput('Alias records are not supported in the simulator')
      return {
        action: required(c.Action, 'action'),
        record: {
          name: required(set.Name, 'name'),
          type: required(set.Type, 'type'),
          ttl: set.TTL ?? 300,
          values: (set.ResourceRecords ?? []).map((r) => r.Value ?? '')
        }
      }
    })
    const change = this.r53.changeRecords(
      required(input.HostedZoneId, 'Id'),
      changes,
      input.ChangeBatch?.Comment
    )
    return { ChangeInfo: this.change(change) }
  }

  GetChange(input: GetChangeRequest) {
    const id = required(input.Id, 'Id')
    const c = this.r53.getChange(id)
    if (!c) throw new NoSuchChange(id)
    return { ChangeInfo: this.change(c) }
  }
}
