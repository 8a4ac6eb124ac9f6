// The life of a deployment, as users drive it from git: first deploy, a re-run with nothing
// changed, a version-bump PR, its revert (no re-bake), and a broken version that reverts
// itself. Invariants (single brain, nothing lost, explained outcomes) are checked all along.
import { jest } from '@jest/globals'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { newDefaultFile } from '../sim/runtime/image.js'
import type { World } from '../sim/scenarios.js'
import {
  BROKEN_VERSION,
  INITIAL_VERSION,
  NEXT_VERSION,
  expectRun,
  logPath,
  startWorld,
  violations
} from './helpers.js'

const NAME = 'deploy-upgrade-revert'
jest.setTimeout(90_000)

describe('deploy, upgrade, revert, broken upgrade (simulated AWS, real action and agent)', () => {
  let world: World
  let firstAmi: string
  let firstInstance: string

  beforeAll(async () => {
    world = await startWorld(NAME)
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  afterEach(() => {
    // Each scenario leaves the world without invariant violations (log: see logPath).
    expect(violations(world)).toBe('')
  })

  it('first deployment creates the stack and comes up healthy', async () => {
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(run.bakes).toBe(1)
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, version: INITIAL_VERSION, problems: [] })
    expect(run.outputs['ami-id']).toBe(h.imageId)
    expect(run.outputs['instance-id']).toBe(h.instanceId)
    expect(run.outputs['recipe-hash']).toMatch(/^[0-9a-f]{64}$/)
    expect(run.summary).toContain(h.imageId!)
    firstAmi = h.imageId!
    firstInstance = h.instanceId!
    // OpsCenter runs on EFS: its writes land there.
    await waitFor(() => world.efsWrites().length > 2)
  })

  it('a re-run with nothing changed is unchanged and touches nothing', async () => {
    const run = await world.runAction()
    expectRun(world, run, { result: 'unchanged', ok: true })
    expect(run.bakes).toBe(0)
    expect((await world.health()).instanceId).toBe(firstInstance)
  })

  it('an Outputs-only template edit reaches the stack without replacing the instance', async () => {
    // CloudFormation answers such a change set CREATE_COMPLETE with no resource change: it
    // must be executed (and so removed), not skipped and left behind.
    const template = join(world.dir, 'cloudformation/opscenter.yaml')
    const body = readFileSync(template, 'utf8')
    writeFileSync(
      template,
      body.replace(
        /^Outputs:\n/m,
        'Outputs:\n  RunbookUrl:\n    Description: Where the on-call runbook is.\n    Value: https://runbooks.example.com/opscenter\n'
      )
    )
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(world.outputs().RunbookUrl).toBe('https://runbooks.example.com/opscenter')
    expect((await world.health()).instanceId).toBe(firstInstance)
    expect(
      world.sim.cloudformation
        .changeSetsOf(world.stackName)
        .filter((c) => c.executionStatus === 'AVAILABLE')
    ).toEqual([])
  })

  it('the plan of a version bump, run with the plan role, changes nothing and says what deploy will do', async () => {
    world.setVersion(NEXT_VERSION)
    const run = await world.runAction({ command: 'plan' })
    expectRun(world, run, { result: 'planned', ok: true })
    expect(run.bakes).toBe(0)
    expect(run.summary).toMatch(/a new AMI would be \*\*baked\*\*/)
    expect(run.summary).toMatch(/would then be \*\*replaced\*\*/)
    expect((await world.health()).instanceId).toBe(firstInstance)
    // Everything the plan asked of AWS was allowed to the plan role.
    expect(world.sim.iam.iam.denials.map((d) => `${d.principal} ${d.request.action}`)).toEqual([])
    world.setVersion(INITIAL_VERSION)
  })

  it('upgrade to a new OpsCenter version replaces the instance and keeps EFS', async () => {
    // A user's edit on EFS, which the upgrade must keep.
    const conf = join(world.rt.efsDir, 'etc/opscenter/opscenterd.conf')
    appendFileSync(conf, '\n# edited by the operator\n')
    world.checker.checkpoint('before upgrade')
    world.setVersion(NEXT_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(run.bakes).toBe(1)
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, version: NEXT_VERSION })
    expect(h.instanceId).not.toBe(firstInstance)
    expect(run.outputs['previous-ami-id']).toBe(firstAmi)
    expect(Number(run.outputs['downtime-seconds'])).toBeGreaterThan(0)
    expect(readFileSync(conf, 'utf8')).toContain('# edited by the operator')
    // The new package's default file was added to EFS.
    expect(existsSync(join(world.rt.efsDir, newDefaultFile(NEXT_VERSION)))).toBe(true)
  })

  it('reverting the version bump reuses the old AMI without baking, through throttling bursts', async () => {
    world.checker.checkpoint('before revert')
    world.setVersion(INITIAL_VERSION)
    // The action and the agents back off instead of failing (each retry costs the SDK's real
    // back-off, seconds: a short burst keeps the scenario quick).
    world.sim.faults.throttle('ec2', 1)
    world.sim.faults.throttle('autoscaling', 1)
    world.sim.faults.throttle('route53', 1)
    world.sim.faults.failApi(
      'route53',
      'ChangeResourceRecordSets',
      {
        code: 'PriorRequestNotComplete',
        message: 'The request was rejected because Route 53 was still processing a prior request.',
        status: 400
      },
      1
    )
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(run.bakes).toBe(0)
    expect(world.rt.packer!.bakes).toHaveLength(2)
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, version: INITIAL_VERSION, imageId: firstAmi })
  })

  it('a broken AMI (agent fails at the service step) is reverted and the job fails with that reason', async () => {
    const before = await world.health()
    world.checker.checkpoint('before the broken upgrade')
    world.rt.brokenVersions.add(BROKEN_VERSION)
    world.setVersion(BROKEN_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'reverted', ok: false })
    // The job says why: the agent's failure at the service step.
    expect(run.errors.join('\n')).toMatch(/service/)
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, version: INITIAL_VERSION, imageId: before.imageId })
    expect(h.instanceId).not.toBe(before.instanceId)
  })

  it('a stack update that fails rolls back; the job fails naming the resource and why, nothing is replaced', async () => {
    const before = await world.health()
    world.sim.faults.failResourceUpdate(
      'AutoScalingGroup',
      'Simulated: the group update was rejected'
    )
    // The AMI of this version exists (the upgrade baked it): no bake, straight to the stack.
    world.setVersion(NEXT_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'failed', ok: false })
    expect(run.bakes).toBe(0)
    expect(run.errors.join('\n')).toMatch(/AutoScalingGroup/)
    expect(run.errors.join('\n')).toMatch(/the group update was rejected/)
    expect(world.sim.cloudformation.getStack(world.stackName)?.status).toBe(
      'UPDATE_ROLLBACK_COMPLETE'
    )
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, instanceId: before.instanceId, imageId: before.imageId })
  })
})

async function waitFor(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  while (!cond()) {
    if (Date.now() > until)
      throw new Error(`condition not met after ${timeoutMs} ms (log: ${logPath(NAME)})`)
    await new Promise((r) => setTimeout(r, 50))
  }
}
