import { existsSync, readFileSync, rmSync, statSync, chmodSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { mountEfs, NFS_OPTIONS, seedAndBind, SENTINEL } from '../../src/boot/steps/efs.js'
import { readIdentity } from '../../src/boot/steps/identity.js'
import { AMI_DEFAULTS_DIR } from '../../src/shared/contract.js'
import { FakeOs, makeAgent, makeRoot, ME, writeFile } from './helpers.js'

let root: string
const mnt = () => join(root, 'mnt/opscenter-efs')
const defaults = (p: string) => join(AMI_DEFAULTS_DIR, p)

beforeEach(() => {
  root = makeRoot()
  writeFile(root, defaults('etc/opscenter/opscenterd.conf'), '[webserver]\nport = 8888\n')
  writeFile(root, defaults('etc/opscenter/clusters/.keep'), '')
  writeFile(root, defaults('var/lib/opscenter/ssl/opscenter.key'), 'KEY')
  writeFile(root, defaults('var/lib/opscenter/failover/failover_id'), 'local-only')
  chmodSync(join(root, defaults('var/lib/opscenter/ssl/opscenter.key')), 0o600)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function mount(os = new FakeOs()) {
  const t = makeAgent(root, { os })
  const mounted = await mountEfs(t.agent, await readIdentity(t.imds))
  const note = `${mounted}, ${await seedAndBind(t.agent)}`
  return { t, note }
}

test('first boot: mounts over NFS 4.1, proves it writable, seeds from the AMI, binds the folders', async () => {
  const { t, note } = await mount()
  expect(t.os.calls.filter((c) => c.startsWith('mount '))).toEqual([
    `mount -t nfs4 -o ${NFS_OPTIONS} fs-0123abcd.efs.eu-west-1.amazonaws.com:/ ${mnt()}`,
    `mount --bind ${mnt()}/etc/opscenter ${root}/etc/opscenter`,
    `mount --bind ${mnt()}/var/lib/opscenter ${root}/var/lib/opscenter`,
    `mount --bind ${root}/var/lib/opscenter-ha/local/var/lib/opscenter/failover ${root}/var/lib/opscenter/failover`
  ])
  expect(NFS_OPTIONS).toBe(
    'nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport'
  )
  expect(readFileSync(join(mnt(), SENTINEL), 'utf8')).toMatch(new RegExp(`^${ME} 2026-`))
  expect(readFileSync(join(mnt(), 'etc/opscenter/opscenterd.conf'), 'utf8')).toBe(
    '[webserver]\nport = 8888\n'
  )
  expect(readFileSync(join(mnt(), 'var/lib/opscenter/ssl/opscenter.key'), 'utf8')).toBe('KEY')
  expect(statSync(join(mnt(), 'var/lib/opscenter/ssl/opscenter.key')).mode & 0o777).toBe(0o600)
  // failover: an empty mount point on EFS, its content on local disk only
  expect(readdirSync(join(mnt(), 'var/lib/opscenter/failover'))).toEqual([])
  expect(
    readFileSync(
      join(root, 'var/lib/opscenter-ha/local/var/lib/opscenter/failover/failover_id'),
      'utf8'
    )
  ).toBe('local-only')
  expect(t.logs).toContain('state: first boot: seeded /etc/opscenter from the AMI (2 file(s))')
  expect(note).toMatch(
    'mounted over NFS 4.1, seeded /etc/opscenter, seeded /var/lib/opscenter, bound 3 folder(s)'
  )
})

test('with amazon-efs-utils installed, mounts with -t efs -o tls,iam', async () => {
  writeFile(root, 'sbin/mount.efs', '#!/bin/sh\n')
  const { t } = await mount()
  expect(t.os.calls).toContain(`mount -t efs -o tls,iam fs-0123abcd:/ ${mnt()}`)
})

test('upgrade: a new default file is added and logged, existing files are never overwritten', async () => {
  writeFile(root, 'mnt/opscenter-efs/etc/opscenter/opscenterd.conf', '# edited by the operator\n')
  writeFile(root, 'mnt/opscenter-efs/var/lib/opscenter/ssl/opscenter.key', 'KEY')
  writeFile(root, 'mnt/opscenter-efs/etc/opscenter/clusters/.keep', '')
  writeFile(root, defaults('etc/opscenter/event-plugins/new-plugin.conf'), 'new')
  const { t, note } = await mount()
  expect(readFileSync(join(mnt(), 'etc/opscenter/opscenterd.conf'), 'utf8')).toBe(
    '# edited by the operator\n'
  )
  expect(readFileSync(join(mnt(), 'etc/opscenter/event-plugins/new-plugin.conf'), 'utf8')).toBe(
    'new'
  )
  expect(t.logs.filter((l) => !l.startsWith('efs: mount -t'))).toEqual([
    'state: added new default file /etc/opscenter/event-plugins/new-plugin.conf from the AMI'
  ])
  expect(note).toMatch('added 1 new default file(s) to /etc/opscenter')
})

test('normal boot (a reboot): already mounted and bound, nothing copied or mounted again', async () => {
  const os = new FakeOs()
  await mount(os)
  os.calls.length = 0
  const { t, note } = await mount(os)
  expect(os.calls.filter((c) => c.startsWith('mount '))).toEqual([])
  expect(t.logs).toEqual([]) // not even a mount line
  expect(note).toBe('fs-0123abcd on /mnt/opscenter-efs: already mounted, folders already bound')
})

test('the failover folder is never seeded on EFS, even when EFS already has var/lib/opscenter', async () => {
  writeFile(root, 'mnt/opscenter-efs/var/lib/opscenter/ssl/opscenter.key', 'KEY')
  await mount()
  expect(existsSync(join(mnt(), 'var/lib/opscenter/failover/failover_id'))).toBe(false)
})

test('a mount that fails is retried, and the last error is in the failure', async () => {
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'mount' && args[0] === '-t'
      ? { code: 32, stdout: '', stderr: 'mount.nfs4: Connection timed out\n' }
      : undefined
  )
  const t = makeAgent(root, { os, config: { timeoutSeconds: 20 } })
  await expect(mountEfs(t.agent, await readIdentity(t.imds))).rejects.toThrow(
    /timed out after 20s waiting for EFS fs-0123abcd to mount on .*; last error: mount -t nfs4 .* exited 32: mount.nfs4: Connection timed out/
  )
  expect(os.calls.filter((c) => c.startsWith('mount -t')).length).toBeGreaterThan(5)
  expect(os.calls.some((c) => c.startsWith('mount --bind'))).toBe(false)
})

test('a mount that fails once then works goes on', async () => {
  let failures = 1
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'mount' && args[0] === '-t' && failures-- > 0
      ? { code: 32, stdout: '', stderr: 'mount.nfs4: Failed to resolve server\n' }
      : undefined
  )
  const { t } = await mount(os)
  expect(t.logs[1]).toMatch('efs: mount failed, will retry')
  expect(os.calls.filter((c) => c.startsWith('mount -t'))).toHaveLength(2)
})

test('missing AMI defaults is a clear failure', async () => {
  rmSync(join(root, AMI_DEFAULTS_DIR), { recursive: true })
  await expect(mount()).rejects.toThrow(
    /defaults\/etc\/opscenter is missing: the AMI recipe copies/
  )
})
