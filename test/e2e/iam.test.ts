// IAM as a first deployment meets it: with one statement taken out of the deploy policy
// (docs/iam-deploy-policy.json) or out of the instance role (cloudformation/opscenter.yaml),
// the first deployment fails, and the job's error names the missing action and the policy
// to extend. Together with the e2e suites passing with every statement in, this shows each
// statement tried here is needed, and that the simulator evaluates it.
import { jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { templateWithoutRoleStatement, without } from '../sim/iam/drop.js'
import type { PolicyDocument } from '../sim/iam/index.js'
import { REPO_ROOT, type World } from '../sim/scenarios.js'
import { describeRun, startWorld, violations } from './helpers.js'

jest.setTimeout(90_000)

const TEMPLATE = join(REPO_ROOT, 'cloudformation/opscenter.yaml')

const cases: { statement: string; where: 'deploy' | 'instance'; action: RegExp; fix: RegExp }[] = [
  {
    statement: 'StackGroup',
    where: 'deploy',
    action: /autoscaling:CreateAutoScalingGroup/,
    fix: /iam-deploy-policy\.json/
  },
  // Without it no run starts at all: it never goes on without the lock.
  {
    statement: 'DeployLock',
    where: 'deploy',
    action: /dynamodb:PutItem/,
    fix: /cannot take the deploy lock of stack opscenter-sim .*dynamodb:PutItem.*Nothing was changed.*Fix: allow dynamodb:PutItem on arn:aws:dynamodb:.*table\/opscenter-ha-locks in docs\/iam-deploy-policy\.json/
  },
  // The alerts: CloudFormation creates the alarms with the deploying role's permissions.
  {
    statement: 'StackAlarms',
    where: 'deploy',
    action: /cloudwatch:PutMetricAlarm/,
    fix: /iam-deploy-policy\.json/
  },
  {
    statement: 'ServiceLinkedRolesOnFirstUse',
    where: 'deploy',
    action: /iam:CreateServiceLinkedRole/,
    fix: /iam-deploy-policy\.json/
  },
  {
    statement: 'ValidatePackerBuildProfile',
    where: 'deploy',
    action: /iam:GetInstanceProfile/,
    fix: /iam-deploy-policy\.json/
  },
  {
    statement: 'ClaimOwnInterfaces',
    where: 'instance',
    action: /ec2:AttachNetworkInterface/,
    fix: /failed in phase eni: .*InstanceRole policy in cloudformation\/opscenter\.yaml/
  },
  {
    statement: 'UpsertOwnRecord',
    where: 'instance',
    action: /route53:ChangeResourceRecordSets/,
    fix: /failed in phase dns: .*InstanceRole policy/
  },
  // The bake's SSH runs through Session Manager: the runner starts the session.
  {
    statement: 'SessionToPackerBuildInstances',
    where: 'deploy',
    action: /ssm:StartSession/,
    fix: /Error establishing SSM session: AccessDenied: .*ssm:StartSession/
  },
  // The admin login: the instance reads only the stack's secret, before opscenterd starts.
  {
    statement: 'ReadOwnSecrets',
    where: 'instance',
    action: /secretsmanager:GetSecretValue/,
    fix: /failed in phase service: service: access denied: secretsmanager:GetSecretValue on arn:aws:secretsmanager:\S+opscenter-admin-\w+; allow it in the InstanceRole policy/
  },
  // Without it the agent cannot report at all: the job says what that can mean.
  {
    statement: 'ReportPhase',
    where: 'instance',
    action: /ec2:CreateTags/,
    fix: /never reported a phase.*InstanceRole policy/
  }
]

describe.each(cases)(
  'without the $where statement $statement',
  ({ statement, where, action, fix }) => {
    let world: World
    afterAll(async () => {
      await world?.stop()
    })

    it('the first deployment fails naming the missing action and the policy to extend', async () => {
      world = await startWorld(`iam-${statement}`, {
        inputs: { 'auto-revert': 'false' },
        ...(where === 'deploy'
          ? { iam: { policies: (w, p) => (w === 'deploy' ? without(p, statement) : p) } }
          : { template: templateWithoutRoleStatement(TEMPLATE, statement) })
      })
      const run = await world.runAction()
      const errors = run.errors.join('\n')
      if (run.code === 0 || !action.test(errors)) throw new Error(describeRun(run))
      expect(errors).toMatch(fix)
      expect(world.sim.iam.iam.denials.map((d) => d.request.action).join(' ')).toMatch(action)
      expect(violations(world)).toBe('')
    })
  }
)

// A guard rail many organisations set by SCP: no instance without IMDSv2
// (https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html).
const REQUIRE_IMDSV2: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'RequireImdsV2',
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: 'arn:aws:ec2:*:*:instance/*',
      Condition: { StringNotEquals: { 'ec2:MetadataHttpTokens': 'required' } }
    }
  ]
}

describe('an account whose SCP denies instances without IMDSv2', () => {
  let world: World
  afterEach(async () => {
    await world?.stop()
  })

  it('bakes, because the build instance requires IMDSv2 too', async () => {
    world = await startWorld('iam-scp', { iam: { serviceControlPolicies: [REQUIRE_IMDSV2] } })
    const run = await world.runAction()
    if (run.code !== 0) throw new Error(describeRun(run))
    expect(run.bakes).toBe(1)
    expect(violations(world)).toBe('')
  })

  it('refuses the bake of a recipe without metadata_options, and says which action', async () => {
    world = await startWorld('iam-scp-v1', { iam: { serviceControlPolicies: [REQUIRE_IMDSV2] } })
    const recipe = join(world.dir, 'packer/opscenter.pkr.hcl')
    writeFileSync(
      recipe,
      readFileSync(recipe, 'utf8').replace(/^ {2}metadata_options \{[\s\S]*?^ {2}\}\n/m, '')
    )
    const run = await world.runAction()
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /Error launching source instance: AccessDenied: .*ec2:RunInstances .*explicit deny/
    )
  })
})

// Another common guard rail: no instance with a public IP (the condition AWS documents for
// it is ec2:AssociatePublicIpAddress on the network interface,
// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html).
const DENY_PUBLIC_IPS: PolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'NoPublicIps',
      Effect: 'Deny',
      Action: 'ec2:RunInstances',
      Resource: 'arn:aws:ec2:*:*:network-interface/*',
      Condition: { Bool: { 'ec2:AssociatePublicIpAddress': 'true' } }
    }
  ]
}

describe('an account whose SCP denies public IPs', () => {
  let world: World
  afterEach(async () => {
    await world?.stop()
  })

  it('bakes through Session Manager: no public IP, no inbound rule', async () => {
    world = await startWorld('iam-scp-private', {
      iam: { serviceControlPolicies: [DENY_PUBLIC_IPS] }
    })
    const run = await world.runAction()
    if (run.code !== 0) throw new Error(describeRun(run))
    expect(run.bakes).toBe(1)
    // The guard rail was asked about this bake's network interface, and let it through.
    expect(world.sim.iam.iam.denials).toEqual([])
    expect(violations(world)).toBe('')
  })

  it('refuses the bake of a recipe that leaves the public IP to the subnet, and says which action', async () => {
    world = await startWorld('iam-scp-public', {
      iam: { serviceControlPolicies: [DENY_PUBLIC_IPS] }
    })
    const recipe = join(world.dir, 'packer/opscenter.pkr.hcl')
    writeFileSync(
      recipe,
      readFileSync(recipe, 'utf8').replace(/^ {2}associate_public_ip_address = false\n/m, '')
    )
    const run = await world.runAction()
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /Error launching source instance: AccessDenied: .*ec2:RunInstances on resource: arn:aws:ec2:[^ ]+:network-interface\/\* because an explicit deny/
    )
  })

  it('refuses a Session Manager bake without an instance profile, as Packer does, before launching', async () => {
    world = await startWorld('iam-ssm-no-profile')
    world.setVar('build_instance_profile', '')
    const run = await world.runAction()
    expect(run.code).not.toBe(0)
    expect(run.errors.join('\n')).toMatch(
      /session_manager connectivity requires a valid instance profile/
    )
  })
})
