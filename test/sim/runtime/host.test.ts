// The OS the agent sees, through the real shims on PATH: mounts, the opscenterd unit, the
// fake OpsCenter's port and writes.
import { execFile } from 'node:child_process'
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
  mkdirSync
} from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { startControl, writeShims, type Control } from './control.js'
import { Host } from './host.js'
import { writeImage } from './image.js'
import { Timeline } from './timeline.js'
import { startRouter, type Router } from './router.js'
import { waitFor } from '../../../src/shared/retry.js'

const run = promisify(execFile)

describe('simulated host through the shims', () => {
  let dir: string
  let root: string
  let efs: string
  let host: Host
  let control: Control
  let router: Router
  let env: NodeJS.ProcessEnv
  const broken = new Set<string>()
  // A port the kernel says is free now (a random pick collided with other tests' sockets).
  let port: number

  beforeEach(async () => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'host-')))
    root = join(dir, 'root')
    efs = join(dir, 'efs')
    mkdirSync(efs)
    port = await freePort()
    await writeImage(root, '6.8.1', port)
    host = new Host({
      instanceId: 'i-1',
      root,
      version: '6.8.1',
      efsDir: efs,
      timeline: new Timeline(),
      opscenterStartMs: () => 20,
      isBroken: (v) => broken.has(v),
      fault: (cmd, args) =>
        cmd === 'mount' && args.includes('/fail')
          ? { code: 32, stdout: '', stderr: 'injected\n' }
          : undefined,
      log: () => undefined
    })
    control = await startControl((req) => host.exec(req.cmd, req.args))
    router = await startRouter(
      port,
      () => host.opscenter,
      () => undefined
    )
    const bin = await writeShims(join(dir, 'bin'), [
      'mount',
      'umount',
      'mountpoint',
      'systemctl',
      'ip',
      'sync'
    ])
    env = { PATH: `${bin}:${process.env.PATH}`, SIM_CONTROL: control.url, SIM_INSTANCE_ID: 'i-1' }
  })
  afterEach(async () => {
    await host.opscenter?.stop()
    await control.close()
    await router.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const sh = async (cmd: string, ...args: string[]) => {
    try {
      const { stdout, stderr } = await run(cmd, args, { env })
      return { code: 0, stdout, stderr }
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string }
      return { code: err.code, stdout: err.stdout, stderr: err.stderr }
    }
  }

  /** Mount EFS and bind its folders, as the agent does. */
  const mountAll = async () => {
    mkdirSync(join(root, 'mnt/opscenter-efs'), { recursive: true })
    expect(
      (
        await sh(
          'mount',
          '-t',
          'nfs4',
          '-o',
          'nfsvers=4.1',
          'fs-1.efs.us-east-1.amazonaws.com:/',
          '/mnt/opscenter-efs'
        )
      ).code
    ).toBe(0)
    for (const d of ['etc/opscenter', 'var/lib/opscenter']) {
      mkdirSync(join(root, 'mnt/opscenter-efs', d), { recursive: true })
      writeFileSync(join(efs, d, 'from-efs'), d)
    }
    writeFileSync(
      join(efs, 'etc/opscenter/opscenterd.conf'),
      // As the agent leaves it: listening beyond loopback (the package default answers only
      // its own machine).
      `[webserver]\nport = ${port}\ninterface = 0.0.0.0\n`
    )
    expect(
      (await sh('mount', '--bind', '/mnt/opscenter-efs/etc/opscenter', '/etc/opscenter')).code
    ).toBe(0)
    expect(
      (
        await sh(
          'mount',
          '--bind',
          `${root}/mnt/opscenter-efs/var/lib/opscenter`,
          `${root}/var/lib/opscenter`
        )
      ).code
    ).toBe(0)
  }

  it('mounts EFS and binds folders, hiding and then restoring the local content', async () => {
    await mountAll()
    expect(host.holdsEfs()).toBe(true)
    expect(readFileSync(join(root, 'etc/opscenter/from-efs'), 'utf8')).toBe('etc/opscenter')
    expect(existsSync(join(root, 'etc/opscenter/logback.xml'))).toBe(false)
    expect((await sh('mountpoint', '-q', '/var/lib/opscenter')).code).toBe(0)
    expect((await sh('mountpoint', '-q', '/usr')).code).not.toBe(0)
    expect(readFileSync(join(root, 'proc/mounts'), 'utf8')).toContain('/mnt/opscenter-efs nfs4')
    // EFS cannot go while folders of it are bound.
    expect(await sh('umount', '/mnt/opscenter-efs')).toMatchObject({
      code: 32,
      stderr: expect.stringMatching(/busy/)
    })
    for (const p of ['/etc/opscenter', '/var/lib/opscenter', '/mnt/opscenter-efs']) {
      expect((await sh('umount', p)).code).toBe(0)
    }
    expect(host.holdsEfs()).toBe(false)
    expect(existsSync(join(root, 'etc/opscenter/logback.xml'))).toBe(true)
    expect((await sh('umount', '/etc/opscenter')).code).toBe(32)
  })

  it('refuses a mount point that does not exist and injects faults', async () => {
    expect((await sh('mount', '--bind', '/etc/opscenter', '/nowhere')).code).toBe(32)
    expect(await sh('mount', '-t', 'nfs4', 'x:/', '/fail')).toMatchObject({
      code: 32,
      stderr: 'injected\n'
    })
  })

  it('starts opscenterd only on a mounted /var/lib/opscenter; it answers and writes to EFS', async () => {
    expect((await sh('systemctl', 'start', 'opscenterd')).code).toBe(0)
    expect(host.runsOpsCenter()).toBe(false)
    await mountAll()
    expect((await sh('systemctl', 'start', 'opscenterd.service')).code).toBe(0)
    const res = await waitFor(
      'opscenterd',
      async () => {
        const r = await fetch(`http://127.0.0.1:${port}/?sim-instance=i-1`).catch(() => undefined)
        return r?.status === 200 ? r : undefined
      },
      { timeoutMs: 3000, intervalMs: 20 }
    )
    expect(res.status).toBe(200)
    expect((await sh('systemctl', 'is-active', 'opscenterd')).stdout).toBe('active\n')
    await waitFor('a write', async () => (host.opscenter!.written.length > 0 ? true : undefined), {
      timeoutMs: 3000,
      intervalMs: 20
    })
    expect(readFileSync(join(efs, 'var/lib/opscenter/sim-writes.log'), 'utf8')).toMatch(
      /^i-1 6\.8\.1 1$/m
    )
    // Its files are open: the folders cannot be unmounted under it.
    expect((await sh('umount', '/var/lib/opscenter')).code).toBe(32)
    expect((await sh('systemctl', 'stop', 'opscenterd')).code).toBe(0)
    expect((await sh('systemctl', 'is-active', 'opscenterd')).code).toBe(3)
    await expect(fetch(`http://127.0.0.1:${port}/?sim-instance=i-1`)).rejects.toThrow()
    expect((await sh('umount', '/var/lib/opscenter')).code).toBe(0)
  })

  it('a slow opscenterd keeps running until its stop returns', async () => {
    host = new Host({ ...host.o, stopDelayMs: () => 500 })
    await mountAll()
    await sh('systemctl', 'start', 'opscenterd')
    await waitFor('active', async () => (host.serviceState === 'active' ? true : undefined), {
      timeoutMs: 3000,
      intervalMs: 20
    })
    const t0 = Date.now()
    const stopped = sh('systemctl', 'stop', 'opscenterd')
    await new Promise((r) => setTimeout(r, 200))
    expect(host.runsOpsCenter()).toBe(true)
    // Being stopped, it answers nothing (systemd: deactivating).
    expect((await sh('systemctl', 'is-active', 'opscenterd')).stdout).toBe('deactivating\n')
    await expect(fetch(`http://127.0.0.1:${port}/?sim-instance=i-1`)).rejects.toThrow()
    expect((await stopped).code).toBe(0)
    expect(Date.now() - t0).toBeGreaterThanOrEqual(500)
    expect(Date.now() - t0).toBeLessThan(1500)
    expect(host.runsOpsCenter()).toBe(false)
  })

  it('a broken version starts but never answers', async () => {
    broken.add('6.8.1')
    host = new Host({ ...host.o, isBroken: (v) => broken.has(v) })
    await mountAll()
    await sh('systemctl', 'start', 'opscenterd')
    await new Promise((r) => setTimeout(r, 100))
    expect(host.runsOpsCenter()).toBe(true)
    expect((await sh('systemctl', 'is-active', 'opscenterd')).stdout).toBe('activating\n')
    await expect(fetch(`http://127.0.0.1:${port}/?sim-instance=i-1`)).rejects.toThrow()
    broken.clear()
  })

  it('ip and sync succeed and are recorded', async () => {
    expect(
      (
        await sh(
          'ip',
          'route',
          'add',
          'default',
          'via',
          '172.31.16.1',
          'dev',
          'eth1',
          'table',
          '100'
        )
      ).code
    ).toBe(0)
    expect((await sh('sync')).code).toBe(0)
    expect(host.commands).toContain('ip route add default via 172.31.16.1 dev eth1 table 100')
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.on('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo
      s.close(() => resolve(port))
    })
  })
}
