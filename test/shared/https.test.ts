// The pinned HTTPS client: it talks only to the certificate whose fingerprint it was given,
// and sends nothing (not even the headers) to any other.
import { X509Certificate } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { CertificateMismatch, webRequest } from '../../src/shared/https.js'
import { selfSigned } from '../sim/runtime/certs.js'

const served = selfSigned('opscenter.example.internal')
const other = selfSigned('someone.else')
let server: Server
let port: number
const received: string[] = []

beforeAll(async () => {
  server = createServer({ cert: served.cert, key: served.key }, (req, res) => {
    let body = ''
    req.on('data', (d) => (body += d))
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${body}`)
      res.end('ok')
    })
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  port = (server.address() as AddressInfo).port
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((r) => server.close(r))
})
beforeEach(() => (received.length = 0))

it('answers when the server shows the pinned certificate', async () => {
  const fingerprint = new X509Certificate(served.cert).fingerprint256
  const res = await webRequest(`https://127.0.0.1:${port}/login`, {
    method: 'POST',
    body: '{"password":"p"}',
    fingerprint
  })
  expect([res.status, res.body]).toEqual([200, 'ok'])
  expect(received).toEqual(['POST /login {"password":"p"}'])
})

it('refuses another certificate, and the server never sees the request', async () => {
  const expected = new X509Certificate(other.cert).fingerprint256
  await expect(
    webRequest(`https://127.0.0.1:${port}/login`, {
      method: 'POST',
      body: '{"password":"secret"}',
      fingerprint: expected
    })
  ).rejects.toBeInstanceOf(CertificateMismatch)
  await new Promise((r) => setTimeout(r, 50))
  expect(received).toEqual([])
})

it('will not speak HTTPS without a fingerprint to trust', async () => {
  await expect(webRequest(`https://127.0.0.1:${port}/`)).rejects.toThrow(
    /no certificate fingerprint to trust/
  )
})
