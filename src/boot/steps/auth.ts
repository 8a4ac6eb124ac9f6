// OpsCenter's login, on from the first answer. OpsCenter ships no tool that sets a password
// in 6.8 (set_passwd.py went with 5.0) and its passwd.db is its own; what it documents is
// that "the first time authentication is enabled, a default admin account is created with
// username admin and password admin" (Enabling authentication in OpsCenter, 6.8) and that
// PUT /users/{username} changes a password (OpsCenter API reference, Authentication, 6.8).
// So the first time, the agent turns [authentication] enabled on, starts opscenterd bound to
// 127.0.0.1 only, logs in as admin/admin over loopback, sets the password of the stack's
// secret, checks that admin/admin no longer works, writes its record on EFS and only then
// lets opscenterd listen on the ENI. Later boots never set it again: a password a person
// changed in OpsCenter stays. A rotated secret (its AWSPREVIOUS version still logs in) is
// carried over to its AWSCURRENT one, over the running, already protected OpsCenter.
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager'
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { EFS_MOUNT_POINT, STATE } from '../../shared/contract.js'
import { webRequest } from '../../shared/https.js'
import { aws, path, type Agent } from '../context/agent.js'
import { getKey, setKey } from '../os/ini.js'
import { errorText } from '../os/log.js'
import { OPSCENTERD_CONF, writeLike } from '../os/opscenterd-conf.js'

/** The default account OpsCenter creates when authentication is first enabled. */
const DEFAULT_LOGIN = { username: 'admin', password: 'admin' }
/** [authentication] passwd_db's default for package installs. */
const PASSWD_DB = '/etc/opscenter/passwd.db'

export interface Login {
  username: string
  password: string
}

/** Where OpsCenter answers and which certificate to trust there. */
export interface Endpoint {
  url: string
  fingerprint?: string
}

/** The admin login of the secret, at `stage`; throws naming the secret and the call. */
export async function secretLogin(agent: Agent, stage = 'AWSCURRENT'): Promise<Login | undefined> {
  const arn = agent.config.adminSecretArn!
  let text: string | undefined
  try {
    const out = await aws(agent, () =>
      agent.secrets.send(new GetSecretValueCommand({ SecretId: arn, VersionStage: stage }))
    )
    text = out.SecretString
  } catch (err) {
    if (stage !== 'AWSCURRENT' && (err as Error).name === 'ResourceNotFoundException')
      return undefined
    throw new Error(
      `secretsmanager:GetSecretValue on ${arn} (${stage}) failed: ${errorText(err)}; the instance role must be allowed to read the stack's AdminSecret`,
      { cause: err }
    )
  }
  try {
    const v = JSON.parse(text ?? '') as Partial<Login>
    if (typeof v.password === 'string' && v.password.length > 0)
      return {
        username: typeof v.username === 'string' ? v.username : 'admin',
        password: v.password
      }
  } catch {
    // Reported below.
  }
  throw new Error(`secret ${arn} must hold JSON {"username": "admin", "password": "..."}`)
}

const recordFile = (agent: Agent) =>
  path(agent, join(EFS_MOUNT_POINT, STATE.dir, STATE.adminPassword))

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false
  )

/**
 * Turns [authentication] enabled on; true when the admin password must still be set (no
 * record of it on EFS, or no password database: OpsCenter would make admin/admin).
 */
export async function enableAuthentication(agent: Agent): Promise<boolean> {
  const conf = path(agent, OPSCENTERD_CONF)
  const text = await readFile(conf, 'utf8')
  if (!/^true$/i.test(getKey(text, 'authentication', 'enabled')?.trim() ?? ''))
    await writeLike(conf, setKey(text, 'authentication', 'enabled', 'True'))
  const db = getKey(text, 'authentication', 'passwd_db')?.trim() || PASSWD_DB
  return !(await exists(recordFile(agent))) || !(await exists(path(agent, db)))
}

/** Binds opscenterd to loopback only (the first start), returning what to put back. */
export async function loopbackOnly(agent: Agent): Promise<void> {
  const conf = path(agent, OPSCENTERD_CONF)
  await writeLike(conf, setKey(await readFile(conf, 'utf8'), 'webserver', 'interface', '127.0.0.1'))
}

async function login(at: Endpoint, who: Login, signal: AbortSignal): Promise<string | undefined> {
  const res = await webRequest(new URL('/login', at.url).href, {
    method: 'POST',
    body: JSON.stringify({ username: who.username, password: who.password }),
    headers: { 'content-type': 'application/json' },
    fingerprint: at.fingerprint,
    signal
  })
  if (res.status === 401) return undefined
  if (res.status !== 200) throw new Error(`POST /login answered HTTP ${res.status}: ${res.body}`)
  return (JSON.parse(res.body) as { sessionid: string }).sessionid
}

async function setPassword(
  at: Endpoint,
  session: string,
  from: Login,
  to: Login,
  signal: AbortSignal
) {
  const res = await webRequest(new URL(`/users/${encodeURIComponent(to.username)}`, at.url).href, {
    method: 'PUT',
    body: JSON.stringify({ password: to.password, old_password: from.password, role: 'admin' }),
    headers: { 'content-type': 'application/json', 'opscenter-session': session },
    fingerprint: at.fingerprint,
    signal
  })
  if (res.status !== 200)
    throw new Error(`PUT /users/${to.username} answered HTTP ${res.status}: ${res.body}`)
}

/** One API call's bound: 10 s, never past the boot's deadline. */
const LOGIN_TIMEOUT_MS = 10_000

const bound = (agent: Agent): AbortSignal =>
  AbortSignal.timeout(agent.deadline.bound(LOGIN_TIMEOUT_MS))

/**
 * The first start, on loopback: admin/admin becomes the secret's password. Proven by the
 * secret logging in and admin/admin being refused; then recorded on EFS.
 */
export async function secureAdmin(agent: Agent, at: Endpoint, secret: Login): Promise<string> {
  let note: string
  const session = await login(at, DEFAULT_LOGIN, bound(agent))
  if (session) {
    await setPassword(at, session, DEFAULT_LOGIN, secret, bound(agent))
    note = `set the password of ${secret.username} from the secret`
  } else if (await login(at, secret, bound(agent))) {
    note = `${secret.username} already logs in with the secret's password`
  } else {
    // An imported or older state whose admin password a person chose: theirs stays.
    note = `admin/admin is refused and the secret's password does not log in: the password a person set stays`
  }
  if (await login(at, DEFAULT_LOGIN, bound(agent)))
    throw new Error(
      'admin/admin still logs in after setting the password: OpsCenter stays on loopback'
    )
  await writeRecord(agent)
  return note
}

async function writeRecord(agent: Agent): Promise<void> {
  const file = recordFile(agent)
  await mkdir(dirname(file), { recursive: true })
  const body = {
    setAt: new Date(agent.clock.now()).toISOString(),
    secret: agent.config.adminSecretArn
  }
  await writeFile(`${file}.tmp`, JSON.stringify(body) + '\n', { mode: 0o600 })
  await rename(`${file}.tmp`, file)
}

/**
 * A later boot, OpsCenter serving: says whether the secret still logs in, and carries a
 * rotated secret over (the AWSPREVIOUS password still logs in: it was the secret's, nobody
 * changed it). Never fails the boot: OpsCenter is protected either way.
 */
export async function checkAdmin(agent: Agent, at: Endpoint, current: Login): Promise<string> {
  try {
    if (await login(at, current, bound(agent)))
      return `${current.username} logs in with the secret's password`
    const previous = await secretLogin(agent, 'AWSPREVIOUS')
    const session = previous ? await login(at, previous, bound(agent)) : undefined
    if (previous && session) {
      await setPassword(at, session, previous, current, bound(agent))
      return `the secret was rotated: ${current.username}'s password is now its AWSCURRENT value`
    }
    return `the secret's password does not log in: a person changed ${current.username}'s password in OpsCenter, and it stays`
  } catch (err) {
    return `the admin login could not be checked: ${errorText(err)}`
  }
}
