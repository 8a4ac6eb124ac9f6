// Shared fakes for the boot agent's tests: a temp root folder, a fake OS behind the
// command runner (it records every command), a fake IMDS and an Agent wired to FakeClock.
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  renameSync,
  symlinkSync,
  unlinkSync,
  writeFileSync
} from 'node:fs'
import { execFileSync } from 'node:child_process'
import { createSocket } from 'node:dgram'
import { readFileSync } from 'node:fs'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import { createSecureContext, TLSSocket } from 'node:tls'
import dnsPacket from 'dns-packet'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  awsClients,
  Deadline,
  BOOT_BUDGET_WAITS,
  type Agent
} from '../../src/boot/context/agent.js'
import type { Metadata } from '../../src/boot/os/imds.js'
import type { CommandResult, CommandRunner, RunOptions } from '../../src/boot/os/runner.js'
import { IMAGE_VERSION_PATH, OPSCENTER_TLS, type BootConfig } from '../../src/shared/contract.js'
import { FakeClock } from '../fixtures/clock.js'

process.env.AWS_ACCESS_KEY_ID = 'AKIDTEST'
process.env.AWS_SECRET_ACCESS_KEY = 'test'
process.env.AWS_REGION = 'eu-west-1'

export const ME = 'i-0000000000000000a'
export const PEER = 'i-0000000000000000b'
export const ZONE = 'eu-west-1a'
export const ENI = 'eni-0000000000000000e'
export const ENI_IP = '10.0.1.50'
export const ENI_MAC = '0a:00:00:00:00:e1'
export const ETH0_MAC = '0a:00:00:00:00:01'

export const CONFIG: BootConfig = {
  stackName: 'ops',
  region: 'eu-west-1',
  hostedZoneId: 'Z0123ABC',
  recordName: 'opscenter.example.com',
  recordTtl: 60,
  fileSystemId: 'fs-0123abcd',
  timeoutSeconds: 60,
  pollIntervalSeconds: 2
}

/** A fresh root folder with eth0 in /sys/class/net. */
/** The OpsCenter version of the images the boot tests lay out. */
export const IMAGE_VERSION = '6.8.52'

export function makeRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'opscenter-ha-boot-'))
  addLink(root, 'eth0', ETH0_MAC)
  // What the recipe writes: the OpsCenter version the image runs.
  writeFile(root, IMAGE_VERSION_PATH, `${IMAGE_VERSION}\n`)
  return root
}

/** What the kernel shows when a NIC appears. */
export function addLink(root: string, name: string, mac: string): void {
  mkdirSync(join(root, 'sys/class/net', name), { recursive: true })
  writeFileSync(join(root, 'sys/class/net', name, 'address'), `${mac}\n`)
}

export function writeFile(root: string, path: string, content: string): void {
  const full = join(root, path)
  mkdirSync(join(full, '..'), { recursive: true })
  writeFileSync(full, content)
}

/** Fakes `mount --bind`: the target becomes a symlink to the source; what was there waits aside. */
function bindDir(source: string, target: string): void {
  if (existsSync(target)) renameSync(target, `${target}.under-bind`)
  symlinkSync(source, target)
}

function unbindDir(target: string): void {
  if (!existsSync(`${target}.under-bind`)) return
  unlinkSync(target)
  renameSync(`${target}.under-bind`, target)
}

type Handler = (
  cmd: string,
  args: readonly string[],
  opts?: RunOptions
) => CommandResult | undefined

/**
 * A small fake OS: mount/umount/mountpoint keep a set of mount points, systemctl keeps
 * opscenterd's state, ip answers with what was added. `calls` records every command line.
 */
export class FakeOs implements CommandRunner {
  readonly calls: string[] = []
  readonly mounted = new Set<string>()
  readonly addresses = new Map<string, string[]>()
  readonly routes: string[] = []
  readonly rules: string[] = []
  service = 'inactive'
  /**
   * Make `mount --bind` visible as a symlink, for tests that read files through the bound
   * path. (A symlink is not a bind: a bind inside a bind changes the outer folder.)
   */
  bindAsSymlink = false
  private readonly handlers: Handler[] = []

  /** Answer some commands differently (first handler returning a result wins). */
  on(handler: Handler): this {
    this.handlers.push(handler)
    return this
  }

  async run(cmd: string, args: readonly string[], opts?: RunOptions): Promise<CommandResult> {
    this.calls.push([cmd, ...args].join(' '))
    for (const h of this.handlers) {
      const r = h(cmd, args, opts)
      if (r) return r
    }
    return this.default(cmd, [...args])
  }

  private default(cmd: string, args: string[]): CommandResult {
    const ok = (stdout = ''): CommandResult => ({ code: 0, stdout, stderr: '' })
    const line = args.join(' ')
    switch (cmd) {
      case 'mountpoint':
        return this.mounted.has(args[1]) ? ok() : { code: 32, stdout: '', stderr: '' }
      case 'mount': {
        const target = args[args.length - 1]
        // A bind shows the source's files at the target, as the kernel would.
        if (args[0] === '--bind' && this.bindAsSymlink) bindDir(args[1], target)
        this.mounted.add(target)
        return ok()
      }
      case 'umount':
        if (this.bindAsSymlink) unbindDir(args[0])
        this.mounted.delete(args[0])
        return ok()
      case 'systemctl':
        if (args[0] === 'start') this.service = 'active'
        if (args[0] === 'stop') this.service = 'inactive'
        if (args[0] === 'is-active') {
          return {
            code: this.service === 'active' ? 0 : 3,
            stdout: `${this.service}\n`,
            stderr: ''
          }
        }
        return ok()
      case 'ip': {
        const addr = /^-4 -o addr show dev (\S+)$/.exec(line)
        if (addr) {
          const dev = addr[1]
          return ok(
            (this.addresses.get(dev) ?? [])
              .map((a, i) => `${i + 3}: ${dev}    inet ${a} scope global ${dev}\n`)
              .join('')
          )
        }
        const add = /^addr add (\S+) dev (\S+)/.exec(line)
        if (add) this.addresses.set(add[2], [...(this.addresses.get(add[2]) ?? []), add[1]])
        if (/^-4 route show table/.test(line)) return ok(this.routes.map((r) => `${r}\n`).join(''))
        const route = /^route add (.*) table \d+$/.exec(line)
        if (route) this.routes.push(route[1])
        if (line === '-4 rule show') return ok(this.rules.map((r) => `${r}\n`).join(''))
        const rule = /^rule add from (\S+) lookup (\d+) priority (\d+)$/.exec(line)
        if (rule)
          this.rules.push(`${rule[3]}:\tfrom ${rule[1].replace('/32', '')} lookup ${rule[2]}`)
        return ok()
      }
      case 'openssl':
        // The agent's certificate is made for real: the tests' OpsCenter serves it.
        try {
          execFileSync('openssl', args, { stdio: 'ignore' })
          return ok()
        } catch {
          return { code: 1, stdout: '', stderr: 'openssl failed\n' }
        }
      default:
        return ok()
    }
  }
}

/**
 * opscenterd as the agent leaves it configured: HTTPS on `tlsPort` with the certificate the
 * agent put under `root` (read at each connection: the agent makes it during the boot), and
 * HTTP on `port` redirecting there. `status()` is what every request gets.
 */
export async function serveOpsCenter(
  root: string | (() => string),
  status: () => number,
  host = '127.0.0.1'
): Promise<{ port: number; tlsPort: number; close(): Promise<void> }> {
  const web = createHttpServer((req, res) => {
    req.resume()
    const tls = req.socket instanceof TLSSocket
    res.statusCode = tls ? status() : 302
    if (!tls) res.setHeader('location', `https://${host}/`)
    res.end('opscenter')
  })
  await new Promise<void>((r) => web.listen(0, host, r))
  const raw = new Set<Socket>()
  const tcp = createTcpServer((socket) => {
    raw.add(socket)
    socket.on('close', () => raw.delete(socket))
    try {
      const context = createSecureContext({
        cert: readFileSync(join(typeof root === 'string' ? root : root(), OPSCENTER_TLS.certFile)),
        key: readFileSync(join(typeof root === 'string' ? root : root(), OPSCENTER_TLS.keyFile))
      })
      const tls = new TLSSocket(socket, { isServer: true, secureContext: context })
      tls.on('error', () => socket.destroy())
      web.emit('connection', tls)
    } catch {
      socket.destroy()
    }
  })
  await new Promise<void>((r) => tcp.listen(0, host, r))
  return {
    port: (web.address() as AddressInfo).port,
    tlsPort: (tcp.address() as AddressInfo).port,
    close: async () => {
      web.closeAllConnections()
      for (const s of raw) s.destroy()
      await new Promise((r) => tcp.close(r))
      await new Promise((r) => web.close(r))
    }
  }
}

/** IMDS from a map; paths missing from it answer 404 (undefined). */
export class FakeImds implements Metadata {
  readonly reads: string[] = []
  constructor(readonly values: Record<string, string | undefined | (() => string | undefined)>) {}
  async get(path: string): Promise<string | undefined> {
    this.reads.push(path)
    const v = this.values[path]
    return typeof v === 'function' ? v() : v
  }
}

export function identityImds(extra: Record<string, string> = {}): FakeImds {
  return new FakeImds({
    'instance-id': ME,
    'placement/region': 'eu-west-1',
    'placement/availability-zone': ZONE,
    mac: ETH0_MAC,
    [`network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block`]: '10.0.1.0/24',
    ...extra
  })
}

export interface TestAgent {
  agent: Agent
  clock: FakeClock
  os: FakeOs
  imds: FakeImds
  logs: string[]
}

export function makeAgent(
  root: string,
  opts: { config?: Partial<BootConfig>; os?: FakeOs; imds?: FakeImds; clock?: FakeClock } = {}
): TestAgent {
  const config = { ...CONFIG, ...opts.config }
  const clock = opts.clock ?? new FakeClock()
  const os = opts.os ?? new FakeOs()
  const imds = opts.imds ?? identityImds()
  const logs: string[] = []
  const agent: Agent = {
    config,
    root,
    clock,
    log: (line) => logs.push(line),
    runner: os,
    imds,
    ...awsClients(config.region),
    deadline: new Deadline(clock, BOOT_BUDGET_WAITS * config.timeoutSeconds * 1000)
  }
  return { agent, clock, os, imds, logs }
}

/** An AWS SDK style error with a code. */
export function awsError(name: string, message = name): Error {
  return Object.assign(new Error(message), { name, $metadata: {} })
}

/**
 * A DNS server on loopback UDP standing in for the VPC resolver: `answer(name)` gives the
 * A values (undefined: NXDOMAIN). Point an instance root at it with `resolvConf`.
 */
export async function startDns(
  answer: (name: string) => string[] | undefined
): Promise<{ address: string; queries: string[]; close(): Promise<void> }> {
  const socket = createSocket('udp4')
  const queries: string[] = []
  socket.on('message', (msg, from) => {
    const q = dnsPacket.decode(msg)
    const question = q.questions![0]
    queries.push(question.name)
    const values = question.type === 'A' ? answer(question.name) : []
    const reply = dnsPacket.encode({
      id: q.id,
      type: 'response',
      flags: dnsPacket.RECURSION_AVAILABLE | (values === undefined ? 3 : 0),
      questions: [question],
      answers: (values ?? []).map((data) => ({
        type: 'A' as const,
        name: question.name,
        ttl: 60,
        data
      }))
    })
    socket.send(reply, from.port, from.address)
  })
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r))
  return {
    address: `127.0.0.1:${socket.address().port}`,
    queries,
    close: () => new Promise((r) => socket.close(() => r()))
  }
}

export function resolvConf(root: string, address: string): void {
  writeFile(root, 'etc/resolv.conf', `# written by DHCP\nnameserver ${address}\n`)
}
