// What a reviewer reads in the plan comment is what the merge does: for each kind of change,
// `plan` (with the plan role) and then `deploy` run on the same world, and the steps deploy
// executed, in order and on the same instances, are the steps the plan showed.
import { jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ActionRun, World } from '../sim/scenarios.js'
import { INITIAL_VERSION, NEXT_VERSION, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(120_000)

interface Shown {
  step: string
  instance?: string
}

const shown = (run: ActionRun): Shown[] =>
  (JSON.parse(run.outputs.plan || '[]') as Shown[]).map(({ step, instance }) => ({
    step,
    ...(instance ? { instance } : {})
  }))

/** The steps deploy announced as it executed them (`step 2/4 replace: i-…: …`). */
const executed = (run: ActionRun): string[] =>
  run.lines.flatMap((l) => /step \d+\/\d+ ([a-z-]+): /.exec(l)?.[1] ?? [])

describe('plan, then deploy, on the same change (simulated AWS, real action and agent)', () => {
  let world: World
  let runs: { plan: ActionRun; deploy: ActionRun }

  beforeAll(async () => {
    world = await startWorld('plan-then-deploy')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
  })
  afterAll(async () => {
    expect(await world?.stop()).toBe('')
  })
  afterEach(() => expect(violations(world)).toBe(''))

  async function planThenDeploy(result: string): Promise<Shown[]> {
    const plan = await world.runAction({ command: 'plan' })
    expectRun(world, plan, { result: 'planned', ok: true })
    const deploy = await world.runAction()
    expectRun(world, deploy, { result, ok: true })
    runs = { plan, deploy }
    expect(shown(deploy)).toEqual(shown(plan))
    expect(executed(deploy)).toEqual(shown(plan).map((s) => s.step))
    // The plan comment lists the same steps, numbered.
    shown(plan).forEach((s, i) => expect(plan.summary).toContain(`${i + 1}. **${s.step}**`))
    return shown(plan)
  }

  it('nothing changed: verify only', async () => {
    const id = (await world.health()).instanceId
    expect(await planThenDeploy('unchanged')).toEqual([
      { step: 'reuse' },
      { step: 'nothing', instance: id },
      { step: 'verify', instance: id }
    ])
  })

  it('a version bump: bake, update the stack, replace the instance', async () => {
    const id = (await world.health()).instanceId
    world.setVersion(NEXT_VERSION)
    expect(await planThenDeploy('deployed')).toEqual([
      { step: 'bake' },
      { step: 'backup' },
      { step: 'update-stack' },
      { step: 'replace', instance: id },
      { step: 'verify' },
      { step: 'retain' }
    ])
    expect(await world.health()).toMatchObject({ ok: true, version: NEXT_VERSION })
  })

  it('a template-only change: same AMI, the launch template changes, the instance is replaced', async () => {
    const id = (await world.health()).instanceId
    const file = join(world.dir, 'cloudformation/opscenter.yaml')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"recordTtl": ${RecordTtl}', '"recordTtl": 30')
    )
    expect(await planThenDeploy('deployed')).toEqual([
      { step: 'reuse' },
      { step: 'update-stack' },
      { step: 'replace', instance: id },
      { step: 'verify' },
      { step: 'retain' }
    ])
    expect((await world.health()).instanceId).not.toBe(id)
    // One source for both: the change set the plan showed is the one the summary names.
    const updated = /updated stack \S+: (.+)/.exec(runs.deploy.summary)?.[1]
    expect(updated).toContain('Modify LaunchTemplate')
    expect(runs.plan.summary).toContain(`would be updated: ${updated}`)
  })

  it('a replacement in flight (a deploy cancelled mid-replace): follow it', async () => {
    const before = await world.health()
    world.setVersion(INITIAL_VERSION)
    const told = () =>
      world.rt.machines.get(before.instanceId!)?.targetLifecycleState === 'Terminated'
    // The old instance takes 5 minutes (AWS time) to stop OpsCenter, so the replacement is
    // still under way while plan and deploy look at it.
    world.rt.opscenterStopDelayMs = world.sim.time.scale(5 * 60_000)
    try {
      const cancelled = await world.runAction({ cancelWhen: told })
      expect(cancelled.cancelled).toBe(true)
      expect(await planThenDeploy('deployed')).toEqual([
        { step: 'reuse' },
        { step: 'follow' },
        { step: 'verify' },
        { step: 'retain' }
      ])
    } finally {
      world.rt.opscenterStopDelayMs = 0
    }
    expect(await world.health()).toMatchObject({ ok: true, version: INITIAL_VERSION })
  })
})
