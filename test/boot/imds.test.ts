// The real IMDSv2 client against a fake IMDS on loopback, found through
// AWS_EC2_METADATA_SERVICE_ENDPOINT as the simulator will point it.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ImdsClient } from '../../src/boot/os/imds.js'
import { readIdentity } from '../../src/boot/steps/identity.js'
import { FakeClock } from '../fixtures/clock.js'

let server: Server
let requests: string[]
let failNext = 0
const values: Record<string, string> = {
  '/latest/meta-data/instance-id': 'i-0abc',
  '/latest/meta-data/placement/region': 'eu-west-1',
  '/latest/meta-data/placement/availability-zone': 'eu-west-1b',
  '/latest/meta-data/mac': '0A:00:00:00:00:01',
  '/latest/meta-data/ami-id': 'ami-0abc'
}

beforeAll(async () => {
  server = createServer((req, res) => {
    const token = req.headers['x-aws-ec2-metadata-token']
    requests.push(`${req.method} ${req.url}${token ? ` token=${token}` : ''}`)
    if (req.method === 'PUT' && req.url === '/latest/api/token') {
      res.end(req.headers['x-aws-ec2-metadata-token-ttl-seconds'] ? 'TOKEN' : '')
      return
    }
    if (token !== 'TOKEN') return void res.writeHead(401).end()
    if (failNext-- > 0) return void res.writeHead(500).end()
    const value = values[req.url ?? '']
    if (value === undefined) return void res.writeHead(404).end()
    res.end(value)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => {
  delete process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT
  return new Promise((r) => server.close(r))
})
beforeEach(() => {
  requests = []
  failNext = 0
})

test('reads the identity with one IMDSv2 token from the endpoint in the environment', async () => {
  const identity = await readIdentity(new ImdsClient({ clock: new FakeClock() }))
  expect(identity).toEqual({
    instanceId: 'i-0abc',
    region: 'eu-west-1',
    zone: 'eu-west-1b',
    mac: '0a:00:00:00:00:01',
    amiId: 'ami-0abc'
  })
  expect(requests).toEqual([
    'PUT /latest/api/token',
    'GET /latest/meta-data/instance-id token=TOKEN',
    'GET /latest/meta-data/placement/region token=TOKEN',
    'GET /latest/meta-data/placement/availability-zone token=TOKEN',
    'GET /latest/meta-data/mac token=TOKEN',
    'GET /latest/meta-data/ami-id token=TOKEN'
  ])
})

test('404 is "not there" (undefined), not an error', async () => {
  const imds = new ImdsClient({ clock: new FakeClock() })
  await expect(imds.get('autoscaling/target-lifecycle-state')).resolves.toBeUndefined()
})

test('a server error is retried on the injected clock, boundedly', async () => {
  const clock = new FakeClock()
  failNext = 2
  await expect(new ImdsClient({ clock }).get('instance-id')).resolves.toBe('i-0abc')
  expect(clock.sleeps).toHaveLength(2)
  failNext = 100
  await expect(new ImdsClient({ clock, attempts: 3 }).get('instance-id')).rejects.toThrow(
    /IMDS GET http:\/\/127\.0\.0\.1:\d+\/latest\/meta-data\/instance-id: HTTP 500/
  )
})

test('an unreachable IMDS fails with a clear error', async () => {
  const closed = createServer()
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r))
  const port = (closed.address() as AddressInfo).port
  await new Promise((r) => closed.close(r))
  const imds = new ImdsClient({
    endpoint: `http://127.0.0.1:${port}`,
    clock: new FakeClock(),
    attempts: 2
  })
  await expect(imds.get('instance-id')).rejects.toThrow(
    /IMDSv2 token \(PUT http:\/\/127.0.0.1:\d+\/latest\/api\/token\): ECONNREFUSED/
  )
})
