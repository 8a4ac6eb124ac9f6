// The network a first deploy goes into is checked before anything is baked or changed:
// each problem fails the job with one line naming the parameter and the fix.
import { jest } from '@jest/globals'
import * as core from '../fixtures/core.js'
import { makeRepo, NETWORK_PARAMETERS, type Repo } from './repo.js'
import { NETWORK, World } from './world.js'
import type { Deps } from '../../src/controller/context/context.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../../src/main.js')

let world: World
let repo: Repo
let packerRuns = 0

beforeEach(() => {
  world = new World()
  repo = makeRepo()
  core.reset(repo.inputs)
  packerRuns = 0
})
afterEach(() => world.restore())

function deps(): Partial<Deps> {
  return {
    clock: world.clock,
    clients: () => world.clients(),
    lock: world.lock,
    exec: async () => {
      packerRuns++
      return 1
    },
    commenter: () => undefined,
    exit: jest.fn()
  }
}

/** Fails like a user sees it, and proves nothing was baked or changed. */
async function fails(): Promise<string> {
  await run(deps())
  expect(packerRuns).toBe(0)
  expect(
    world.calls.filter((c) => /^(CreateChangeSet|ExecuteChangeSet|Terminate)/.test(c))
  ).toEqual([])
  return core.state.failed ?? ''
}

test.each([
  ['dnsSupport', 'enableDnsSupport', 'enable-dns-support'],
  ['dnsHostnames', 'enableDnsHostnames', 'enable-dns-hostnames']
] as const)(
  'a VPC with %s off is refused, with the command that fixes it',
  async (attr, name, flag) => {
    world.vpc[attr] = false
    expect(await fails()).toBe(
      `parameter VpcId: ${NETWORK.vpc} has ${name} off, so the private record and the EFS name would not resolve inside it: ` +
        `turn it on (aws ec2 modify-vpc-attribute --vpc-id ${NETWORK.vpc} --${flag} '{"Value":true}')`
    )
  }
)

test('a VPC that does not exist is named', async () => {
  core.state.inputs.parameters = NETWORK_PARAMETERS.replace(NETWORK.vpc, 'vpc-0deadbeef0000000')
  expect(await fails()).toMatch(
    /^parameter VpcId: vpc-0deadbeef0000000 does not exist in us-east-1/
  )
})

test('a subnet that does not exist is named by its parameter', async () => {
  core.state.inputs.parameters = NETWORK_PARAMETERS.replace(NETWORK.subnets[1], 'subnet-0nope')
  expect(await fails()).toMatch(/^parameter SubnetB: subnet-0nope does not exist in us-east-1/)
})

test('a subnet of another VPC is refused', async () => {
  world.subnets.get(NETWORK.subnets[2])!.vpc = 'vpc-0other'
  expect(await fails()).toBe(
    `parameter SubnetC: ${NETWORK.subnets[2]} is in vpc-0other, not in VpcId ${NETWORK.vpc}: pick a subnet of ${NETWORK.vpc}`
  )
})

test('two subnets in one zone are refused (one EFS mount target per zone)', async () => {
  world.subnets.get(NETWORK.subnets[1])!.az = 'us-east-1a'
  expect(await fails()).toMatch(
    /^parameter SubnetB: \S+ is in us-east-1a like SubnetA: EFS allows one mount target per zone/
  )
})

test('a first deploy without the network parameters says which to set', async () => {
  delete core.state.inputs.parameters
  expect(await fails()).toBe(
    'parameter VpcId is not set: add it to the parameters input (cloudformation/parameters.json)'
  )
})
