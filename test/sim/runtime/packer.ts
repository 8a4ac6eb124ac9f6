// A stand-in for the `packer` binary the action runs: `init` does nothing; `build` reads
// the var-file and -var flags, waits a modelled bake time, registers and tags an AMI in the
// simulator through the real SDK (as the amazon-ebs builder would), and prints Packer's
// machine-readable output (timestamp,target,type,data... with commas in data written as
// %!(PACKER_COMMA) and newlines as \n).
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import {
  EC2Client,
  CreateTagsCommand,
  DescribeImagesCommand,
  RegisterImageCommand,
  type Tag
} from '@aws-sdk/client-ec2'
import { ClockRetryStrategy } from '../../../src/shared/aws.js'
import { systemClock } from '../../../src/shared/clock.js'
import { unsupportedOpscenterVersion, PACKER_VARS, TAGS } from '../../../src/shared/contract.js'
import type { AuthRequest } from '../iam/model.js'
import type { CommandResult } from './host.js'
import { readRecipe, type Recipe } from './recipe.js'

export interface PackerContext {
  endpoint: string
  region: string
  /** Modelled bake time, already scaled. */
  bakeMs: number
  /** The simulator's time scale: the SDK's back-off shrinks with it. Default 1. */
  timeScale?: number
  /** The next build fails with this message (a fault), then clears. */
  failNext?: string
  /**
   * Authorizes, as the runner's credentials, the calls of the amazon-ebs builder that this
   * stand-in does not send over the wire (GetInstanceProfile, RunInstances, PassRole, ...).
   */
  authorize?: (requests: AuthRequest[]) => Promise<void>
  log: (line: string) => void
}

export interface Bake {
  imageId: string
  version: string
  recipeHash: string
  vars: Record<string, string>
}

/** Parses the `name = "value"` / `name = 42` assignments of an HCL var-file. */
export function parseVarFile(text: string): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*(#|\/\/).*$/, '')
    const m = /^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s#]+))/.exec(line)
    if (m) vars[m[1]] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]
  }
  return vars
}

/** One machine-readable line. */
export function machineLine(target: string, type: string, ...data: string[]): string {
  const enc = (s: string) => s.replace(/,/g, '%!(PACKER_COMMA)').replace(/\n/g, '\\n')
  return [String(Math.floor(Date.now() / 1000)), target, type, ...data.map(enc)].join(',')
}

export class FakePacker {
  readonly bakes: Bake[] = []
  readonly invocations: string[][] = []

  constructor(private readonly ctx: PackerContext) {}

  async run(args: string[], cwd: string): Promise<CommandResult> {
    this.invocations.push(args)
    const [sub, ...rest] = args
    switch (sub) {
      case 'init':
      case 'validate':
      case 'fmt':
        return { code: 0, stdout: '', stderr: '' }
      case 'version':
      case '--version':
      case '-v':
        return { code: 0, stdout: 'Packer v1.11.2\n', stderr: '' }
      case 'build':
        return this.build(rest, cwd)
      default:
        return { code: 1, stdout: '', stderr: `packer (simulated): unknown command ${sub}\n` }
    }
  }

  private async build(args: string[], cwd: string): Promise<CommandResult> {
    const vars: Record<string, string> = {}
    let machine = false
    const files: string[] = []
    const positional: string[] = []
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      const value = (flag: string) =>
        a.startsWith(flag + '=') ? a.slice(flag.length + 1) : args[++i]
      if (a === '-machine-readable') machine = true
      else if (a === '-var-file' || a.startsWith('-var-file=')) files.push(value('-var-file'))
      else if (a === '-var' || a.startsWith('-var=')) {
        const kv = value('-var')
        const eq = kv.indexOf('=')
        vars[kv.slice(0, eq)] = kv.slice(eq + 1)
      } else if (a.startsWith('-')) continue
      else positional.push(a)
    }
    const dir = positional[0] ?? '.'
    const err = (msg: string): CommandResult => ({
      code: 1,
      stdout: machine ? machineLine('', 'ui', 'error', msg) + '\n' : '',
      stderr: machine ? '' : msg + '\n'
    })
    const templateDir = isAbsolute(dir) ? dir : join(cwd, dir)
    if (!existsSync(templateDir)) return err(`Error: ${dir}: no such file or directory`)
    const fromFiles: Record<string, string> = {}
    for (const f of files) {
      const path = isAbsolute(f) ? f : join(cwd, f)
      if (!existsSync(path)) return err(`Error: Failed to read variables file ${f}`)
      Object.assign(fromFiles, parseVarFile(readFileSync(path, 'utf8')))
    }
    // Defaults as in packer/variables.pkr.hcl; the var-file must set the version.
    const all: Record<string, string> = {
      [PACKER_VARS.baseAmi]: '',
      [PACKER_VARS.recipeHash]: 'manual',
      [PACKER_VARS.gitSha]: 'unknown',
      [PACKER_VARS.stackName]: 'opscenter-ha',
      [PACKER_VARS.region]: this.ctx.region,
      [PACKER_VARS.agentDir]: '../dist/boot',
      ...fromFiles,
      ...vars
    }
    const version = all[PACKER_VARS.opscenterVersion]
    if (!version) {
      return err(`Error: Unset variable "${PACKER_VARS.opscenterVersion}": a value is required`)
    }
    const agentDir = isAbsolute(all[PACKER_VARS.agentDir])
      ? all[PACKER_VARS.agentDir]
      : join(templateDir, all[PACKER_VARS.agentDir])
    if (!existsSync(join(agentDir, 'index.js'))) {
      return err(`Error: file provisioner: ${agentDir}/index.js: no such file (agent_dir)`)
    }
    const hash = all[PACKER_VARS.recipeHash]
    const stack = all[PACKER_VARS.stackName]
    const region = all[PACKER_VARS.region]
    const gitSha = all[PACKER_VARS.gitSha]
    const recipe = await readRecipe(templateDir, all)
    // Packer's own check (RunConfig.Prepare in packer-plugin-amazon builder/common/run_config.go).
    if (recipe.sshInterface === 'session_manager' && !recipe.instanceProfile)
      return err(
        '1 error(s) occurred:\n\n* no iam_instance_profile defined; session_manager connectivity requires a valid instance profile with AmazonSSMManagedInstanceCore permissions. Alternatively a temporary_iam_instance_profile_policy_document can be used.'
      )
    const refused = await authorizeBuild(this.ctx.authorize, recipe, all, version)
    if (refused) return err(refused)
    const ec2 = new EC2Client({
      region: this.ctx.region,
      endpoint: this.ctx.endpoint,
      credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' },
      retryStrategy: packerRetries(recipe, this.ctx.timeScale ?? 1)
    })
    try {
      // source_ami, or the recipe's source_ami_filter (the newest Amazon Linux 2023).
      const base = await ec2.send(
        all[PACKER_VARS.baseAmi]
          ? new DescribeImagesCommand({ ImageIds: [all[PACKER_VARS.baseAmi]] })
          : new DescribeImagesCommand({
              Owners: ['amazon'],
              Filters: [{ Name: 'name', Values: ['al2023-ami-2023.*-x86_64'] }]
            })
      )
      if (!base.Images?.length) {
        return err(
          `Error: Datasource.Execute failed: No AMI was found matching ${all[PACKER_VARS.baseAmi] || 'the filter'}`
        )
      }
      const src = 'amazon-ebs.opscenter'
      const out: string[] = []
      const ui = (text: string) => out.push(machineLine('', 'ui', 'say', text))
      const stamp = new Date().toISOString().replace(/[-:T]/g, '').slice(0, 14)
      const name = `opscenter-ha-${stack}-${version}-${stamp}`
      ui(`==> ${src}: Prevalidating AMI Name: ${name}`)
      ui(`==> ${src}: Found Image ID: ${base.Images[0].ImageId}`)
      ui(`==> ${src}: Launching a source AWS instance...`)
      ui(`==> ${src}: Provisioning with shell script: /tmp/packer-shell123456`)
      // What install-opscenter.sh refuses on the build instance (after the launch).
      const url = all.opscenter_package_url ?? ''
      const refusal = !url.endsWith('.rpm')
        ? `${url} is not an .rpm (this recipe bakes Amazon Linux 2023)`
        : unsupportedOpscenterVersion(version)
      if (refusal) {
        out.push(machineLine('', 'ui', 'error', `    ${src}: install-opscenter: ${refusal}`))
        out.push(
          machineLine(
            '',
            'ui',
            'error',
            `Build '${src}' errored: Script exited with non-zero exit status: 1`
          )
        )
        return { code: 1, stdout: out.join('\n') + '\n', stderr: '' }
      }
      ui(
        `    ${src}: dnf install -y java-1.8.0-amazon-corretto amazon-ec2-net-utils amazon-efs-utils`
      )
      ui(`    ${src}: Installing the OpsCenter ${version} RPM, the boot agent, and its units`)
      await new Promise((r) => setTimeout(r, this.ctx.bakeMs))
      if (this.ctx.failNext) {
        const msg = this.ctx.failNext
        this.ctx.failNext = undefined
        out.push(machineLine('', 'ui', 'error', `Build '${src}' errored after 4 minutes: ${msg}`))
        return { code: 1, stdout: out.join('\n') + '\n', stderr: '' }
      }
      ui(`==> ${src}: Stopping the source instance...`)
      ui(`==> ${src}: Creating AMI ${name} from instance i-0packerbuilder`)
      // The recipe's tags and snapshot_tags (locals.tags in packer/opscenter.pkr.hcl).
      const tags: Tag[] = [
        { Key: 'Name', Value: `opscenter-ha-${version}` },
        { Key: TAGS.stack, Value: stack },
        { Key: TAGS.recipeHash, Value: hash },
        { Key: TAGS.opscenterVersion, Value: version },
        { Key: TAGS.gitSha, Value: gitSha },
        { Key: TAGS.baseAmi, Value: base.Images[0].ImageId ?? '' }
      ]
      const image = await ec2.send(
        new RegisterImageCommand({
          Name: name,
          Description: `opscenter-ha: DataStax OpsCenter ${version} (recipe ${hash}, git ${gitSha})`,
          Architecture: 'x86_64',
          RootDeviceName: '/dev/xvda',
          VirtualizationType: 'hvm',
          EnaSupport: true,
          // The simulator creates the snapshot of an EBS mapping without SnapshotId.
          BlockDeviceMappings: [
            {
              DeviceName: '/dev/xvda',
              Ebs: { VolumeSize: 10, VolumeType: 'gp3', DeleteOnTermination: true, Encrypted: true }
            }
          ]
        })
      )
      const imageId = image.ImageId!
      ui(`==> ${src}: AMI: ${imageId}`)
      ui(`==> ${src}: Adding tags to AMI (${imageId})...`)
      const registered = await ec2.send(new DescribeImagesCommand({ ImageIds: [imageId] }))
      const snapshotIds = (registered.Images?.[0]?.BlockDeviceMappings ?? [])
        .map((b) => b.Ebs?.SnapshotId)
        .filter((x): x is string => x !== undefined)
      await ec2.send(new CreateTagsCommand({ Resources: [imageId, ...snapshotIds], Tags: tags }))
      ui(`==> ${src}: Terminating the source AWS instance...`)
      ui(`Build '${src}' finished after 4 minutes 12 seconds.`)
      const artifact = `AMIs were created:\n${region}: ${imageId}\n`
      out.push(machineLine(src, 'artifact-count', '1'))
      out.push(machineLine(src, 'artifact', '0', 'builder-id', 'mitchellh.amazonebs'))
      out.push(machineLine(src, 'artifact', '0', 'id', `${region}:${imageId}`))
      out.push(machineLine(src, 'artifact', '0', 'string', artifact))
      out.push(machineLine(src, 'artifact', '0', 'files-count', '0'))
      out.push(machineLine(src, 'artifact', '0', 'end'))
      ui(`--> ${src}: ${artifact}`)
      this.bakes.push({ imageId, version, recipeHash: hash, vars: all })
      this.ctx.log(`packer: baked ${imageId} (OpsCenter ${version}, recipe ${hash.slice(0, 12)})`)
      if (!machine) return { code: 0, stdout: out.map(human).join('\n') + '\n', stderr: '' }
      return { code: 0, stdout: out.join('\n') + '\n', stderr: '' }
    } catch (e) {
      return err(`Error: ${(e as Error).name}: ${(e as Error).message}`)
    } finally {
      ec2.destroy()
    }
  }
}

/**
 * What the amazon-ebs builder asks of IAM before and during a build, in its order: it
 * validates a named instance profile (StepIamInstanceProfile calls iam:GetInstanceProfile
 * unless skip_profile_validation; packer-plugin-amazon builder/common/step_iam_instance_profile.go),
 * launches the source instance (ec2:RunInstances with its metadata options, iam:PassRole of
 * the profile's role), then images, stops and terminates it (the run_tags Name is on the
 * instance from launch). Returns the build's error line for the first refusal.
 */
async function authorizeBuild(
  auth: PackerContext['authorize'],
  recipe: Recipe,
  vars: Record<string, string>,
  version: string
): Promise<string | undefined> {
  if (!auth) return undefined
  const region = vars[PACKER_VARS.region]
  const account = '123456789012'
  const instance = `arn:aws:ec2:${region}:${account}:instance/i-0packerbuilder`
  const tags = { Name: recipe.runTagName ?? `packer ${version}` }
  const steps: [string, AuthRequest[]][] = []
  if (recipe.instanceProfile && !recipe.skipProfileValidation)
    steps.push([
      `Couldn't find specified instance profile`,
      [
        {
          action: 'iam:GetInstanceProfile',
          resource: `arn:aws:iam::${account}:instance-profile/${recipe.instanceProfile}`
        }
      ]
    ])
  steps.push([
    'Error launching source instance',
    [
      {
        action: 'ec2:RunInstances',
        resource: instance,
        context: {
          'ec2:MetadataHttpTokens': recipe.httpTokens ?? 'optional',
          ...(recipe.hopLimit ? { 'ec2:MetadataHttpPutResponseHopLimit': recipe.hopLimit } : {})
        }
      },
      // Its network interface: ec2:AssociatePublicIpAddress is what an organisation's "no
      // public IPs" guard rail tests. Unset in the recipe, the subnet decides, and a default
      // VPC's subnets map public IPs on launch (Amazon VPC User Guide, "Default subnets").
      {
        action: 'ec2:RunInstances',
        resource: `arn:aws:ec2:${region}:${account}:network-interface/*`,
        context: { 'ec2:AssociatePublicIpAddress': String(recipe.associatePublicIp ?? true) }
      },
      ...(recipe.instanceProfile
        ? [
            {
              action: 'iam:PassRole',
              // docs/package-hosting.md names the role like its profile.
              resource: `arn:aws:iam::${account}:role/${recipe.instanceProfile}`,
              context: { 'iam:PassedToService': 'ec2.amazonaws.com' }
            }
          ]
        : [])
    ]
  ])
  // Session Manager: Packer starts a port-forwarding session to the instance's sshd as the
  // runner, and ends it after the build (packer-plugin-amazon common/ssm/session.go; the
  // document is AWS-StartPortForwardingSession).
  if (recipe.sshInterface === 'session_manager')
    steps.push([
      'Error establishing SSM session',
      [
        { action: 'ssm:StartSession', resource: instance, tags },
        {
          // AWS-owned documents are named without an account; the reference's ARN format
          // (and so the evaluator) wants one, and the policy's "*" for it covers both.
          action: 'ssm:StartSession',
          resource: `arn:aws:ssm:${region}:${account}:document/AWS-StartPortForwardingSession`
        },
        {
          action: 'ssm:TerminateSession',
          resource: `arn:aws:ssm:${region}:${account}:session/GitHubActions-0packer`
        }
      ]
    ])
  steps.push([
    'Error creating AMI',
    [
      { action: 'ec2:StopInstances', resource: instance, tags },
      { action: 'ec2:CreateImage', resource: instance, tags },
      { action: 'ec2:TerminateInstances', resource: instance, tags }
    ]
  ])
  for (const [what, requests] of steps) {
    try {
      await auth(requests)
    } catch (e) {
      return `Error: ${what}: ${(e as Error).name}: ${(e as Error).message}`
    }
  }
  return undefined
}

/** The human form of a machine-readable line: its last field, decoded. */
function human(line: string): string {
  const fields = line.split(',')
  return fields[fields.length - 1].replace(/%!\(PACKER_COMMA\)/g, ',').replace(/\\n/g, '\n')
}

/**
 * The amazon plugin retries a throttled call with the AWS SDK for Go's retryer: 3 retries
 * by default (DefaultRetryerMaxNumRetries in aws-sdk-go's client/default_retryer.go), or
 * the source's max_retries when it is above 0 (AccessConfig.Session in
 * packer-plugin-amazon builder/common/access_config.go). Its back-off runs on the
 * simulator's time scale, like everything else here.
 */
function packerRetries(recipe: Recipe, timeScale: number): ClockRetryStrategy {
  const retries = recipe.maxRetries && recipe.maxRetries > 0 ? recipe.maxRetries : 3
  return new ClockRetryStrategy(systemClock, timeScale, retries + 1)
}
