// The mutation check the simulator exists for: a template whose group is pinned to launch
// template version "1" never picks up a new AMI, so the upgrade scenario must fail (the
// replacement comes up on the old AMI). If this test fails, the simulator or the action
// would let such a template through.
import { jest } from '@jest/globals'
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT, type World } from '../sim/scenarios.js'
import { INITIAL_VERSION, NEXT_VERSION, expectRun, startWorld } from './helpers.js'

jest.setTimeout(90_000)

const LATEST = 'Version: !GetAtt LaunchTemplate.LatestVersionNumber'

describe('mutation: the group pinned to launch template version 1', () => {
  let world: World
  let dir: string

  beforeAll(async () => {
    const template = readFileSync(join(REPO_ROOT, 'cloudformation/opscenter.yaml'), 'utf8')
    expect(template).toContain(LATEST)
    dir = mkdtempSync(join(tmpdir(), 'pinned-'))
    writeFileSync(join(dir, 'opscenter.yaml'), template.replace(LATEST, "Version: '1'"))
    world = await startWorld('pinned-launch-template', { template: join(dir, 'opscenter.yaml') })
  })
  afterAll(async () => {
    await world?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('deploys the first version, but the upgrade does not succeed', async () => {
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    expect((await world.health()).version).toBe(INITIAL_VERSION)
    world.setVersion(NEXT_VERSION)
    // No auto-revert: the point is that the upgrade does not succeed, not the way back.
    const run = await world.runAction({ inputs: { 'auto-revert': 'false' } })
    const h = await world.health()
    // The upgrade scenario's success condition must not hold.
    expect(run.code === 0 && h.ok && h.version === NEXT_VERSION).toBe(false)
    // And the action says so instead of reporting success on the old AMI.
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).not.toBe('')
  })
})
