// Step 6: HTTPS and the login first (tls.ts, auth.ts: the first start with authentication
// on stays on loopback until the admin password is the secret's), then opscenterd must
// listen beyond loopback (the package default is 127.0.0.1, which agents on other hosts
// cannot reach); start it and probe it on the address it listens on until it answers.
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULTS } from '../../shared/contract.js'
import { webRequest } from '../../shared/https.js'
import { TimeoutError } from '../../shared/retry.js'
import { path, timeoutMs, wait, type Agent } from '../context/agent.js'
import { getKey, setKey } from '../os/ini.js'
import { errorText, seconds } from '../os/log.js'
import { must } from '../os/runner.js'
import { OPSCENTERD_CONF, writeLike } from '../os/opscenterd-conf.js'
import { checkAdmin, enableAuthentication, loopbackOnly, secretLogin, secureAdmin } from './auth.js'
import { configureTls } from './tls.js'

/** One <cluster>.conf per managed cluster (on EFS, under the bound /etc/opscenter). */
export const CLUSTERS_DIR = '/etc/opscenter/clusters'
export { OPSCENTERD_CONF }
export const SERVICE = 'opscenterd'

export interface Started {
  note: string
  /** SHA-256 fingerprint of the certificate opscenterd serves HTTPS with. */
  fingerprint: string
}

export async function startService(agent: Agent, eniIp: string): Promise<Started> {
  const conf = path(agent, OPSCENTERD_CONF)
  const tls = await configureTls(agent)
  agent.log(`service: HTTPS with ${tls.source}, SHA-256 ${tls.fingerprint}`)
  // Read before anything starts: a secret the role cannot read fails here, named.
  const admin = agent.config.adminSecretArn ? await secretLogin(agent) : undefined
  if (!admin)
    agent.log(
      'service: no adminSecretArn in the config: authentication left as opscenterd.conf has it'
    )
  const first = admin ? await enableAuthentication(agent) : false
  for (const note of await pinStompInterface(agent)) agent.log(`service: ${note}`)
  if (first && admin) {
    await loopbackOnly(agent)
    await startAndProbe(agent, tls.fingerprint)
    const note = await secureAdmin(
      agent,
      { url: await serviceUrl(agent), fingerprint: tls.fingerprint },
      admin
    )
    agent.log(`service: ${note} (opscenterd on 127.0.0.1 only)`)
    await must(agent.runner, 'systemctl', ['stop', SERVICE], {
      timeoutMs: agent.deadline.bound(timeoutMs(agent))
    })
  }
  const edit = await ensureListening(conf, eniIp)
  if (edit) agent.log(`service: ${edit}`)
  const answered = await startAndProbe(agent, tls.fingerprint)
  if (admin && !first)
    agent.log(
      `service: ${await checkAdmin(agent, { url: await serviceUrl(agent), fingerprint: tls.fingerprint }, admin)}`
    )
  return { note: answered, fingerprint: tls.fingerprint }
}

async function startAndProbe(agent: Agent, fingerprint: string): Promise<string> {
  await must(agent.runner, 'systemctl', ['start', SERVICE], {
    timeoutMs: agent.deadline.bound(timeoutMs(agent))
  })
  const url = await serviceUrl(agent)
  const start = agent.clock.now()
  let last = 'no answer yet'
  try {
    await wait(agent, `${SERVICE} to answer on ${url}`, async () => {
      const a = await ask(url, AbortSignal.timeout(5000), fingerprint)
      if (a.ok) return a.status
      last = a.said
      return undefined
    })
  } catch (err) {
    if (err instanceof TimeoutError)
      throw new Error(`${err.message}; last answer: ${last}`, { cause: err })
    throw err
  }
  return `${SERVICE} answered on ${url} after ${seconds(agent.clock.now() - start)}`
}

/**
 * One request to opscenterd, as the boot's probe and the watchdog ask it: any answer below
 * 500 means it serves (a redirect to the login page included); else what it said, in words.
 */
export async function ask(
  url: string,
  signal: AbortSignal,
  fingerprint?: string
): Promise<{ ok: true; status: number } | { ok: false; said: string }> {
  try {
    const res = await webRequest(url, { signal, fingerprint })
    return res.status < 500
      ? { ok: true, status: res.status }
      : { ok: false, said: `HTTP ${res.status}` }
  } catch (err) {
    const code = (err as { code?: string }).code
    return { ok: false, said: code ?? errorText(err) }
  }
}

/**
 * Where opscenterd answers, from [webserver] of its conf: HTTPS on ssl_port once a
 * certificate is named (its HTTP port then only redirects there), else HTTP on port.
 */
export async function serviceUrl(agent: Agent): Promise<string> {
  const conf = path(agent, OPSCENTERD_CONF)
  const text = await readFile(conf, 'utf8')
  const host = probeHost(getKey(text, 'webserver', 'interface'))
  if (getKey(text, 'webserver', 'ssl_certfile')?.trim())
    return `https://${host}:${portOf(text, conf, 'ssl_port', DEFAULTS.opscenterTlsPort)}/`
  return `http://${host}:${portOf(text, conf)}/`
}

/**
 * opscenterd pushes [agent_config] of each cluster's conf to that cluster's agents, and
 * sets stomp_interface itself when it installs agents ("When automatically installing
 * agents, stomp_interface is configured for you": DataStax, DataStax Agent configuration,
 * OpsCenter 6.8). Left to itself it could hand the agents this instance's own address,
 * which the next replacement takes away. Every cluster's [agent_config] therefore names the
 * record, the one address that follows OpsCenter; its other keys are left as they are.
 */
export async function pinStompInterface(agent: Agent): Promise<string[]> {
  const dir = path(agent, CLUSTERS_DIR)
  let names: string[] = []
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.conf')).sort()
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const record = agent.config.recordName.replace(/\.$/, '')
  const notes: string[] = []
  for (const name of names) {
    const file = join(dir, name)
    const text = await readFile(file, 'utf8')
    const was = getKey(text, 'agent_config', 'stomp_interface')?.trim()
    if (was === record) continue
    await writeLike(file, setKey(text, 'agent_config', 'stomp_interface', record))
    notes.push(`set [agent_config] stomp_interface = ${record} in ${name} (was ${was ?? 'unset'})`)
  }
  return notes
}

/**
 * Makes [webserver] interface an address reachable from outside: 0.0.0.0, unless it is
 * already 0.0.0.0, :: or the ENI's IP. Returns what changed, or undefined.
 */
export async function ensureListening(conf: string, eniIp: string): Promise<string | undefined> {
  let text = ''
  try {
    text = await readFile(conf, 'utf8')
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  const current = getKey(text, 'webserver', 'interface')
  if (current !== undefined && ['0.0.0.0', '::', eniIp].includes(current.trim())) return undefined
  await writeLike(conf, setKey(text, 'webserver', 'interface', '0.0.0.0'))
  return `set [webserver] interface = 0.0.0.0 in ${conf} (was ${current ?? 'unset'})`
}

/**
 * Where opscenterd answers: loopback when it listens on every address, else the one address
 * it is bound to (bound to the ENI's IP, it refuses 127.0.0.1).
 */
export function probeHost(iface: string | undefined): string {
  const a = (iface ?? '').trim()
  if (a === '' || a === '0.0.0.0') return '127.0.0.1'
  if (a === '::') return '[::1]'
  return a.includes(':') ? `[${a}]` : a
}

function portOf(
  text: string,
  conf: string,
  key = 'port',
  fallback: number = DEFAULTS.opscenterPort
): number {
  const raw = getKey(text, 'webserver', key)
  if (raw === undefined || raw.trim() === '') return fallback
  const port = Number(raw.trim())
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`[webserver] ${key} "${raw}" in ${conf} is not a TCP port`)
  }
  return port
}
