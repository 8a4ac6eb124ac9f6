// Route53's state and rules: hosted zones, record sets, changes that stay PENDING for the
// modelled propagation time before INSYNC.
import type { SimContext } from '../core/context.js'
import { upperId } from '../core/ids.js'
import { AwsError } from '../wire/errors.js'
import type { Route53Model, SimHostedZone, SimRecord } from '../types.js'

export class NoSuchHostedZone extends AwsError {
  constructor(id: string) {
    super('NoSuchHostedZone', `No hosted zone found with ID: ${id}`, 404)
  }
}

export class NoSuchChange extends AwsError {
  constructor(id: string) {
    super('NoSuchChange', `A change with the specified change ID does not exist: ${id}`, 404)
  }
}

export class InvalidChangeBatch extends AwsError {
  constructor(messages: string[]) {
    super('InvalidChangeBatch', `[${messages.join(', ')}]`, 400)
  }
}

export class InvalidInput extends AwsError {
  constructor(message: string) {
    super('InvalidInput', message, 400)
  }
}

export class HostedZoneAlreadyExists extends AwsError {
  constructor(name: string, ref: string) {
    super(
      'HostedZoneAlreadyExists',
      `A hosted zone has already been created with the specified caller reference (${ref}) for ${name}`,
      409
    )
  }
}

export class HostedZoneNotEmpty extends AwsError {
  constructor(id: string) {
    super(
      'HostedZoneNotEmpty',
      `The specified hosted zone ${id} contains resource record sets other than the default SOA and NS records.`,
      400
    )
  }
}

export interface Change {
  id: string
  status: 'PENDING' | 'INSYNC'
  submittedAt: number
  comment?: string
}

export interface RecordChange {
  action: 'CREATE' | 'UPSERT' | 'DELETE'
  record: SimRecord
}

/** Names end with a dot; Route53 compares them case-insensitively. */
export function fqdn(name: string): string {
  const n = name.toLowerCase()
  return n.endsWith('.') ? n : `${n}.`
}

// Route53 orders record sets by the name's labels read right to left, then by type.
function sortKey(r: SimRecord): string {
  return `${r.name.split('.').reverse().join('.')} ${r.type}`
}

export class Route53 implements Route53Model {
  private readonly zoneMap = new Map<string, SimHostedZone & { callerReference: string }>()
  private readonly recordMap = new Map<string, Map<string, SimRecord>>()
  private readonly changeMap = new Map<string, Change>()
  /**
   * What Route 53's name servers answer: a change reaches them when it is INSYNC (GetChange:
   * "INSYNC indicates that the changes have propagated to all Route 53 DNS servers"), while
   * the API shows it at once.
   */
  private readonly servedMap = new Map<string, Map<string, SimRecord>>()

  constructor(private readonly ctx: SimContext) {}

  zones(): SimHostedZone[] {
    return [...this.zoneMap.values()]
  }
  getZone(id: string): SimHostedZone | undefined {
    return this.zoneMap.get(bareZoneId(id))
  }
  zone(id: string): SimHostedZone {
    const z = this.getZone(id)
    if (!z) throw new NoSuchHostedZone(bareZoneId(id))
    return z
  }
  records(zoneId: string): SimRecord[] {
    const recs = [...(this.recordMap.get(bareZoneId(zoneId))?.values() ?? [])]
    return recs.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
  }
  getRecord(zoneId: string, name: string, type: string): SimRecord | undefined {
    return this.recordMap.get(bareZoneId(zoneId))?.get(`${fqdn(name)} ${type}`)
  }
  getChange(id: string): Change | undefined {
    return this.changeMap.get(bareChangeId(id))
  }
  /** The record as the name servers answer it now (undefined: not there yet, or gone). */
  servedRecord(zoneId: string, name: string, type: string): SimRecord | undefined {
    return this.servedMap.get(bareZoneId(zoneId))?.get(`${fqdn(name)} ${type}`)
  }

  createHostedZone(opts: {
    name: string
    callerReference: string
    comment?: string
    private?: boolean
  }): {
    zone: SimHostedZone
    change: Change
  } {
    const name = fqdn(opts.name)
    if (!/^([a-z0-9-]+\.)+$/.test(name)) throw new InvalidInput(`Invalid domain name: ${opts.name}`)
    for (const z of this.zoneMap.values())
      if (z.callerReference === opts.callerReference)
        throw new HostedZoneAlreadyExists(name, opts.callerReference)
    const zone = {
      id: upperId('Z', 20),
      name,
      private: opts.private ?? false,
      comment: opts.comment,
      callerReference: opts.callerReference
    }
    this.zoneMap.set(zone.id, zone)
    const recs = new Map<string, SimRecord>()
    recs.set(`${name} NS`, { name, type: 'NS', ttl: 172800, values: nameServers() })
    recs.set(`${name} SOA`, {
      name,
      type: 'SOA',
      ttl: 900,
      values: [`${nameServers()[0]}. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400`]
    })
    this.recordMap.set(zone.id, recs)
    this.servedMap.set(zone.id, new Map(recs))
    this.ctx.log(`route53: created zone ${zone.id} ${name}`)
    return { zone, change: this.newChange() }
  }

  deleteHostedZone(id: string): Change {
    const zone = this.zone(id)
    const extra = this.records(zone.id).filter(
      (r) => !(r.name === zone.name && (r.type === 'NS' || r.type === 'SOA'))
    )
    if (extra.length > 0) throw new HostedZoneNotEmpty(zone.id)
    this.zoneMap.delete(zone.id)
    this.recordMap.delete(zone.id)
    this.servedMap.delete(zone.id)
    return this.newChange()
  }

  /** Validates the whole batch first: one bad change rejects all of them, as in Route53. */
  changeRecords(zoneId: string, changes: RecordChange[], comment?: string): Change {
    const zone = this.zone(zoneId)
    const recs = this.recordMap.get(zone.id) as Map<string, SimRecord>
    if (changes.length === 0) throw new InvalidInput('ChangeBatch must contain at least one change')
    const errors: string[] = []
    const next = new Map(recs)
    for (const c of changes) {
      const r = { ...c.record, name: fqdn(c.record.name) }
      const key = `${r.name} ${r.type}`
      const desc = `resource record set [name='${r.name}', type='${r.type}']`
      if (r.name !== zone.name && !r.name.endsWith(`.${zone.name}`)) {
        errors.push(`RRSet with DNS name ${r.name} is not permitted in zone ${zone.name}`)
        continue
      }
      if (r.type === 'A' && !r.values.every((v) => /^\d{1,3}(\.\d{1,3}){3}$/.test(v))) {
        errors.push(
          `Invalid Resource Record: 'FATAL problem: ARRDATAIllegalIPv4Address (Value is not a valid IPv4 address) encountered with '${r.values.join(',')}''`
        )
        continue
      }
      if (c.action !== 'DELETE' && r.values.length === 0) {
        errors.push(
          `Invalid request: Expected exactly one of [AliasTarget, all of [TTL, and ResourceRecords], or TrafficPolicyInstanceId], but found none in Change with [Action=${c.action}, Name=${r.name}, Type=${r.type}, SetIdentifier=null]`
        )
        continue
      }
      if (c.action === 'CREATE') {
        if (next.has(key)) errors.push(`Tried to create ${desc} but it already exists`)
        else next.set(key, r)
      } else if (c.action === 'UPSERT') {
        next.set(key, r)
      } else {
        const existing = next.get(key)
        if (!existing) errors.push(`Tried to delete ${desc} but it was not found`)
        else if (existing.ttl !== r.ttl || existing.values.join(',') !== r.values.join(','))
          errors.push(
            `Tried to delete ${desc} but the values provided do not match the current values`
          )
        else next.delete(key)
      }
    }
    if (errors.length > 0) throw new InvalidChangeBatch(errors)
    recs.clear()
    for (const [k, v] of next) recs.set(k, v)
    const snapshot = new Map(next)
    const change = this.newChange(comment, () => this.servedMap.set(zone.id, snapshot))
    for (const c of changes) {
      const record = { ...c.record, name: fqdn(c.record.name) }
      this.ctx.log(
        `route53: ${c.action} ${record.name} ${record.type} ${record.values.join(',')} (${change.id})`
      )
      this.ctx.events.emit('record', {
        zoneId: zone.id,
        action: c.action,
        record,
        changeId: change.id
      })
    }
    return change
  }

  private newChange(comment?: string, onInsync?: () => void): Change {
    const change: Change = {
      id: upperId('C', 20),
      status: 'PENDING',
      submittedAt: this.ctx.time.now(),
      comment
    }
    this.changeMap.set(change.id, change)
    this.ctx.time.after(this.ctx.time.ms('route53Propagation'), () => {
      change.status = 'INSYNC'
      onInsync?.()
      this.ctx.events.emit('change-insync', { changeId: change.id })
    })
    return change
  }
}

export function bareZoneId(id: string): string {
  return id.replace(/^\/?hostedzone\//, '')
}

export function bareChangeId(id: string): string {
  return id.replace(/^\/?change\//, '')
}

function nameServers(): string[] {
  return ['ns-1.awsdns-01.org', 'ns-2.awsdns-02.co.uk', 'ns-3.awsdns-03.com', 'ns-4.awsdns-04.net']
}
