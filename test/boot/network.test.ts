import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Claim } from '../../src/boot/steps/eni.js'
import { configureNetwork, NETWORKD_DROP_IN, parseCidr } from '../../src/boot/steps/network.js'
import {
  ENI,
  ENI_IP,
  ENI_MAC,
  FakeOs,
  identityImds,
  makeAgent,
  makeRoot,
  writeFile
} from './helpers.js'

let root: string
beforeEach(() => (root = makeRoot()))
afterEach(() => rmSync(root, { recursive: true, force: true }))

const claim: Claim = { eniId: ENI, ip: ENI_IP, mac: ENI_MAC, ifname: 'ens6', deviceIndex: 1 }

test('without amazon-ec2-net-utils: address, own table and rule, never the main table', async () => {
  const t = makeAgent(root)
  const note = await configureNetwork(t.agent, claim)
  const changes = t.os.calls.filter((c) => / (add|set) /.test(c))
  expect(changes).toEqual([
    'ip link set dev ens6 up',
    `ip addr add ${ENI_IP}/24 dev ens6 noprefixroute`,
    `ip route add 10.0.1.0/24 dev ens6 src ${ENI_IP} table 10001`,
    'ip route add default via 10.0.1.1 dev ens6 table 10001',
    `ip rule add from ${ENI_IP}/32 lookup 10001 priority 10001`
  ])
  expect(t.os.calls.every((c) => !/eth0/.test(c))).toBe(true)
  expect(t.imds.reads).toContain(`network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block`)
  expect(note).toMatch('added address, subnet route, default route, rule')
})

test('the new interface appearing late in IMDS is polled for, within the bound', async () => {
  let reads = 0
  const imds = identityImds({})
  imds.values[`network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block`] = () =>
    ++reads < 4 ? undefined : '10.0.1.0/24'
  const t = makeAgent(root, { imds })
  await expect(configureNetwork(t.agent, claim)).resolves.toMatch('in table 10001')
  expect(reads).toBe(4)
})

test('an interface that never appears in IMDS fails after timeoutSeconds, naming the item', async () => {
  const imds = identityImds({})
  delete imds.values[`network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block`]
  const t = makeAgent(root, { imds, config: { timeoutSeconds: 10 } })
  await expect(configureNetwork(t.agent, claim)).rejects.toThrow(
    `timed out after 10s waiting for IMDS to list network/interfaces/macs/${ENI_MAC}/subnet-ipv4-cidr-block (ens6)`
  )
  expect(t.os.calls.filter((c) => / add /.test(c))).toEqual([])
})

test('without amazon-ec2-net-utils, a second run (a retry) adds nothing', async () => {
  const os = new FakeOs()
  await configureNetwork(makeAgent(root, { os }).agent, claim)
  os.calls.length = 0
  const note = await configureNetwork(makeAgent(root, { os }).agent, claim)
  expect(os.calls.filter((c) => / add /.test(c))).toEqual([])
  expect(note).toMatch('already configured')
})

test('a route table that does not exist yet (iproute2 exits 2) counts as empty', async () => {
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'ip' && args[1] === 'route' && args[2] === 'show'
      ? { code: 2, stdout: '', stderr: 'Error: ipv4: FIB table does not exist.\nDump terminated\n' }
      : undefined
  )
  await configureNetwork(makeAgent(root, { os }).agent, claim)
  expect(os.calls).toContain('ip route add default via 10.0.1.1 dev ens6 table 10001')
})

test('a failing ip command fails the step with its message', async () => {
  const os = new FakeOs().on((cmd, args) =>
    cmd === 'ip' && args[0] === 'rule' && args[1] === 'add'
      ? { code: 2, stdout: '', stderr: 'RTNETLINK answers: Operation not permitted\n' }
      : undefined
  )
  await expect(configureNetwork(makeAgent(root, { os }).agent, claim)).rejects.toThrow(
    'exited 2: RTNETLINK answers: Operation not permitted'
  )
})

test('with amazon-ec2-net-utils: waits for its address and its policy rule, adds nothing', async () => {
  writeFile(root, 'usr/lib/systemd/system/policy-routes@.service', '[Unit]\n')
  const os = new FakeOs()
  let polls = 0
  os.on((cmd, args) => {
    if (cmd === 'ip' && args.includes('addr') && ++polls === 2)
      os.addresses.set('ens6', [`${ENI_IP}/24`])
    // networkd applies net-utils' RoutingPolicyRule a moment after the address.
    if (cmd === 'ip' && args.includes('rule') && polls >= 3)
      return { code: 0, stdout: `10001:\tfrom ${ENI_IP} lookup 10001\n`, stderr: '' }
    return undefined
  })
  const t = makeAgent(root, { os })
  const note = await configureNetwork(t.agent, claim)
  expect(os.calls.filter((c) => / add /.test(c))).toEqual([])
  expect(note).toBe(
    `amazon-ec2-net-utils configured ${ENI_IP} on ens6, rule from ${ENI_IP} lookup 10001`
  )
  expect(existsSync(join(root, NETWORKD_DROP_IN))).toBe(false)
})

test('without amazon-ec2-net-utils (the fallback): networkd is told to keep rules it did not make', async () => {
  mkdirSync(join(root, 'etc/systemd'), { recursive: true })
  const t = makeAgent(root)
  const note = await configureNetwork(t.agent, claim)
  expect(note).toMatch(/no amazon-ec2-net-utils: manual policy routing/)
  expect(readFileSync(join(root, NETWORKD_DROP_IN), 'utf8')).toBe(
    '[Network]\nManageForeignRoutingPolicyRules=no\n'
  )
})

test('parseCidr finds the network and the VPC router', () => {
  expect(parseCidr('10.0.128.0/17')).toEqual({
    network: '10.0.128.0',
    prefix: 17,
    gateway: '10.0.128.1'
  })
  expect(parseCidr('172.31.16.7/20')).toEqual({
    network: '172.31.16.0',
    prefix: 20,
    gateway: '172.31.16.1'
  })
  expect(() => parseCidr('nope')).toThrow('"nope" is not an IPv4 CIDR block')
})
