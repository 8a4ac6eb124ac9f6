// The part of iproute2 the agent uses, per machine: addresses, routes per table, policy
// rules, and `ip route get` answering which link traffic from an address leaves by, as the
// kernel's policy routing decides (ip-rule(8): rules are tried in priority order; with no
// rule for the source, the main table sends it out of eth0). `dropRules()` is what
// systemd-networkd does to rules it did not create when it reconfigures
// (networkd.conf(5), ManageForeignRoutingPolicyRules=yes by default).
import type { CommandResult } from './host.js'

interface Rule {
  from: string
  table: string
  priority: string
}

const ok = (stdout = ''): CommandResult => ({ code: 0, stdout, stderr: '' })

/** What amazon-ec2-net-utils has systemd-networkd apply to a hot-plugged ENI. */
interface LinkConfig {
  ip: string
  prefix: number
  gateway: string
  table: string
}

export class IpRoute {
  private readonly addrs: { dev: string; cidr: string }[] = []
  private readonly tables = new Map<string, string[]>()
  private rules: Rule[] = []
  /** networkd's own configuration per link (from net-utils' drop-ins). */
  private readonly links = new Map<string, LinkConfig>()

  /**
   * amazon-ec2-net-utils after an attach: it writes networkd drop-ins for the link (its
   * address by DHCP, a route table 10000 + device number with the subnet and a default
   * route, and a RoutingPolicyRule From=<ip> with the same table and priority: lib/lib.sh,
   * rule_base=10000), and networkd applies them.
   */
  configureLink(dev: string, ip: string, cidr: string, deviceIndex: number): void {
    const [network, bits] = cidr.split('/')
    const octets = network.split('.').map(Number)
    octets[3] += 1
    this.links.set(dev, {
      ip,
      prefix: Number(bits),
      gateway: octets.join('.'),
      table: String(10000 + deviceIndex)
    })
    this.apply(dev)
  }

  /** `networkctl reconfigure <dev>`: networkd applies the link's configuration again. */
  reconfigure(dev: string): boolean {
    if (!this.links.has(dev)) return false
    this.apply(dev)
    return true
  }

  /** The link went away (detach): its address, routes and rule go with it. */
  forget(dev: string): void {
    const c = this.links.get(dev)
    this.links.delete(dev)
    if (!c) return
    this.rules = this.rules.filter((r) => r.from !== c.ip)
    this.tables.delete(c.table)
    const i = this.addrs.findIndex((a) => a.dev === dev)
    if (i >= 0) this.addrs.splice(i, 1)
  }

  private apply(dev: string): void {
    const c = this.links.get(dev)!
    if (!this.addrs.some((a) => a.dev === dev))
      this.addrs.push({ dev, cidr: `${c.ip}/${c.prefix}` })
    this.tables.set(c.table, [`default via ${c.gateway} dev ${dev}`])
    if (!this.rules.some((r) => r.from === c.ip))
      this.rules.push({ from: c.ip, table: c.table, priority: c.table })
  }

  dropRules(): number {
    const n = this.rules.length
    this.rules = []
    return n
  }

  exec(argv: string[]): CommandResult {
    const args = argv.filter((a) => a !== '-4' && a !== '-o')
    const [object, verb] = args
    if (object === 'addr' && verb === 'show') return this.showAddrs(args[3])
    if (object === 'addr' && verb === 'add') {
      this.addrs.push({ cidr: args[2], dev: args[args.indexOf('dev') + 1] })
      return ok()
    }
    if (object === 'route' && verb === 'show') return this.showTable(args[3] ?? 'main')
    if (object === 'route' && verb === 'add') return this.addRoute(args.slice(2))
    if (object === 'route' && verb === 'get') return this.routeGet(args[2], args[4])
    if (object === 'rule' && verb === 'show') return ok(this.showRules())
    if (object === 'rule' && verb === 'add') {
      const at = (k: string) => args[args.indexOf(k) + 1]
      this.rules.push({
        from: at('from').replace(/\/32$/, ''),
        table: at('lookup'),
        priority: at('priority')
      })
      return ok()
    }
    return ok() // link set up, and anything else: no effect here
  }

  private showAddrs(dev: string): CommandResult {
    const lines = this.addrs
      .filter((a) => a.dev === dev)
      .map((a, i) => `${i + 3}: ${dev}    inet ${a.cidr} scope global ${dev}\n`)
    return ok(lines.join(''))
  }

  private showTable(table: string): CommandResult {
    const routes = this.tables.get(table)
    if (!routes && table !== 'main')
      return { code: 2, stdout: '', stderr: 'Error: ipv4: FIB table does not exist.\n' }
    return ok((routes ?? []).map((r) => `${r}\n`).join(''))
  }

  private addRoute(spec: string[]): CommandResult {
    const t = spec.indexOf('table')
    const table = t >= 0 ? spec[t + 1] : 'main'
    const route = (t >= 0 ? spec.slice(0, t) : spec).join(' ')
    this.tables.set(table, [...(this.tables.get(table) ?? []), route])
    return ok()
  }

  private showRules(): string {
    const fixed = ['0:\tfrom all lookup local', '32766:\tfrom all lookup main']
    const ours = this.rules.map((r) => `${r.priority}:\tfrom ${r.from} lookup ${r.table}`)
    return [fixed[0], ...ours, fixed[1]].map((l) => `${l}\n`).join('')
  }

  private routeGet(dest: string, from: string): CommandResult {
    const rule = this.rules.find((r) => r.from === from)
    const def = rule && this.tables.get(rule.table)?.find((r) => r.startsWith('default '))
    if (rule && def) {
      const via = /via (\S+)/.exec(def)?.[1]
      const dev = /dev (\S+)/.exec(def)?.[1]
      return ok(
        `${dest} from ${from} via ${via} dev ${dev} table ${rule.table} uid 0 \n    cache \n`
      )
    }
    return ok(`${dest} from ${from} dev eth0 uid 0 \n    cache \n`)
  }
}
