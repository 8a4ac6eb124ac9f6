// What a first real deployment depends on in the VPC, as the simulator models it: private
// DNS must work there. A VPC without it is refused before anything is baked or created;
// a VPC whose DNS breaks later fails the replacement at the agent's resolve step, named.
import { jest } from '@jest/globals'
import type { World } from '../sim/scenarios.js'
import { describeRun, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(90_000)

describe('the VPC resolves private names, or nothing is deployed', () => {
  let world: World
  afterEach(async () => {
    await world?.stop()
  })

  it('a plan in a fresh account, with the plan role, shows the stack it would create', async () => {
    world = await startWorld('first-deployment-plan')
    const run = await world.runAction({ command: 'plan' })
    expectRun(world, run, { result: 'planned', ok: true })
    expect(run.summary).toMatch(/would be \*\*created\*\*/)
    expect(run.bakes).toBe(0)
    // The plan role may not delete the empty stack a CREATE change set leaves: that one
    // refusal is expected and reported; nothing else was refused.
    expect(world.sim.iam.iam.denials.map((d) => d.request.action)).toEqual([
      'cloudformation:DeleteStack'
    ])
    expect(run.lines.join('\n')).toMatch(/left the empty REVIEW_IN_PROGRESS stack/)
  })

  it('a VPC with DNS hostnames off is refused before any bake, with the fix', async () => {
    world = await startWorld('first-deployment-dns-off')
    world.sim.ec2.vpc.enableDnsHostnames = false
    const run = await world.runAction()
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /^parameter VpcId: vpc-\w+ has enableDnsHostnames off, so the private record and the EFS name would not resolve inside it: turn it on \(aws ec2 modify-vpc-attribute/
    )
    expect(run.bakes).toBe(0)
    expect(world.sim.cloudformation.getStack(world.stackName)).toBeUndefined()
    expect(violations(world)).toBe('')
  })

  it('a replacement in a VPC whose resolver stopped answering fails at resolve, and says so', async () => {
    world = await startWorld('first-deployment-resolver')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    // Someone turns DNS support off: the Amazon-provided resolver no longer answers.
    world.sim.ec2.vpc.enableDnsSupport = false
    const run = await world.runAction({ command: 'replace' })
    if (run.code === 0) throw new Error(describeRun(run))
    expect(run.errors.join('\n')).toMatch(
      /resolve: timed out after \d+s waiting for opscenter\.opscenter-ha\.internal to resolve to [\d.]+ through 127\.0\.0\.1:\d+; last answer: ETIMEOUT/
    )
  })
})
