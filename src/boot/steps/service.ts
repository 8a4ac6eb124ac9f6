// Step 6: opscenterd must listen beyond loopback (the package default is 127.0.0.1, which
// agents on other hosts cannot reach), then start it and probe it on the address it listens
// on until it answers.
import { chmod, chown, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULTS } from '../../shared/contract.js'
import { TimeoutError } from '../../shared/retry.js'
import { path, timeoutMs, wait, type Agent } from '../context/agent.js'
import { getKey, setKey } from '../os/ini.js'
import { errorText, seconds } from '../os/log.js'
import { must } from '../os/runner.js'

export const OPSCENTERD_CONF = '/etc/opscenter/opscenterd.conf'
/** One <cluster>.conf per managed cluster (on EFS, under the bound /etc/opscenter). */
export const CLUSTERS_DIR = '/etc/opscenter/clusters'
export const SERVICE = 'opscenterd'

export async function startService(agent: Agent, eniIp: string): Promise<string> {
  const conf = path(agent, OPSCENTERD_CONF)
  const edit = await ensureListening(conf, eniIp)
  if (edit) agent.log(`service: ${edit}`)
  for (const note of await pinStompInterface(agent)) agent.log(`service: ${note}`)

  await must(agent.runner, 'systemctl', ['start', SERVICE], {
    timeoutMs: agent.deadline.bound(timeoutMs(agent))
  })
  const url = await serviceUrl(agent)
  const start = agent.clock.now()
  let last = 'no answer yet'
  try {
    await wait(agent, `${SERVICE} to answer on ${url}`, async () => {
      const a = await ask(url, AbortSignal.timeout(5000))
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
  signal: AbortSignal
): Promise<{ ok: true; status: number } | { ok: false; said: string }> {
  try {
    const res = await fetch(url, { redirect: 'manual', signal })
    await res.body?.cancel()
    return res.status < 500
      ? { ok: true, status: res.status }
      : { ok: false, said: `HTTP ${res.status}` }
  } catch (err) {
    // fetch wraps the socket's error; dual-stack connects wrap theirs once more.
    const cause = (err as { cause?: { code?: string; errors?: { code?: string }[] } }).cause
    return { ok: false, said: cause?.code ?? cause?.errors?.[0]?.code ?? errorText(err) }
  }
}

/** Where opscenterd answers, from [webserver] interface and port of its conf. */
export async function serviceUrl(agent: Agent): Promise<string> {
  const conf = path(agent, OPSCENTERD_CONF)
  const text = await readFile(conf, 'utf8')
  return `http://${probeHost(getKey(text, 'webserver', 'interface'))}:${portOf(text, conf)}/`
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

function portOf(text: string, conf: string): number {
  const raw = getKey(text, 'webserver', 'port')
  if (raw === undefined || raw.trim() === '') return DEFAULTS.opscenterPort
  const port = Number(raw.trim())
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`[webserver] port "${raw}" in ${conf} is not a TCP port`)
  }
  return port
}

/** Replaces a file atomically, keeping its mode and owner. */
async function writeLike(file: string, content: string): Promise<void> {
  const tmp = `${file}.opscenter-ha-tmp`
  await writeFile(tmp, content)
  try {
    const st = await stat(file)
    await chmod(tmp, st.mode & 0o7777)
    if (process.getuid?.() === 0) await chown(tmp, st.uid, st.gid)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
  }
  await rename(tmp, file)
}
