// The shared OpsCenter ports answer each client for the instance whose process connected:
// over HTTP, and over HTTPS with that instance's own certificate.
import { spawn } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { request } from 'node:https'
import { createServer } from 'node:net'
import { createSecureContext, type PeerCertificate, type TLSSocket } from 'node:tls'
import { selfSigned } from './certs.js'
import type { WebAnswer, WebRequest } from './opscenter-web.js'
import { startRouter, type Answering } from './router.js'

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })

/** Runs `node -e` fetching the URL; resolves with what it printed. */
function probeFromChild(url: string, onPid: (pid: number) => void): Promise<string> {
  const code = `process.env.NODE_TLS_REJECT_UNAUTHORIZED='0'; fetch('${url}').then(r => r.text(), e => 'error ' + (e.cause?.code ?? e.message)).then(t => console.log(t))`
  const child = spawn(process.execPath, ['-e', code], {
    stdio: ['ignore', 'pipe', 'ignore'],
    env: { ...process.env, NODE_NO_WARNINGS: '1' }
  })
  onPid(child.pid!)
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  return new Promise((resolve) => child.on('close', () => resolve(out.trim())))
}

function instance(
  id: string,
  active: () => boolean,
  cert?: { cert: string; key: string }
): Answering {
  return {
    respond(req: WebRequest): WebAnswer {
      if (!active()) return 'refuse'
      return {
        status: 200,
        body: JSON.stringify({ instance: id, outside: req.outside, tls: req.tls })
      }
    },
    tlsContext: () => (cert ? createSecureContext(cert) : undefined)
  }
}

describe('OpsCenter port router', () => {
  it('answers a process for its own instance, and resets it when that instance does not answer', async () => {
    const port = await freePort()
    const states: Record<string, boolean> = { 'i-a': true, 'i-b': false }
    const pids = new Map<number, string>()
    const router = await startRouter(
      port,
      (id) => instance(id, () => states[id]),
      (pid) => pids.get(pid)
    )
    try {
      const a = await probeFromChild(`http://127.0.0.1:${port}/`, (pid) => pids.set(pid, 'i-a'))
      expect(JSON.parse(a)).toEqual({ instance: 'i-a', outside: false, tls: false })
      const b = await probeFromChild(`http://127.0.0.1:${port}/`, (pid) => pids.set(pid, 'i-b'))
      expect(b).toMatch(/^error /)
      const named = await fetch(`http://127.0.0.1:${port}/?sim-instance=i-a`)
      expect(await named.json()).toEqual({ instance: 'i-a', outside: true, tls: false })
    } finally {
      await router.close()
    }
  })

  it('serves each instance its own certificate over HTTPS, to its own processes and to a client naming it by SNI', async () => {
    const port = await freePort()
    const certs = { 'i-a': selfSigned('a.example'), 'i-b': selfSigned('b.example') }
    const pids = new Map<number, string>()
    const router = await startRouter(
      port,
      (id) => instance(id, () => true, certs[id as keyof typeof certs]),
      (pid) => pids.get(pid),
      { tls: true }
    )
    try {
      const own = await probeFromChild(`https://127.0.0.1:${port}/`, (pid) => pids.set(pid, 'i-b'))
      expect(JSON.parse(own)).toEqual({ instance: 'i-b', outside: false, tls: true })
      const seen = await new Promise<{ body: string; cert: PeerCertificate }>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/',
            servername: 'i-a',
            rejectUnauthorized: false,
            agent: false
          },
          (res) => {
            const cert = (res.socket as TLSSocket).getPeerCertificate()
            let body = ''
            res.on('data', (d) => (body += d))
            res.on('end', () => resolve({ body, cert }))
          }
        )
        req.on('error', reject)
        req.end()
      })
      expect(JSON.parse(seen.body)).toEqual({ instance: 'i-a', outside: true, tls: true })
      expect(seen.cert.fingerprint256).toBe(new X509Certificate(certs['i-a'].cert).fingerprint256)
    } finally {
      await router.close()
    }
  })
})
