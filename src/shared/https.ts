// One HTTP(S) request to OpsCenter, trusting exactly one certificate: the one whose SHA-256
// fingerprint is given (the agent configured it, and reports it). A certificate the agent
// made itself is signed by nobody a CA store knows, and OpsCenter is reached by 127.0.0.1,
// not by the name in the certificate: pinning is what makes such a connection safe. The
// fingerprint is checked once the handshake is done, before a byte of the request (a
// password) is sent.
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import type { TLSSocket } from 'node:tls'

export interface WebAnswer {
  status: number
  body: string
  headers: IncomingMessage['headers']
}

export interface WebCall {
  method?: string
  body?: string
  headers?: Record<string, string>
  /** Required for https: the SHA-256 fingerprint (AA:BB:...) the server's certificate must have. */
  fingerprint?: string
  signal?: AbortSignal
}

/** Thrown when the server's certificate is not the pinned one. */
export class CertificateMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly got: string
  ) {
    super(`the server's certificate ${got} is not the one configured (${expected})`)
    this.name = 'CertificateMismatch'
  }
}

export async function webRequest(url: string, call: WebCall = {}): Promise<WebAnswer> {
  const u = new URL(url)
  const tls = u.protocol === 'https:'
  if (tls && !call.fingerprint) throw new Error(`no certificate fingerprint to trust for ${url}`)
  const host = u.hostname.replace(/^\[|\]$/g, '')
  const options = {
    host,
    port: Number(u.port || (tls ? 443 : 80)),
    method: call.method ?? 'GET',
    path: u.pathname + u.search,
    headers: {
      ...call.headers,
      ...(call.body !== undefined ? { 'content-length': Buffer.byteLength(call.body) } : {})
    },
    agent: false as const,
    signal: call.signal
  }
  return new Promise((resolve, reject) => {
    const onAnswer = (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          headers: res.headers
        })
      )
      res.on('error', reject)
    }
    if (!tls) {
      const req = httpRequest(options, onAnswer)
      req.on('error', reject)
      return void req.end(call.body)
    }
    // Trust is the fingerprint, not a CA store or the name: nothing is written (not even
    // the headers) before the handshake showed the pinned certificate.
    const req = httpsRequest(
      { ...options, rejectUnauthorized: false, ...(isIP(host) ? {} : { servername: host }) },
      onAnswer
    )
    req.on('error', reject)
    req.once('socket', (socket) => {
      const check = () => {
        const got = (socket as TLSSocket).getPeerCertificate().fingerprint256
        if (got?.toUpperCase() === call.fingerprint!.toUpperCase()) return void req.end(call.body)
        req.destroy(new CertificateMismatch(call.fingerprint!, got ?? 'none'))
      }
      // agent: false: always a new socket, its handshake still to come.
      socket.once('secureConnect', check)
    })
  })
}
