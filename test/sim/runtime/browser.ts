// A client on another host (a browser, a DSE node's agent, a curl in the VPC): it reaches one
// instance's OpsCenter from outside that machine, over HTTPS on ssl_port (naming the instance
// by SNI, see router.ts) or plain HTTP on the web port. It trusts any certificate and says
// which one it saw, so a test can compare it with the fingerprint the agent reported.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { TLSSocket } from 'node:tls'

export interface Visit {
  status: number
  body: string
  headers: IncomingMessage['headers']
  /** SHA-256 fingerprint of the certificate served (HTTPS only). */
  fingerprint?: string
}

export interface VisitOptions {
  method?: string
  path?: string
  body?: unknown
  headers?: Record<string, string>
  tls?: boolean
  timeoutMs?: number
}

/** One request to `instanceId`'s OpsCenter; rejects when the connection is refused or reset. */
export function visit(
  ports: { http: number; https: number },
  instanceId: string,
  o: VisitOptions = {}
): Promise<Visit> {
  const tls = o.tls ?? true
  const body = o.body === undefined ? undefined : JSON.stringify(o.body)
  const path = o.path ?? '/'
  const common = {
    host: '127.0.0.1',
    method: o.method ?? (body ? 'POST' : 'GET'),
    headers: {
      ...o.headers,
      ...(body
        ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
        : {})
    },
    agent: false as const,
    signal: AbortSignal.timeout(o.timeoutMs ?? 2000)
  }
  return new Promise((resolve, reject) => {
    const done = (res: IncomingMessage, fingerprint?: string) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString(),
          headers: res.headers,
          fingerprint
        })
      )
    }
    const req = tls
      ? httpsRequest(
          { ...common, port: ports.https, path, servername: instanceId, rejectUnauthorized: false },
          (res) => done(res, (res.socket as TLSSocket).getPeerCertificate().fingerprint256)
        )
      : httpRequest(
          {
            ...common,
            port: ports.http,
            path: `${path}${path.includes('?') ? '&' : '?'}sim-instance=${instanceId}`
          },
          (res) => done(res)
        )
    req.on('error', reject)
    req.end(body)
  })
}

/** POST /login as OpsCenter's API takes it: the session id, or undefined when refused. */
export async function loginAs(
  ports: { http: number; https: number },
  instanceId: string,
  username: string,
  password: string
): Promise<string | undefined> {
  const r = await visit(ports, instanceId, { path: '/login', body: { username, password } })
  return r.status === 200 ? (JSON.parse(r.body) as { sessionid: string }).sessionid : undefined
}
