// The watchdog's probes, each bounded by probeTimeoutSeconds (a hung NFS call blocks
// whoever makes it, so EFS is probed by a child process the agent does not wait on):
// opscenterd answers on its URL, EFS answers, the ENI is still this instance's link, and
// traffic from its IP still routes through it. A missing policy rule is put back once
// (systemd-networkd drops rules it did not make when it reconfigures: networkd.conf(5)
// ManageForeignRoutingPolicyRules=); only a route that stays wrong counts as a failure.
import { EFS_MOUNT_POINT, HEALTH } from '../../shared/contract.js'
import { Deadline, path, timeoutMs, type Agent } from '../context/agent.js'
import { linkWithMac } from './eni.js'
import { errorText, seconds } from '../os/log.js'
import { configureNetwork, hasNetUtils, reapplyNetUtils } from './network.js'
import type { Serving } from './serving.js'
import { ask } from './service.js'

/** A documentation address (RFC 5737): `ip route get` only asks the kernel, sends nothing. */
export const ROUTE_PROBE_DESTINATION = '192.0.2.1'

/** How a hung EFS is worded: the release looks for it too. */
const EFS_HUNG = `EFS did not answer on ${EFS_MOUNT_POINT} (a hung NFS mount)`

export function probeTimeoutMs(agent: Agent): number {
  return (agent.config.probeTimeoutSeconds ?? HEALTH.probeTimeoutSeconds) * 1000
}

/** Every probe at once; the problems found, in words (none: healthy). */
export async function probeAll(agent: Agent, s: Serving): Promise<string[]> {
  const results = await Promise.all([
    probeOpsCenter(agent, s),
    probeEfs(agent),
    probeEni(agent, s),
    probeRoute(agent, s)
  ])
  return results.filter((r): r is string => r !== undefined)
}

/** `fn`, or `late` if it has not settled within the probe time-out. */
async function bounded<T>(
  agent: Agent,
  fn: (signal: AbortSignal) => Promise<T>,
  late: string
): Promise<T | { late: string }> {
  const ms = probeTimeoutMs(agent)
  const stop = new AbortController()
  // After the sleep, one turn of the event loop: an answer that is already there wins over
  // a time-out that ends at the same moment (and over a test clock's instant sleep).
  const timer = agent.clock
    .sleep(ms, stop.signal)
    .then(() => new Promise((r) => setImmediate(r)))
    .then(() => ({ late: `${late} in ${seconds(ms)}` }))
  try {
    return await Promise.race([fn(stop.signal), timer])
  } finally {
    stop.abort()
  }
}

function isLate(v: unknown): v is { late: string } {
  return typeof v === 'object' && v !== null && 'late' in v
}

export async function probeOpsCenter(agent: Agent, s: Serving): Promise<string | undefined> {
  const a = await bounded(
    agent,
    (signal) => ask(s.url, signal, s.fingerprint),
    `opscenterd did not answer on ${s.url}`
  )
  if (isLate(a)) return a.late
  return a.ok ? undefined : `opscenterd does not answer on ${s.url} (${a.said})`
}

export async function probeEfs(agent: Agent): Promise<string | undefined> {
  const mnt = path(agent, EFS_MOUNT_POINT)
  try {
    const res = await bounded(
      agent,
      () => agent.runner.run('mountpoint', ['-q', mnt], { timeoutMs: probeTimeoutMs(agent) }),
      EFS_HUNG
    )
    if (isLate(res)) return res.late
    return res.code === 0 ? undefined : `EFS is no longer mounted on ${EFS_MOUNT_POINT}`
  } catch (err) {
    return `EFS could not be checked: ${errorText(err)}`
  }
}

/** True only when EFS is mounted but does not answer within the probe time-out. */
export async function efsHung(agent: Agent): Promise<boolean> {
  const problem = await probeEfs(agent)
  return problem?.startsWith(EFS_HUNG) ?? false
}

export async function probeEni(agent: Agent, s: Serving): Promise<string | undefined> {
  const link = await linkWithMac(agent, s.mac)
  if (link === s.ifname) return undefined
  return link
    ? `${s.eniId} moved to link ${link} (was ${s.ifname})`
    : `${s.eniId} (${s.mac}) is no longer attached to this instance`
}

/** Which link traffic from the ENI's IP leaves by (`ip -4 route get ... from <ip>`). */
async function routeDevice(agent: Agent, ip: string): Promise<string | undefined> {
  const res = await bounded(
    agent,
    () => agent.runner.run('ip', ['-4', 'route', 'get', ROUTE_PROBE_DESTINATION, 'from', ip]),
    'ip route get did not answer'
  )
  if (isLate(res)) throw new Error(res.late)
  if (res.code !== 0) throw new Error(`ip route get exited ${res.code}: ${res.stderr.trim()}`)
  return /\bdev (\S+)/.exec(res.stdout)?.[1]
}

export async function probeRoute(agent: Agent, s: Serving): Promise<string | undefined> {
  try {
    const dev = await routeDevice(agent, s.ip)
    if (dev === s.ifname) return undefined
    const was = `traffic from ${s.ip} leaves by ${dev ?? 'no link'}, not ${s.ifname}`
    agent.log(`health: ${was}: putting the policy routing back`)
    // The watcher may have run for days: the repair gets its own bound.
    agent.deadline = new Deadline(agent.clock, timeoutMs(agent))
    // net-utils' rule is networkd's own configuration: networkd applies it again.
    if (await hasNetUtils(agent)) await reapplyNetUtils(agent, s.ifname)
    else await configureNetwork(agent, s)
    const now = await routeDevice(agent, s.ip)
    if (now === s.ifname) {
      agent.log(`health: policy routing for ${s.ip} repaired`)
      return undefined
    }
    return `${was}, and re-adding the rule did not help`
  } catch (err) {
    return `the route of ${s.ip} could not be checked: ${errorText(err)}`
  }
}
