// The Amazon Linux 2023 image as a real first deployment meets it: EFS only over TLS with
// IAM by the instance role (the file system policy refuses anything else, and the agent
// says why), and an OpsCenter version the image cannot run refused before any AWS call.
import { jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { World } from '../sim/scenarios.js'
import { REPO_ROOT } from '../sim/scenarios.js'
import { INITIAL_VERSION, expectRun, startWorld, violations } from './helpers.js'

jest.setTimeout(90_000)

describe('the image and the file system policy (simulated AWS, real action and agent)', () => {
  let world: World | undefined
  afterEach(async () => {
    if (world) expect(violations(world)).toBe('')
    await world?.stop()
    world = undefined
  })

  it('an image without amazon-efs-utils mounts plain NFS: refused by the policy, the boot says why, the job reverts', async () => {
    world = await startWorld('image-no-efs-utils')
    expectRun(world, await world.runAction(), { result: 'deployed', ok: true })
    world.rt.withoutEfsUtils.add('6.8.53')
    world.setVersion('6.8.53')
    const run = await world.runAction()
    expectRun(world, run, { result: 'reverted', ok: false })
    expect(run.errors.join('\n')).toMatch(
      /efs: EFS fs-\w+ refused the mount \(its file system policy requires TLS and IAM: this image has no amazon-efs-utils, so it mounted plain NFS\): mount\.nfs4: access denied by server/
    )
    expect(await world.health()).toMatchObject({ ok: true, version: INITIAL_VERSION })
  })

  it('a file system policy that does not name this instance role refuses it, and the first deployment says so', async () => {
    // The policy of another stack's role: this instance's role is "another principal".
    const template = join(tmpdir(), `opscenter-other-principal-${process.pid}.yaml`)
    writeFileSync(
      template,
      readFileSync(join(REPO_ROOT, 'cloudformation/opscenter.yaml'), 'utf8').replaceAll(
        "role/${AWS::StackName}-InstanceRole-*'",
        "role/some-other-stack-InstanceRole-*'"
      )
    )
    world = await startWorld('image-other-principal', { template })
    const run = await world.runAction()
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /efs: EFS fs-\w+ refused the mount \(its file system policy refused this instance role: allow it ClientMount, ClientWrite and ClientRootAccess\): mount\.nfs4: access denied by server while mounting 127\.0\.0\.1:\//
    )
  })

  it.each(['6.8.48', '6.8.43'])(
    'opscenter_version %s in the var-file fails before any AWS call, naming the fix',
    async (version) => {
      world = await startWorld(`image-version-${version}`)
      world.setVersion(version)
      const run = await world.runAction()
      expect(run.code).not.toBe(0)
      expect(run.errors.join('\n')).toMatch(
        new RegExp(
          `packer-var-file: .*opscenter_version = "${version.replaceAll('.', '\\.')}": OpsCenter ${version.replaceAll('.', '\\.')} (was retracted|predates Amazon Linux 2023 support)`
        )
      )
      expect(run.requests).toEqual({})
      expect(run.bakes).toBe(0)
    }
  )
})
