// What the fake opscenterd serves on its web ports, read from opscenterd.conf when it starts
// as OpsCenter 6.8 reads it:
// - [webserver] interface (the package's default is 127.0.0.1: nothing else reaches it),
//   port (HTTP, 8888) and ssl_keyfile/ssl_certfile/ssl_port (HTTPS; "when SSL is on, 8888
//   redirects to 8443": DataStax, OpsCenter ports reference, research/ecosystem-and-opscenter.md);
// - [authentication] enabled and passwd_db: "The first time authentication is enabled, a
//   default admin account is created with username admin and password admin" (Enabling
//   authentication in OpsCenter, https://docs.datastax.com/en/opscenter/6.8/opsc/managing/configuring/enabling-authentication.html);
//   default passwd_db /etc/opscenter/passwd.db (Changing the location of the password database).
// The API as the OpsCenter 6.8 API reference describes it
// (https://docs.datastax.com/en/opscenter/6.8/api/authentication.html): POST /login with
// {"username","password"} answers {"sessionid"}, passed back as the opscenter-session
// header; GET /logout; PUT /users/{username} with {"password", "old_password", "role"}
// changes a password (admins only). Without a session, the API answers 401; the page at /
// is the UI's shell, public as the real one is (its login form is the app's). The real
// passwd.db is SQLite; the fake keeps its users as JSON there (nothing but OpsCenter, real
// or fake, reads it: the boot agent only asks whether it exists).
import { createHash, createPrivateKey, randomBytes, X509Certificate } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createSecureContext, type SecureContext } from 'node:tls'
import { join } from 'node:path'
import { getKey } from '../../../src/boot/os/ini.js'

export interface WebConf {
  /** [webserver] interface; 127.0.0.1 (the package default) answers only its own machine. */
  iface: string
  port: number
  tls?: { port: number; context: SecureContext; fingerprint: string }
  auth: boolean
  /** Real path of passwd_db under the machine's root. */
  passwdDb: string
}

export interface WebRequest {
  method: string
  path: string
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The client is not on this machine (another host, a browser, an agent). */
  outside: boolean
  tls: boolean
}

export type WebAnswer =
  { status: number; headers?: Record<string, string>; body: string } | 'refuse' | 'hold'

interface Users {
  [name: string]: { sha256: string; role: string }
}

const hash = (password: string): string => createHash('sha256').update(password).digest('hex')

/** Reads the web settings; throws (opscenterd exits) on a certificate it cannot use. */
export function readWebConf(root: string, conf: string): WebConf {
  const key = (s: string, k: string) => getKey(conf, s, k)?.trim()
  const at = (p: string) => join(root, p)
  const tlsPort = key('webserver', 'ssl_port')
  const certFile = key('webserver', 'ssl_certfile')
  const keyFile = key('webserver', 'ssl_keyfile')
  let tls: WebConf['tls']
  if (certFile && keyFile) {
    const cert = readFileSync(at(certFile), 'utf8')
    const pkey = readFileSync(at(keyFile), 'utf8')
    const x509 = new X509Certificate(cert)
    if (!x509.checkPrivateKey(createPrivateKey(pkey)))
      throw new Error(`${keyFile} is not the key of ${certFile}`)
    tls = {
      port: Number(tlsPort ?? 8443),
      context: createSecureContext({ cert, key: pkey }),
      fingerprint: x509.fingerprint256
    }
  }
  return {
    iface: key('webserver', 'interface') ?? '127.0.0.1',
    port: Number(key('webserver', 'port') ?? 8888),
    tls,
    auth: /^(true|1|yes|on)$/i.test(key('authentication', 'enabled') ?? 'False'),
    passwdDb: at(key('authentication', 'passwd_db') ?? '/etc/opscenter/passwd.db')
  }
}

export class OpsCenterWeb {
  private readonly sessions = new Map<string, string>()
  /** Answers given off the machine while anyone could log in as admin/admin (or no login). */
  readonly exposed: string[] = []

  constructor(
    readonly conf: WebConf,
    private readonly identity: () => { version: string; instance: string },
    private readonly now: () => number = Date.now
  ) {
    // First start with authentication on: the default admin account.
    if (conf.auth && !existsSync(conf.passwdDb))
      this.save({ admin: { sha256: hash('admin'), role: 'admin' } })
  }

  /** Bound to loopback: nothing off the machine reaches it. */
  get loopbackOnly(): boolean {
    return ['127.0.0.1', 'localhost', '::1'].includes(this.conf.iface)
  }

  answer(req: WebRequest): WebAnswer {
    const c = this.conf
    if (req.outside && this.loopbackOnly) return 'refuse'
    if (req.tls && !c.tls) return 'refuse'
    if (!req.tls && c.tls) {
      const host = String(req.headers.host ?? 'localhost').replace(/:\d+$/, '')
      return {
        status: 302,
        headers: { location: `https://${host}:${c.tls.port}${req.path}` },
        body: ''
      }
    }
    if (req.outside && (!c.auth || this.defaultLogin()))
      this.exposed.push(
        `${new Date(this.now()).toISOString()} ${req.method} ${req.path} answered off the machine ${c.auth ? 'while admin/admin logs in' : 'without authentication'}`
      )
    return this.route(req)
  }

  private route(req: WebRequest): WebAnswer {
    const path = req.path.split('?')[0]
    if (req.method === 'GET' && path === '/')
      return json(200, { ...this.identity(), authentication: this.conf.auth })
    if (!this.conf.auth) return json(200, {})
    if (req.method === 'POST' && path === '/login') return this.login(req.body)
    const user = this.sessionUser(req)
    if (!user) return json(401, { message: 'Unauthorized: log in first (POST /login)' })
    if (req.method === 'GET' && path === '/logout') {
      this.sessions.delete(String(req.headers['opscenter-session']))
      return json(200, {})
    }
    const m = /^\/users\/([^/]+)$/.exec(path)
    if (req.method === 'PUT' && m) return this.updateUser(user, decodeURIComponent(m[1]), req.body)
    return json(200, {})
  }

  private login(body: string): WebAnswer {
    const { username, password } = parse(body)
    const u = this.users()[String(username)]
    if (!u || u.sha256 !== hash(String(password)))
      return json(401, { message: 'Invalid username or password' })
    const id = randomBytes(16).toString('hex')
    this.sessions.set(id, String(username))
    return json(200, { sessionid: id })
  }

  private updateUser(caller: string, name: string, body: string): WebAnswer {
    const users = this.users()
    if (users[caller]?.role !== 'admin') return json(403, { message: 'Forbidden' })
    const target = users[name]
    if (!target) return json(404, { message: `No user ${name}` })
    const b = parse(body)
    if (
      name === caller &&
      b.old_password !== undefined &&
      hash(String(b.old_password)) !== target.sha256
    )
      return json(400, { message: 'old_password does not match' })
    if (typeof b.password !== 'string' || b.password === '')
      return json(400, { message: 'password is required' })
    users[name] = { sha256: hash(b.password), role: String(b.role ?? target.role) }
    this.save(users)
    return json(200, {})
  }

  private sessionUser(req: WebRequest): string | undefined {
    const id = req.headers['opscenter-session']
    return typeof id === 'string' ? this.sessions.get(id) : undefined
  }

  /** True while admin/admin would log in. */
  defaultLogin(): boolean {
    return this.users().admin?.sha256 === hash('admin')
  }

  users(): Users {
    try {
      return JSON.parse(readFileSync(this.conf.passwdDb, 'utf8')) as Users
    } catch {
      return {}
    }
  }

  private save(users: Users): void {
    writeFileSync(this.conf.passwdDb, JSON.stringify(users), { mode: 0o600 })
  }
}

function parse(body: string): Record<string, unknown> {
  try {
    const v = JSON.parse(body) as unknown
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

const json = (status: number, body: unknown): WebAnswer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body)
})
