// OpsCenter's web TLS: the certificate from the stack's TlsCertificateSecretArn when one is
// given, else the one the agent made on an earlier boot (on EFS, so the same after every
// replacement), else a new self-signed one. opscenterd.conf then names it in [webserver]
// (ssl_certfile, ssl_keyfile, ssl_port: "Configuring HTTPS for the OpsCenter web server",
// OpsCenter 6.8 docs), and OpsCenter serves HTTPS on ssl_port, redirecting its HTTP port there.
// A certificate that does not match its key, or is not valid now, fails the boot before
// OpsCenter starts, naming where it came from.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager'
import { createPrivateKey, X509Certificate } from 'node:crypto'
import { chmod, chown, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DEFAULTS, OPSCENTER_TLS } from '../../shared/contract.js'
import { aws, path, timeoutMs, type Agent } from '../context/agent.js'
import { getKey, setKey } from '../os/ini.js'
import { errorText } from '../os/log.js'
import { must } from '../os/runner.js'
import { OPSCENTERD_CONF, writeLike } from '../os/opscenterd-conf.js'

export interface WebTls {
  fingerprint: string
  /** Where the certificate came from, in words. */
  source: string
}

interface Pair {
  cert: string
  key: string
}

/** Puts the certificate in place and names it in opscenterd.conf. */
export async function configureTls(agent: Agent): Promise<WebTls> {
  const secret = agent.config.tlsSecretArn
  const { pair, source } = secret
    ? { pair: await fromSecret(agent, secret), source: `secret ${secret}` }
    : await madeOnce(agent)
  const fingerprint = checkPair(pair, agent.clock.now(), source)
  if (secret) await writePair(agent, pair)
  await nameInConf(agent)
  return { fingerprint, source }
}

/** The fingerprint of a usable pair; throws why it cannot be used. */
export function checkPair(pair: Pair, now: number, source: string): string {
  let x509: X509Certificate
  try {
    x509 = new X509Certificate(pair.cert)
  } catch (err) {
    throw new Error(`the certificate of ${source} is not a PEM certificate (${errorText(err)})`, {
      cause: err
    })
  }
  let matches: boolean
  try {
    matches = x509.checkPrivateKey(createPrivateKey(pair.key))
  } catch (err) {
    throw new Error(`the private key of ${source} is not a PEM private key (${errorText(err)})`, {
      cause: err
    })
  }
  if (!matches)
    throw new Error(`the private key of ${source} does not match its certificate (${x509.subject})`)
  // Only the end: a start a little ahead of this clock (the machine that made it) is no reason to refuse.
  if (Date.parse(x509.validTo) <= now)
    throw new Error(`the certificate of ${source} expired on ${x509.validTo}: renew it`)
  return x509.fingerprint256
}

/** A secret holding JSON {"certificate", "privateKey", "chain"?} (docs/security.md). */
async function fromSecret(agent: Agent, arn: string): Promise<Pair> {
  let text: string | undefined
  try {
    const out = await aws(agent, () =>
      agent.secrets.send(new GetSecretValueCommand({ SecretId: arn }))
    )
    text = out.SecretString
  } catch (err) {
    throw new Error(
      `secretsmanager:GetSecretValue on ${arn} (TlsCertificateSecretArn) failed: ${errorText(err)}`,
      { cause: err }
    )
  }
  let v: { certificate?: unknown; privateKey?: unknown; chain?: unknown } = {}
  try {
    v = JSON.parse(text ?? '') as typeof v
  } catch {
    // Reported below.
  }
  if (typeof v.certificate !== 'string' || typeof v.privateKey !== 'string')
    throw new Error(
      `secret ${arn} (TlsCertificateSecretArn) must hold JSON {"certificate": "<PEM>", "privateKey": "<PEM>", "chain": "<PEM, optional>"}`
    )
  const chain = typeof v.chain === 'string' && v.chain.trim() ? `\n${v.chain.trim()}\n` : ''
  return { cert: `${v.certificate.trim()}\n${chain}`, key: `${v.privateKey.trim()}\n` }
}

/** The pair made on an earlier boot, if still valid; else a new self-signed one. */
async function madeOnce(agent: Agent): Promise<{ pair: Pair; source: string }> {
  const old = await readPair(agent)
  if (old) {
    try {
      checkPair(old, agent.clock.now(), 'the certificate made earlier')
      return {
        pair: old,
        source: `the certificate made on an earlier boot (${OPSCENTER_TLS.certFile})`
      }
    } catch (err) {
      agent.log(`service: ${errorText(err)}: making a new one`)
    }
  }
  return {
    pair: await generate(agent),
    source: `a new self-signed certificate for ${record(agent)}`
  }
}

const record = (agent: Agent): string => agent.config.recordName.replace(/\.$/, '')

async function readPair(agent: Agent): Promise<Pair | undefined> {
  try {
    return {
      cert: await readFile(path(agent, OPSCENTER_TLS.certFile), 'utf8'),
      key: await readFile(path(agent, OPSCENTER_TLS.keyFile), 'utf8')
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

/** openssl (in every Amazon Linux 2023 image) makes the key and the certificate in place. */
async function generate(agent: Agent): Promise<Pair> {
  const cert = path(agent, OPSCENTER_TLS.certFile)
  const key = path(agent, OPSCENTER_TLS.keyFile)
  await mkdir(dirname(cert), { recursive: true })
  const name = record(agent)
  await must(
    agent.runner,
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      String(OPSCENTER_TLS.generatedDays),
      '-subj',
      `/CN=${name}`,
      '-addext',
      `subjectAltName=DNS:${name}`,
      '-keyout',
      `${key}.tmp`,
      '-out',
      `${cert}.tmp`
    ],
    { timeoutMs: agent.deadline.bound(timeoutMs(agent)) }
  )
  const pair = {
    cert: await readFile(`${cert}.tmp`, 'utf8'),
    key: await readFile(`${key}.tmp`, 'utf8')
  }
  await placePair(agent)
  return pair
}

/** Key 0600, both owned as /var/lib/opscenter is (opscenterd runs as the package's user). */
async function writePair(agent: Agent, pair: Pair): Promise<void> {
  for (const [file, content] of [
    [OPSCENTER_TLS.certFile, pair.cert],
    [OPSCENTER_TLS.keyFile, pair.key]
  ] as const) {
    const target = path(agent, file)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(`${target}.tmp`, content, { mode: 0o600 })
  }
  await placePair(agent)
}

/** The <file>.tmp pair gets its modes and owner, then replaces the served one. */
async function placePair(agent: Agent): Promise<void> {
  const owner = await stat(path(agent, '/var/lib/opscenter')).catch(() => undefined)
  for (const [file, mode] of [
    [OPSCENTER_TLS.certFile, 0o644],
    [OPSCENTER_TLS.keyFile, 0o600]
  ] as const) {
    const tmp = `${path(agent, file)}.tmp`
    await chmod(tmp, mode)
    if (owner && process.getuid?.() === 0) await chown(tmp, owner.uid, owner.gid)
    await rename(tmp, path(agent, file))
  }
}

/** ssl_certfile and ssl_keyfile are the agent's; an ssl_port already set is kept. */
async function nameInConf(agent: Agent): Promise<void> {
  const conf = path(agent, OPSCENTERD_CONF)
  const before = await readFile(conf, 'utf8')
  let text = setKey(before, 'webserver', 'ssl_certfile', OPSCENTER_TLS.certFile)
  text = setKey(text, 'webserver', 'ssl_keyfile', OPSCENTER_TLS.keyFile)
  if (!getKey(text, 'webserver', 'ssl_port')?.trim())
    text = setKey(text, 'webserver', 'ssl_port', String(DEFAULTS.opscenterTlsPort))
  if (text !== before) await writeLike(conf, text)
}
