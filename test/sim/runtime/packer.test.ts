import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakePacker, machineLine, parseVarFile } from './packer.js'

describe('fake packer', () => {
  it('reads an HCL var-file', () => {
    expect(
      parseVarFile(
        '# bump me\nopscenter_version = "6.8.1"\nopscenter_sha256  = "ab\\"c" # trailing\ncount = 3\n// x = "y"\n'
      )
    ).toEqual({ opscenter_version: '6.8.1', opscenter_sha256: 'ab"c', count: '3' })
  })

  it('writes machine-readable lines with commas and newlines encoded', () => {
    const line = machineLine(
      'amazon-ebs.x',
      'artifact',
      '0',
      'id',
      'us-east-1:ami-1,us-west-2:ami-2'
    )
    expect(line).toMatch(
      /^\d+,amazon-ebs\.x,artifact,0,id,us-east-1:ami-1%!\(PACKER_COMMA\)us-west-2:ami-2$/
    )
    expect(machineLine('', 'ui', 'say', 'a\nb')).toMatch(/^\d+,,ui,say,a\\nb$/)
  })

  it('init is a no-op; build refuses a missing version or agent bundle and fails like packer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'packer-'))
    mkdirSync(join(dir, 'packer'))
    writeFileSync(join(dir, 'packer/opscenter.pkrvars.hcl'), 'opscenter_package_url = "s3://x"\n')
    const packer = new FakePacker({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      bakeMs: 0,
      log: () => undefined
    })
    expect(await packer.run(['init', '.'], join(dir, 'packer'))).toMatchObject({ code: 0 })
    const r = await packer.run(
      [
        'build',
        '-machine-readable',
        '-var-file=opscenter.pkrvars.hcl',
        '-var',
        'base_ami=ami-1',
        '.'
      ],
      join(dir, 'packer')
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/,ui,error,Error: Unset variable "opscenter_version"/)
    const noAgent = await packer.run(
      ['build', '-var-file', 'opscenter.pkrvars.hcl', '-var', 'opscenter_version=6.8.1', '.'],
      join(dir, 'packer')
    )
    expect(noAgent).toMatchObject({ code: 1, stderr: expect.stringMatching(/agent_dir/) })
    expect(packer.bakes).toHaveLength(0)
    rmSync(dir, { recursive: true, force: true })
  })
})
