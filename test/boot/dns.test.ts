import { rmSync } from 'node:fs'
import { checkResolves, updateRecord } from '../../src/boot/steps/dns.js'
import { readIdentity } from '../../src/boot/steps/identity.js'
import { DNS_CHANGE_NONE, TAGS } from '../../src/shared/contract.js'
import { ENI_IP, makeAgent, makeRoot, ME, resolvConf, startDns } from './helpers.js'
import { World } from './world.js'

let root: string
let world: World
beforeEach(() => {
  root = makeRoot()
  world = new World(root)
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

async function update(config = {}) {
  const t = makeAgent(root, { config })
  const note = await updateRecord(t.agent, await readIdentity(t.imds), ENI_IP)
  return { t, note }
}

test('a record pointing elsewhere is UPSERTed, tagged with the change id, and waited INSYNC', async () => {
  world.record = { values: ['10.0.2.9'], ttl: 60 }
  world.pendingPolls = 2
  const { t, note } = await update()
  expect(world.calls.filter((c) => !c.startsWith('ListResource'))).toEqual([
    `ChangeResourceRecordSets UPSERT opscenter.example.com. A 60 ${ENI_IP}`,
    `CreateTags ${ME} dns-change=C1`,
    'GetChange C1',
    'GetChange C1',
    'GetChange C1'
  ])
  expect(world.tagsOf(ME)[TAGS.dnsChange]).toBe('C1')
  expect(note).toMatch(`10.0.2.9 -> ${ENI_IP}, INSYNC after 4.0s (change C1)`)
  expect(t.clock.sleeps).toEqual([2000, 2000]) // pollIntervalSeconds
})

test('a missing record is created', async () => {
  const { note } = await update()
  expect(world.record).toEqual({ values: [ENI_IP], ttl: 60 })
  expect(note).toMatch('no record ->')
})

test('a record with the right value but another TTL is UPSERTed', async () => {
  world.record = { values: [ENI_IP], ttl: 300 }
  await update()
  expect(world.record).toEqual({ values: [ENI_IP], ttl: 60 })
})

test('a record already correct is left alone; a new instance tags DNS_CHANGE_NONE', async () => {
  world.record = { values: [ENI_IP], ttl: 60 }
  const { note } = await update()
  expect(world.calls.some((c) => c.startsWith('ChangeResourceRecordSets'))).toBe(false)
  expect(world.tagsOf(ME)[TAGS.dnsChange]).toBe(DNS_CHANGE_NONE)
  expect(note).toMatch('already points at')
})

test('a record already correct keeps the change id a boot before a reboot tagged', async () => {
  world.record = { values: [ENI_IP], ttl: 60 }
  world.tagsOf(ME)[TAGS.dnsChange] = 'C0LD'
  const { note } = await update()
  expect(world.calls.some((c) => c.startsWith('CreateTags'))).toBe(false)
  expect(world.tagsOf(ME)[TAGS.dnsChange]).toBe('C0LD')
  expect(note).toMatch('change id C0LD')
})

test('a change never INSYNC times out after timeoutSeconds, naming the change', async () => {
  world.pendingPolls = Infinity
  const t = makeAgent(root, { config: { timeoutSeconds: 30 } })
  await expect(updateRecord(t.agent, await readIdentity(t.imds), ENI_IP)).rejects.toThrow(
    `timed out after 30s waiting for Route53 change C1 (opscenter.example.com. -> ${ENI_IP}) to be INSYNC`
  )
  // The id is on the instance already, so the controller can follow it.
  expect(world.tagsOf(ME)[TAGS.dnsChange]).toBe('C1')
})

describe('the record resolving inside the VPC', () => {
  let dns: Awaited<ReturnType<typeof startDns>> | undefined
  afterEach(async () => {
    await dns?.close()
    dns = undefined
  })

  async function resolves(answers: (string[] | undefined)[], timeoutSeconds = 60) {
    let n = 0
    dns = await startDns(() => answers[Math.min(n++, answers.length - 1)])
    resolvConf(root, dns.address)
    const t = makeAgent(root, { config: { timeoutSeconds } })
    return { t, run: checkResolves(t.agent, await readIdentity(t.imds), ENI_IP) }
  }

  test('asks the resolver of resolv.conf, and reports the address on the instance', async () => {
    const { run } = await resolves([[ENI_IP]])
    await expect(run).resolves.toMatch(
      `opscenter.example.com resolves to ${ENI_IP} through ${dns!.address}`
    )
    expect(dns!.queries).toEqual(['opscenter.example.com'])
    expect(world.tagsOf(ME)[TAGS.dnsResolved]).toBe(ENI_IP)
  })

  test('an old address still cached is waited out (at most the TTL)', async () => {
    const { run } = await resolves([['10.0.2.9'], ['10.0.2.9'], [ENI_IP]])
    await expect(run).resolves.toMatch('resolves to')
    expect(dns!.queries).toHaveLength(3)
  })

  test('a name the VPC cannot resolve fails the step with the last answer, and reports nothing', async () => {
    const { run } = await resolves([undefined], 10)
    await expect(run).rejects.toThrow(
      `timed out after 10s waiting for opscenter.example.com to resolve to ${ENI_IP} through ${dns!.address}; last answer: ENOTFOUND`
    )
    expect(world.tagsOf(ME)[TAGS.dnsResolved]).toBeUndefined()
  })
})
