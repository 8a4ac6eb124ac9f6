import { X509Certificate } from 'node:crypto'
import { readFileSync, rmSync, statSync, chmodSync } from 'node:fs'
import { join } from 'node:path'
import { OPSCENTER_TLS } from '../../src/shared/contract.js'
import { getKey, setKey } from '../../src/boot/os/ini.js'
import { ensureListening, pinStompInterface, startService } from '../../src/boot/steps/service.js'
import { ENI_IP, FakeOs, makeAgent, makeRoot, serveOpsCenter, writeFile } from './helpers.js'

const PACKAGE_CONF = `# opscenterd.conf
[webserver]
port = PORT
; the package default: loopback only
interface = 127.0.0.1 

[authentication]
enabled = False
interface = 127.0.0.1
`

let root: string
let server: Awaited<ReturnType<typeof serveOpsCenter>> | undefined
beforeEach(() => (root = makeRoot()))
afterEach(async () => {
  rmSync(root, { recursive: true, force: true })
  await server?.close()
  server = undefined
})

/** opscenterd's HTTP port and its HTTPS port (serving the certificate the agent made). */
async function serve(status: number, host = '127.0.0.1'): Promise<{ port: number; tls: number }> {
  server = await serveOpsCenter(root, () => status, host)
  return { port: server.port, tls: server.tlsPort }
}

describe('opscenterd.conf edits', () => {
  test('interface 127.0.0.1 becomes 0.0.0.0; every other byte stays', () => {
    const text = PACKAGE_CONF.replace('PORT', '8888')
    const out = setKey(text, 'webserver', 'interface', '0.0.0.0')
    expect(out).toBe(text.replace('interface = 127.0.0.1 \n', 'interface = 0.0.0.0 \n'))
    expect(getKey(out, 'authentication', 'interface')).toBe('127.0.0.1')
  })

  test('a missing key is added to its section, a missing section at the end', () => {
    expect(setKey('[webserver]\nport = 1\n[x]\n', 'webserver', 'interface', '0.0.0.0')).toBe(
      '[webserver]\ninterface = 0.0.0.0\nport = 1\n[x]\n'
    )
    expect(setKey('# only a comment', 'webserver', 'interface', '0.0.0.0')).toBe(
      '# only a comment\n\n[webserver]\ninterface = 0.0.0.0\n'
    )
  })

  test('CRLF files keep CRLF; commented-out keys are not keys', () => {
    expect(
      setKey('[webserver]\r\n#interface = 1.2.3.4\r\n', 'webserver', 'interface', '0.0.0.0')
    ).toBe('[webserver]\r\ninterface = 0.0.0.0\r\n#interface = 1.2.3.4\r\n')
  })

  test('0.0.0.0 or the ENI address are left alone; mode is kept when rewriting', async () => {
    const conf = join(root, 'opscenterd.conf')
    writeFile(root, 'opscenterd.conf', `[webserver]\ninterface = ${ENI_IP}\n`)
    expect(await ensureListening(conf, ENI_IP)).toBeUndefined()
    writeFile(root, 'opscenterd.conf', '[webserver]\ninterface = 127.0.0.1\n')
    chmodSync(conf, 0o640)
    expect(await ensureListening(conf, ENI_IP)).toMatch('(was 127.0.0.1)')
    expect(readFileSync(conf, 'utf8')).toBe('[webserver]\ninterface = 0.0.0.0\n')
    expect(statSync(conf).mode & 0o777).toBe(0o640)
  })
})

test('makes a certificate, names it, sets the interface, starts opscenterd and probes HTTPS', async () => {
  const { port, tls } = await serve(200)
  writeFile(
    root,
    'etc/opscenter/opscenterd.conf',
    PACKAGE_CONF.replace('PORT', String(port)).replace(
      '[authentication]',
      `ssl_port = ${tls}\n\n[authentication]`
    )
  )
  const t = makeAgent(root)
  const started = await startService(t.agent, ENI_IP)
  expect(t.os.calls.map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([
    'openssl req',
    'systemctl start'
  ])
  const conf = readFileSync(join(root, 'etc/opscenter/opscenterd.conf'), 'utf8')
  expect(getKey(conf, 'webserver', 'ssl_certfile')).toBe(OPSCENTER_TLS.certFile)
  expect(getKey(conf, 'webserver', 'ssl_keyfile')).toBe(OPSCENTER_TLS.keyFile)
  expect(getKey(conf, 'webserver', 'ssl_port')).toBe(String(tls))
  const cert = new X509Certificate(readFileSync(join(root, OPSCENTER_TLS.certFile)))
  expect(started.fingerprint).toBe(cert.fingerprint256)
  expect(cert.subjectAltName).toBe('DNS:opscenter.example.com')
  expect(statSync(join(root, OPSCENTER_TLS.keyFile)).mode & 0o777).toBe(0o600)
  // The next boot (a replacement) keeps the certificate on EFS: same fingerprint, no openssl.
  const again = makeAgent(root)
  expect((await startService(again.agent, ENI_IP)).fingerprint).toBe(started.fingerprint)
  expect(again.os.calls).toEqual(['systemctl start opscenterd'])
  const note = started.note
  expect(
    getKey(
      readFileSync(join(root, 'etc/opscenter/opscenterd.conf'), 'utf8'),
      'webserver',
      'interface'
    )
  ).toBe('0.0.0.0')
  expect(t.logs).toContainEqual(
    expect.stringMatching(/^service: set \[webserver\] interface = 0.0.0.0/)
  )
  expect(note).toMatch(`opscenterd answered on https://127.0.0.1:${tls}/`)
})

test('opscenterd bound to the ENI address is probed there, not on loopback', async () => {
  // A loopback address other than 127.0.0.1 stands in for the ENI's IP: a server bound to
  // it alone refuses 127.0.0.1, as opscenterd bound to the ENI address does.
  const eniIp = '127.0.0.2'
  const { port, tls } = await serve(200, eniIp)
  writeFile(
    root,
    'etc/opscenter/opscenterd.conf',
    `[webserver]\nport = ${port}\ninterface = ${eniIp}\nssl_port = ${tls}\n`
  )
  const t = makeAgent(root, { config: { timeoutSeconds: 4 } })
  expect((await startService(t.agent, eniIp)).note).toMatch(`answered on https://${eniIp}:${tls}/`)
})

test('a 4xx answer (e.g. a login page) counts as up', async () => {
  const { port, tls } = await serve(401)
  writeFile(
    root,
    'etc/opscenter/opscenterd.conf',
    `[webserver]\nport = ${port}\ninterface = 0.0.0.0\nssl_port = ${tls}\n`
  )
  expect((await startService(makeAgent(root).agent, ENI_IP)).note).toMatch('answered')
})

test('a service that never answers below 500 fails after timeoutSeconds with its last answer', async () => {
  const { port, tls } = await serve(503)
  writeFile(
    root,
    'etc/opscenter/opscenterd.conf',
    `[webserver]\nport = ${port}\nssl_port = ${tls}\n`
  )
  const t = makeAgent(root, { config: { timeoutSeconds: 10 } })
  await expect(startService(t.agent, ENI_IP)).rejects.toThrow(
    `timed out after 10s waiting for opscenterd to answer on https://127.0.0.1:${tls}/; last answer: HTTP 503`
  )
})

test('a service that never listens fails with ECONNREFUSED', async () => {
  const { port, tls } = await serve(200)
  await server!.close()
  server = undefined
  writeFile(
    root,
    'etc/opscenter/opscenterd.conf',
    `[webserver]\nport = ${port}\nssl_port = ${tls}\n`
  )
  const t = makeAgent(root, { config: { timeoutSeconds: 4 } })
  await expect(startService(t.agent, ENI_IP)).rejects.toThrow(/last answer: ECONNREFUSED/)
})

test('systemctl start failing fails the step with its message', async () => {
  writeFile(root, 'etc/opscenter/opscenterd.conf', '[webserver]\n')
  const os = new FakeOs().on((cmd) =>
    cmd === 'systemctl'
      ? {
          code: 1,
          stdout: '',
          stderr: 'Job for opscenterd.service failed because the control process exited\n'
        }
      : undefined
  )
  await expect(startService(makeAgent(root, { os }).agent, ENI_IP)).rejects.toThrow(
    'systemctl start opscenterd exited 1: Job for opscenterd.service failed'
  )
})

describe('the agents follow the record, whatever opscenterd would push them', () => {
  test("each cluster's [agent_config] names the record; its other keys stay", async () => {
    writeFile(
      root,
      'etc/opscenter/clusters/prod.conf',
      '[jmx]\nport = 7199\n\n[agent_config]\nstomp_interface = 10.0.1.23\nuse_ssl = 1\n'
    )
    writeFile(root, 'etc/opscenter/clusters/dev.conf', '[cassandra]\nseed_hosts = 10.0.2.1\n')
    writeFile(root, 'etc/opscenter/clusters/README', 'not a cluster')
    const t = makeAgent(root)
    expect(await pinStompInterface(t.agent)).toEqual([
      'set [agent_config] stomp_interface = opscenter.example.com in dev.conf (was unset)',
      'set [agent_config] stomp_interface = opscenter.example.com in prod.conf (was 10.0.1.23)'
    ])
    const prod = readFileSync(join(root, 'etc/opscenter/clusters/prod.conf'), 'utf8')
    expect(getKey(prod, 'agent_config', 'stomp_interface')).toBe('opscenter.example.com')
    expect(getKey(prod, 'agent_config', 'use_ssl')).toBe('1')
    expect(getKey(prod, 'jmx', 'port')).toBe('7199')
    const dev = readFileSync(join(root, 'etc/opscenter/clusters/dev.conf'), 'utf8')
    expect(getKey(dev, 'cassandra', 'seed_hosts')).toBe('10.0.2.1')
    // A second boot changes nothing.
    expect(await pinStompInterface(t.agent)).toEqual([])
  })

  test('no clusters yet (a first boot) is fine', async () => {
    expect(await pinStompInterface(makeAgent(root).agent)).toEqual([])
  })
})
