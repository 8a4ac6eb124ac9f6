// The VPC's Amazon-provided resolver (Route 53 Resolver at the VPC base + 2), on loopback
// UDP: answers A queries for names in the private hosted zones, as Route 53's name servers
// serve them (a change once INSYNC), and caches each answer for its TTL. Nothing outside
// the private zones resolves (no internet here).
// - https://docs.aws.amazon.com/vpc/latest/userguide/AmazonDNS-concepts.html: the resolver
//   answers only with enableDnsSupport on; private zones need enableDnsHostnames too
//   (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/hosted-zone-private-considerations.html).
// - Resolvers cache a record for its TTL (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resource-record-sets-values-basic.html#rrsets-values-basic-ttl).
// Negative answers are not cached here (AWS caches them for the SOA's minimum).
import { createSocket, type Socket } from 'node:dgram'
import dnsPacket from 'dns-packet'
import type { SimContext } from '../core/context.js'
import type { Ec2 } from '../ec2/model.js'
import type { Route53 } from './model.js'
import { fqdn } from './model.js'

export interface VpcResolver {
  /** host:port, as a resolv.conf nameserver line of an instance names it here. */
  address: string
  /** Queries answered, newest last: `<name> -> <answer>`. */
  log: string[]
  close(): Promise<void>
}

export async function startResolver(
  ctx: SimContext,
  route53: Route53,
  ec2: Ec2
): Promise<VpcResolver> {
  const cache = new Map<string, { values: string[]; expires: number }>()
  const log: string[] = []
  const socket: Socket = createSocket('udp4')

  function answer(name: string): { rcode: 'NOERROR' | 'NXDOMAIN'; values: string[]; ttl: number } {
    const hit = cache.get(name)
    if (hit && hit.expires > ctx.time.now())
      return {
        rcode: 'NOERROR',
        values: hit.values,
        ttl: Math.ceil((hit.expires - ctx.time.now()) / 1000)
      }
    const zone = route53
      .zones()
      .filter((z) => z.private && (name === z.name || name.endsWith(`.${z.name}`)))
      .sort((a, b) => b.name.length - a.name.length)[0]
    const record =
      zone && ec2.vpc.enableDnsHostnames ? route53.servedRecord(zone.id, name, 'A') : undefined
    if (!record) return { rcode: 'NXDOMAIN', values: [], ttl: 0 }
    cache.set(name, {
      values: record.values,
      expires: ctx.time.now() + ctx.time.scale(record.ttl * 1000)
    })
    return { rcode: 'NOERROR', values: record.values, ttl: record.ttl }
  }

  socket.on('message', (msg, from) => {
    // With enableDnsSupport off the Amazon-provided resolver does not answer at all.
    if (!ec2.vpc.enableDnsSupport) return
    let query: dnsPacket.Packet
    try {
      query = dnsPacket.decode(msg)
    } catch {
      return
    }
    const q = query.questions?.[0]
    if (!q) return
    const name = fqdn(q.name)
    const a = q.type === 'A' ? answer(name) : { rcode: 'NOERROR' as const, values: [], ttl: 0 }
    log.push(`${name} ${q.type} -> ${a.rcode} ${a.values.join(',')}`)
    const reply = dnsPacket.encode({
      id: query.id,
      type: 'response',
      flags:
        dnsPacket.RECURSION_DESIRED |
        dnsPacket.RECURSION_AVAILABLE |
        (a.rcode === 'NXDOMAIN' ? 3 : 0),
      questions: [q],
      answers: a.values.map((v) => ({ type: 'A' as const, name: q.name, ttl: a.ttl, data: v }))
    })
    socket.send(reply, from.port, from.address)
  })
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve))
  return {
    address: `127.0.0.1:${socket.address().port}`,
    log,
    close: () => new Promise((resolve) => socket.close(() => resolve()))
  }
}
