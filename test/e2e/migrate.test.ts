// Bringing an existing OpsCenter in (docs/migrate.md): a tarball of its /etc/opscenter and
// /var/lib/opscenter in S3, named with its sha256 in the first deployment's parameters, is
// the state the first instance starts on; the instance role may read that object only; a
// later import onto the state that is there now is refused and reverted.
import { jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { STATE } from '../../src/shared/contract.js'
import { packageFiles } from '../sim/runtime/image.js'
import type { World } from '../sim/scenarios.js'
import { INITIAL_VERSION, expectRun, startWorld, violations } from './helpers.js'

const NAME = 'migrate'
jest.setTimeout(120_000)

const OBJECT = 'old-opscenter-backups/opscenter-state.tgz'

describe('bringing an existing OpsCenter in (simulated AWS, real action and agent)', () => {
  let world: World
  let sha: string
  const efs = (p: string) => join(world.rt.efsDir, p)

  /** A tarball as docs/migrate.md makes it on the old host, put in S3. */
  function tarball(object: string, lcm: string): string {
    const old = join(world.dir, `old-host-${lcm.length}`)
    const files = {
      ...packageFiles(INITIAL_VERSION, world.rt.opscenterPort, world.rt.opscenterTlsPort),
      'etc/opscenter/clusters/prod.conf': '[cassandra]\nseed_hosts = 10.1.0.10\n',
      'var/lib/opscenter/lcm.db': lcm,
      'var/lib/opscenter/failover/failover_id': 'the old host only'
    }
    for (const [rel, content] of Object.entries(files)) {
      mkdirSync(join(old, rel, '..'), { recursive: true })
      writeFileSync(join(old, rel), content)
    }
    const file = join(world.dir, `state-${lcm.length}.tgz`)
    execFileSync('tar', ['-czf', file, '-C', old, 'etc/opscenter', 'var/lib/opscenter'])
    const body = readFileSync(file)
    world.rt.s3Objects.set(object, body)
    return createHash('sha256').update(body).digest('hex')
  }

  beforeAll(async () => {
    world = await startWorld(NAME)
    sha = tarball(OBJECT, 'LCM of the old OpsCenter')
  })
  afterAll(async () => {
    const report = await world?.stop()
    expect(report).toBe('')
  })
  afterEach(() => {
    expect(violations(world)).toBe('')
  })

  function setImport(object: string, sha256: string): void {
    const file = join(world.dir, 'cloudformation/parameters.json')
    const params = (
      JSON.parse(readFileSync(file, 'utf8')) as { ParameterKey: string; ParameterValue: string }[]
    ).filter((p) => !p.ParameterKey.startsWith('Import'))
    params.push({ ParameterKey: 'ImportObject', ParameterValue: object })
    params.push({ ParameterKey: 'ImportSha256', ParameterValue: sha256 })
    writeFileSync(file, JSON.stringify(params, null, 2))
  }

  it('the first deployment starts OpsCenter on the imported state, kept as a restore point too', async () => {
    setImport(OBJECT, sha)
    const run = await world.runAction()
    expectRun(world, run, { result: 'deployed', ok: true })
    expect(await world.health()).toMatchObject({ ok: true, version: INITIAL_VERSION })
    expect(readFileSync(efs('var/lib/opscenter/lcm.db'), 'utf8')).toBe('LCM of the old OpsCenter')
    expect(readFileSync(efs('etc/opscenter/clusters/prod.conf'), 'utf8')).toContain('10.1.0.10')
    // The old host's failover state stayed behind.
    expect(readdirSync(efs('var/lib/opscenter/failover'))).toEqual([])
    const points = readdirSync(efs(`${STATE.dir}/${STATE.restorePoints}`))
    expect(points).toEqual([expect.stringMatching(/-unknown$/)])
    // Only that object: the instance role reads nothing else in S3.
    expect(world.sim.iam.iam.denials).toEqual([])
  })

  it('another import onto the state that is there is refused, and the instance comes back without it', async () => {
    world.checker.checkpoint('before the second import')
    const before = await world.health()
    const other = 'old-opscenter-backups/another.tgz'
    setImport(other, tarball(other, 'LCM of yet another OpsCenter'))
    world.rt.faultedVersions.add(INITIAL_VERSION)
    const run = await world.runAction()
    expectRun(world, run, { result: 'reverted', ok: false })
    expect(run.errors.join('\n')).toMatch(
      `the import of s3://${other} is refused: EFS already holds an OpsCenter state`
    )
    const h = await world.health()
    expect(h).toMatchObject({ ok: true, imageId: before.imageId })
    expect(readFileSync(efs('var/lib/opscenter/lcm.db'), 'utf8')).toBe('LCM of the old OpsCenter')
  })
})
