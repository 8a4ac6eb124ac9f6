// Step 3: make the ENI usable without touching eth0's default route. On the recipe's Amazon
// Linux 2023, amazon-ec2-net-utils configures the hot-plugged interface itself: its address,
// a route table of its own (10000 + device index) and a policy rule sending traffic from its
// IP through it, all as systemd-networkd configuration, so networkd keeps them. We wait
// until the address and the rule are there.
//
// manualPolicyRouting is a fallback for images without net-utils (an image of your own): it
// adds the same address, table and rule with `ip`, and tells networkd to leave rules it did
// not create alone (ManageForeignRoutingPolicyRules=no, networkd.conf(5); it takes effect when
// networkd next starts). Until then the watchdog puts a dropped rule back.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { path, wait, type Agent } from '../context/agent.js'
import type { Claim } from './eni.js'
import { CommandError, commandLine, must } from '../os/runner.js'

/** Files that show amazon-ec2-net-utils is installed (2.x, then 1.x). */
export const NET_UTILS_MARKERS = [
  '/usr/lib/systemd/system/policy-routes@.service',
  '/usr/bin/setup-policy-routes',
  '/etc/sysconfig/network-scripts/ec2net-functions'
]

/** Route table for the ENI, as amazon-ec2-net-utils numbers them: 10000 + device index. */
export function tableFor(deviceIndex: number): number {
  return 10000 + deviceIndex
}

export async function hasNetUtils(agent: Agent): Promise<boolean> {
  for (const marker of NET_UTILS_MARKERS) {
    try {
      await access(path(agent, marker))
      return true
    } catch {
      // not this one
    }
  }
  return false
}

/** networkd must not remove the fallback's rules (ManageForeignRoutingPolicyRules=yes by default). */
export const NETWORKD_DROP_IN = '/etc/systemd/networkd.conf.d/60-opscenter-ha.conf'

export async function configureNetwork(agent: Agent, claim: Claim): Promise<string> {
  const { ifname, ip } = claim
  if (!(await hasNetUtils(agent))) return manualPolicyRouting(agent, claim)
  const table = String(tableFor(claim.deviceIndex))
  await wait(
    agent,
    `amazon-ec2-net-utils to put ${ip} and its policy rule on ${ifname}`,
    async () =>
      (await hasAddress(agent, ifname, ip)) && (await hasRule(agent, ip, table)) ? true : undefined
  )
  return `amazon-ec2-net-utils configured ${ip} on ${ifname}, rule from ${ip} lookup ${table}`
}

/** The rule amazon-ec2-net-utils (or the fallback) adds: from <ip> lookup <table>. */
async function hasRule(agent: Agent, ip: string, table: string): Promise<boolean> {
  const rules = await must(agent.runner, 'ip', ['-4', 'rule', 'show'])
  return new RegExp(`from ${escape(ip)}(/32)? lookup ${table}\\b`).test(rules)
}

/** Images without amazon-ec2-net-utils: the same address, table and rule, by hand. */
async function manualPolicyRouting(agent: Agent, claim: Claim): Promise<string> {
  const { ifname, ip } = claim
  const kept = await keepRulesFromNetworkd(agent)
  if (kept) agent.log(`network: ${kept}`)
  // A new attachment reaches instance metadata some time after EC2 says attached: poll.
  const item = `network/interfaces/macs/${claim.mac}/subnet-ipv4-cidr-block`
  const cidr = await wait(agent, `IMDS to list ${item} (${ifname})`, () => agent.imds.get(item))
  const { network, prefix, gateway } = parseCidr(cidr)
  const table = String(tableFor(claim.deviceIndex))
  const done: string[] = []
  const ipCmd = (...args: string[]) => must(agent.runner, 'ip', args)

  await ipCmd('link', 'set', 'dev', ifname, 'up')
  if (!(await hasAddress(agent, ifname, ip))) {
    // noprefixroute: the subnet route goes in our table, the main table stays as it is.
    await ipCmd('addr', 'add', `${ip}/${prefix}`, 'dev', ifname, 'noprefixroute')
    done.push('address')
  }
  const routes = await routesIn(agent, table)
  if (!hasLine(routes, `${network}/${prefix} dev ${ifname}`)) {
    await ipCmd('route', 'add', `${network}/${prefix}`, 'dev', ifname, 'src', ip, 'table', table)
    done.push('subnet route')
  }
  if (!hasLine(routes, `default via ${gateway} dev ${ifname}`)) {
    await ipCmd('route', 'add', 'default', 'via', gateway, 'dev', ifname, 'table', table)
    done.push('default route')
  }
  if (!(await hasRule(agent, ip, table))) {
    await ipCmd('rule', 'add', 'from', `${ip}/32`, 'lookup', table, 'priority', table)
    done.push('rule')
  }
  const what = done.length ? `added ${done.join(', ')}` : 'already configured'
  return `${ifname} ${ip}/${prefix} via ${gateway} in table ${table} (no amazon-ec2-net-utils: manual policy routing): ${what}`
}

/** Writes NETWORKD_DROP_IN once, where systemd-networkd is installed; says what it did. */
async function keepRulesFromNetworkd(agent: Agent): Promise<string | undefined> {
  const file = path(agent, NETWORKD_DROP_IN)
  try {
    await access(path(agent, '/etc/systemd'))
  } catch {
    return undefined
  }
  const content = '[Network]\nManageForeignRoutingPolicyRules=no\n'
  if ((await readFile(file, 'utf8').catch(() => '')) === content) return undefined
  await mkdir(path(agent, '/etc/systemd/networkd.conf.d'), { recursive: true })
  await writeFile(file, content)
  return `wrote ${NETWORKD_DROP_IN} (ManageForeignRoutingPolicyRules=no): networkd keeps our rule once it restarts`
}

/** `networkctl reconfigure <link>`: networkd applies net-utils' configuration again. */
export async function reapplyNetUtils(agent: Agent, ifname: string): Promise<void> {
  await must(agent.runner, 'networkctl', ['reconfigure', ifname])
}

/** `ip -4 route show table <n>`; a table that does not exist yet is an empty one. */
async function routesIn(agent: Agent, table: string): Promise<string> {
  const args = ['-4', 'route', 'show', 'table', table]
  const res = await agent.runner.run('ip', args)
  if (res.code === 0) return res.stdout
  // iproute2 >= 5.x: "Error: ipv4: FIB table does not exist."
  if (/does not exist/i.test(res.stderr)) return ''
  throw new CommandError(commandLine('ip', args), res)
}

/** `ip -4 -o addr show dev <if>` lists `inet <ip>/<prefix>`. */
async function hasAddress(agent: Agent, ifname: string, ip: string): Promise<boolean> {
  const out = await must(agent.runner, 'ip', ['-4', '-o', 'addr', 'show', 'dev', ifname])
  return new RegExp(`\\binet ${escape(ip)}/`).test(out)
}

function hasLine(output: string, start: string): boolean {
  return output.split('\n').some((line) => line.trim().startsWith(start))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 10.0.1.0/24 -> network 10.0.1.0, prefix 24, gateway 10.0.1.1 (VPC router: network + 1). */
export function parseCidr(cidr: string): { network: string; prefix: number; gateway: string } {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(cidr.trim())
  if (!m) throw new Error(`"${cidr}" is not an IPv4 CIDR block`)
  const prefix = Number(m[5])
  if (prefix > 30) throw new Error(`"${cidr}" is too small a subnet for an ENI`)
  const addr = m.slice(1, 5).reduce((acc, part) => acc * 256 + Number(part), 0)
  const network = Math.floor(addr / 2 ** (32 - prefix)) * 2 ** (32 - prefix)
  const dotted = (n: number) =>
    [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.')
  return { network: dotted(network), prefix, gateway: dotted(network + 1) }
}
