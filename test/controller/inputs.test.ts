import { jest } from '@jest/globals'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '../fixtures/core.js'
import { makeRepo, type Repo } from './repo.js'

jest.unstable_mockModule('@actions/core', () => core)
const { getOptions } = await import('../../src/controller/edges/inputs.js')

let repo: Repo
beforeEach(() => {
  repo = makeRepo()
  core.reset(repo.inputs)
})

const env = { AWS_REGION: 'eu-west-1' }

function errorOf(inputs: Record<string, string>): string {
  core.reset({ ...repo.inputs, ...inputs })
  try {
    getOptions(env)
  } catch (err) {
    return (err as Error).message
  }
  throw new Error('expected an input error')
}

describe('getOptions', () => {
  it('applies the documented defaults', () => {
    core.reset({
      'stack-name': 'ops',
      template: repo.template,
      'packer-dir': repo.packerDir,
      'packer-var-file': repo.varFile,
      'agent-dir': repo.agentDir
    })
    const o = getOptions({ ...env, GITHUB_SHA: 'abc123' })
    expect(o).toMatchObject({
      command: 'deploy',
      region: 'eu-west-1',
      autoRevert: true,
      force: false,
      timeoutMs: 15 * 60_000,
      pollMs: 5000,
      keepAmis: 5,
      onDowngrade: 'restore',
      parameters: {},
      gitSha: 'abc123',
      baseAmi: { owner: 'amazon', namePattern: 'al2023-ami-2023.*-x86_64' },
      templateParams: [
        'AmiId',
        'PreviousAmiId',
        'InstanceType',
        'VpcId',
        'SubnetA',
        'SubnetB',
        'SubnetC'
      ]
    })
  })

  it('accepts decimals for durations and YAML 1.2 booleans', () => {
    core.reset({
      ...repo.inputs,
      'poll-interval-seconds': '0.1',
      'timeout-minutes': '0.5',
      'auto-revert': 'FALSE',
      force: 'True',
      command: 'replace'
    })
    const o = getOptions(env)
    expect(o).toMatchObject({ pollMs: 100, timeoutMs: 30_000, autoRevert: false, force: true })
  })

  it('reads parameters inline, from a CLI-style JSON file and from a JSON map', () => {
    core.reset({
      ...repo.inputs,
      parameters: 'InstanceType=m5.xlarge,\n PreviousAmiId2=x'.replace(',\n PreviousAmiId2=x', '')
    })
    expect(getOptions(env).parameters).toEqual({ InstanceType: 'm5.xlarge' })
    const cli = join(repo.root, 'p.json')
    writeFileSync(
      cli,
      JSON.stringify([{ ParameterKey: 'InstanceType', ParameterValue: 'm6i.large' }])
    )
    core.reset({ ...repo.inputs, parameters: cli })
    expect(getOptions(env).parameters).toEqual({ InstanceType: 'm6i.large' })
    writeFileSync(cli, JSON.stringify({ InstanceType: 'c5.large' }))
    expect(getOptions(env).parameters).toEqual({ InstanceType: 'c5.large' })
  })

  it('warns about inputs the command ignores', () => {
    core.reset({
      ...repo.inputs,
      command: 'rollback',
      force: 'true',
      'ami-id': 'ami-0123456789abcdef0'
    })
    getOptions(env)
    expect(core.state.warnings).toEqual([
      'force: ignored with command rollback (it only applies to replace)',
      "ami-id: ignored with command rollback (it uses the stack's previous AMI)"
    ])
  })

  it('masks the github token', () => {
    core.reset({ ...repo.inputs, 'github-token': 'ghs_abc' })
    getOptions(env)
    expect(core.state.secrets).toEqual(['ghs_abc'])
  })

  it('does not need the recipe for rollback and replace', () => {
    core.reset({ 'stack-name': 'ops', command: 'rollback', 'packer-dir': '/nonexistent' })
    expect(getOptions(env).command).toBe('rollback')
  })

  it.each([
    [
      { command: 'destroy' },
      /^command: unknown command "destroy": use one of deploy, plan, replace, rollback/
    ],
    [{ 'stack-name': '' }, /^stack-name: required/],
    [{ 'stack-name': '1ops' }, /^stack-name: "1ops" is not a valid stack name/],
    [{ 'stack-name': 'ops_prod' }, /^stack-name: "ops_prod"/],
    [{ region: 'us-east' }, /^region: "us-east" is not an AWS region/],
    [{ 'timeout-minutes': 'ten' }, /^timeout-minutes: "ten" is not a positive number of minutes/],
    [{ 'timeout-minutes': '0' }, /^timeout-minutes: "0"/],
    [{ 'poll-interval-seconds': '-1' }, /^poll-interval-seconds: "-1"/],
    [{ 'poll-interval-seconds': '5s' }, /^poll-interval-seconds: "5s"/],
    [{ 'keep-amis': '1' }, /^keep-amis: "1" must be a whole number of at least 2/],
    [{ 'keep-amis': '3.5' }, /^keep-amis: "3.5"/],
    [{ 'auto-revert': 'yes' }, /^auto-revert: "yes" is not a boolean: use true or false/],
    [{ force: 'on' }, /^force: "on" is not a boolean/],
    [{ 'ami-id': 'ami-xyz' }, /^ami-id: "ami-xyz" is not an AMI id/],
    [{ 'base-ami': 'al2023-*' }, /^base-ami: "al2023-\*" is neither an AMI id/],
    [{ 'health-url': 'ftp://x' }, /^health-url: "ftp:\/\/x" is not an http\(s\) URL/],
    [{ template: 'missing.yaml' }, /^template: file "missing.yaml" not found/],
    [{ 'packer-dir': 'nope' }, /^packer-dir: folder "nope" not found/],
    [{ 'packer-var-file': 'nope.hcl' }, /^packer-var-file: file "nope.hcl" not found/],
    [{ 'agent-dir': 'nope' }, /^agent-dir: folder "nope" not found/],
    [{ parameters: 'missing.json' }, /^parameters: file "missing.json" not found/],
    [{ parameters: 'InstanceType' }, /^parameters: file "InstanceType" not found/],
    [{ parameters: 'Bogus=1' }, /^parameters: Bogus is not a parameter of .*opscenter.yaml/],
    [
      { parameters: 'AmiId=ami-12345678' },
      /^parameters: AmiId is set by the action: use the ami-id input/
    ],
    [{ parameters: '=x,' }, /^parameters: "=x" is not Key=Value/],
    [
      { 'on-downgrade': 'rollback' },
      /^on-downgrade: unknown value "rollback": use restore .*, keep .* or refuse/
    ],
    [{ command: 'restore' }, /^restore-point: required with command restore/],
    [
      { command: 'restore', 'restore-point': '6.8.52' },
      /^restore-point: "6.8.52" is not a restore point id \(<UTC time>-<version>/
    ]
  ])('rejects %j naming the input', (inputs, message) => {
    expect(errorOf(inputs)).toMatch(message)
  })

  it('rejects a template that is not a CloudFormation template with an AmiId parameter', () => {
    writeFileSync(repo.template, 'Resources: {}\n')
    expect(errorOf({})).toMatch(/^template: .* has no AmiId parameter/)
    writeFileSync(repo.template, 'just: [text\n')
    expect(errorOf({})).toMatch(/^template: .* is neither valid YAML nor JSON/)
  })

  it.each([
    [
      '6.8.48',
      /^packer-var-file: .*opscenter_version = "6\.8\.48": OpsCenter 6\.8\.48 was retracted by DataStax .*use 6\.8\.51 or later/
    ],
    [
      '6.8.16',
      /^packer-var-file: .*opscenter_version = "6\.8\.16": OpsCenter 6\.8\.16 predates Amazon Linux 2023 support \(from 6\.8\.44, OPSC-17676\): use 6\.8\.44 or later/
    ]
  ])(
    'refuses opscenter_version %s in the var-file before anything else, naming the minimum',
    (version, message) => {
      writeFileSync(repo.varFile, `opscenter_version = "${version}"\n`)
      expect(errorOf({})).toMatch(message)
      // With ami-id nothing is baked: the var-file is not read.
      core.reset({ ...repo.inputs, 'ami-id': 'ami-0123456789abcdef0' })
      expect(() => getOptions(env)).not.toThrow()
    }
  )

  it('says a version bump whose package is not hosted yet is not hosted yet, before any AWS call', () => {
    writeFileSync(
      repo.varFile,
      'opscenter_version = "6.8.53"\nopscenter_package_url = "s3://b/opscenter/opscenter-6.8.52-1.noarch.rpm"\n'
    )
    expect(errorOf({})).toMatch(
      /^packer-var-file: .*opscenter_version is 6\.8\.53 but opscenter_package_url names 6\.8\.52 .*the 6\.8\.53 package is not hosted yet\. Download the 6\.8\.53 RPM from IBM Fix Central/
    )
  })

  it('needs a region from the input or the environment', () => {
    core.reset({ ...repo.inputs, region: '' })
    expect(() => getOptions({})).toThrow(/^region: not set/)
  })

  it('makes command restore a request of this run, applied once', () => {
    core.reset({
      command: 'restore',
      'stack-name': 'ops',
      'restore-point': '20261207T160512Z-6.8.52'
    })
    const o = getOptions({ ...env, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' })
    expect(o.restoreRequest).toBe('20261207T160512Z-6.8.52@4242-2')
  })

  it('takes an AWS Backup recovery point ARN for command restore (the request comes after its restore job)', () => {
    const arn =
      'arn:aws:backup:us-east-1:123456789012:recovery-point:1EB3B5E7-9EB0-435A-A80B-108B488B0D45'
    core.reset({ command: 'restore', 'stack-name': 'ops', 'restore-point': arn })
    const o = getOptions({ ...env, GITHUB_RUN_ID: '4242', GITHUB_RUN_ATTEMPT: '2' })
    expect(o).toMatchObject({ recoveryPointArn: arn, restoreRun: '4242-2' })
    expect(o.restoreRequest).toBeUndefined()
  })
})
