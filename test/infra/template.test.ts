// The security and contract properties of cloudformation/opscenter.yaml that the rest of
// the project relies on. A failure here means the stack would be less safe than the design
// says, or the controller / boot agent would not find what they look for.
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import {
  BOOT_CONFIG_PATH,
  DEFAULTS,
  HOOKS,
  METRICS,
  OUTPUTS,
  PARAMS,
  ROLES,
  STACK_RESOURCE_TYPES,
  TAGS
} from '../../src/shared/contract.js'
import {
  asArray,
  loadTemplate,
  repoRoot,
  resourcesOfType,
  statementsOf,
  tagMap,
  templatePath,
  walk,
  type Json
} from './template.js'

const t = loadTemplate()
const ref = (name: string) => ({ Ref: name })
const groupName = { 'Fn::Sub': '${AWS::StackName}-opscenter' }

function pattern(param: string): RegExp {
  return new RegExp(t.Parameters[param].AllowedPattern)
}

describe('resource types', () => {
  it('uses only the types the simulator models', () => {
    const types = new Set(Object.values(t.Resources).map((r) => r.Type))
    expect(
      [...types].filter((x) => !(STACK_RESOURCE_TYPES as readonly string[]).includes(x))
    ).toEqual([])
  })

  it('creates the hosted zone only when no HostedZoneId is given', () => {
    const [[, zone]] = resourcesOfType(t, 'AWS::Route53::HostedZone')
    expect(zone.Condition).toBe('CreateHostedZone')
    expect(t.Conditions.CreateHostedZone).toEqual({ 'Fn::Equals': [ref('HostedZoneId'), ''] })
    expect(t.Parameters.HostedZoneId.Default).toBe('')
  })

  it('leaves the DNS record to the boot agent', () => {
    expect(JSON.stringify(t.Resources)).not.toContain('AWS::Route53::RecordSet')
  })
})

describe('parameters', () => {
  it('has the AMI parameters the controller sets', () => {
    expect(t.Parameters[PARAMS.amiId]).toBeDefined()
    expect(t.Parameters[PARAMS.amiId].Default).toBeUndefined()
    expect(t.Parameters[PARAMS.previousAmiId].Default).toBe('')
    expect(pattern(PARAMS.previousAmiId).test('')).toBe(true)
    expect(pattern(PARAMS.amiId).test('ami-0123456789abcdef0')).toBe(true)
    expect(pattern(PARAMS.amiId).test('')).toBe(false)
  })

  it('types the VPC and subnets so CloudFormation checks they exist', () => {
    expect(t.Parameters.VpcId.Type).toBe('AWS::EC2::VPC::Id')
    for (const p of ['SubnetA', 'SubnetB', 'SubnetC'])
      expect([p, t.Parameters[p].Type]).toEqual([p, 'AWS::EC2::Subnet::Id'])
  })

  it('describes every parameter', () => {
    for (const [name, p] of Object.entries(t.Parameters)) {
      expect([name, typeof p.Description]).toEqual([name, 'string'])
    }
  })

  it('refuses a world-open or very wide AllowedCidr and has no default for it', () => {
    const cidr = pattern('AllowedCidr')
    expect(t.Parameters.AllowedCidr.Default).toBeUndefined()
    for (const bad of ['0.0.0.0/0', '0.0.0.0/1', '10.0.0.0/7', '10.0.0.0', '256.0.0.0/16', ''])
      expect([bad, cidr.test(bad)]).toEqual([bad, false])
    for (const good of ['10.0.0.0/8', '10.20.0.0/16', '192.168.1.10/32'])
      expect([good, cidr.test(good)]).toEqual([good, true])
  })

  it('takes record names in the form Route53 IAM conditions compare (lower case, no dot)', () => {
    const name = pattern('RecordName')
    expect(name.test(t.Parameters.RecordName.Default)).toBe(true)
    expect(name.test('opscenter.example.internal')).toBe(true)
    expect(name.test('opscenter.example.internal.')).toBe(false)
    expect(name.test('OpsCenter.example.internal')).toBe(false)
    expect(name.test('opscenter')).toBe(false)
  })

  it("keeps the agent's own bounds below the hooks' time-outs, so the agent reports why", () => {
    // src/boot bounds a boot to 3 waits of timeoutSeconds and a release to 2.
    const max = t.Parameters.BootTimeoutSeconds.MaxValue
    expect(3 * max).toBeLessThan(hook(HOOKS.launch).HeartbeatTimeout)
    expect(2 * max).toBeLessThan(hook(HOOKS.terminate).HeartbeatTimeout)
    expect(t.Parameters.BootTimeoutSeconds.Default).toBeLessThanOrEqual(max)
  })
})

describe('network', () => {
  it('never opens ingress to the world', () => {
    for (const node of walk(t.Resources)) {
      expect(node).not.toBe('0.0.0.0/0')
      expect(node).not.toBe('::/0')
    }
  })

  it("lets only AllowedCidr reach HTTPS 8443 and the agents' 61620: no HTTP 8888, no SSH", () => {
    const sg = t.Resources.InstanceSecurityGroup.Properties
    const rules = sg.SecurityGroupIngress as Json[]
    expect(rules.map((r) => [r.IpProtocol, r.FromPort, r.ToPort]).sort()).toEqual(
      [
        ['tcp', 61620, 61620],
        ['tcp', 8443, 8443]
      ].sort()
    )
    for (const r of rules) expect(r.FromPort <= 22 && r.ToPort >= 22).toBe(false)
    expect(t.Resources.LaunchTemplate.Properties.LaunchTemplateData.KeyName).toBeUndefined()
    for (const r of rules) expect(r.CidrIp).toEqual(ref('AllowedCidr'))
  })

  it('lets only the instance security group reach NFS', () => {
    const rules = t.Resources.FileSystemSecurityGroup.Properties.SecurityGroupIngress as Json[]
    expect(rules).toEqual([
      expect.objectContaining({
        IpProtocol: 'tcp',
        FromPort: 2049,
        ToPort: 2049,
        SourceSecurityGroupId: ref('InstanceSecurityGroup')
      })
    ])
    expect(rules[0].CidrIp).toBeUndefined()
  })

  it('has one ENI per subnet, tagged with the contract keys the agent searches for', () => {
    const enis = resourcesOfType(t, 'AWS::EC2::NetworkInterface')
    expect(
      enis.map(([, r]) => r.Properties.SubnetId).sort((a, b) => (a.Ref < b.Ref ? -1 : 1))
    ).toEqual([ref('SubnetA'), ref('SubnetB'), ref('SubnetC')])
    for (const [, eni] of enis) {
      const tags = tagMap(eni.Properties.Tags)
      expect(tags[TAGS.stack]).toEqual(ref('AWS::StackName'))
      expect(tags[TAGS.role]).toBe(ROLES.eni)
      expect(eni.Properties.GroupSet).toEqual([ref('InstanceSecurityGroup')])
    }
  })
})

describe('storage', () => {
  it('encrypts and backs up the file system, and never deletes it with the stack', () => {
    const [[, fs]] = resourcesOfType(t, 'AWS::EFS::FileSystem')
    expect(fs.Properties.Encrypted).toBe(true)
    expect(fs.Properties.BackupPolicy).toEqual({ Status: 'ENABLED' })
    expect(fs.DeletionPolicy).toBe('Retain')
    expect(fs.UpdateReplacePolicy).toBe('Retain')
  })

  it('has one mount target per subnet in the NFS security group', () => {
    const mts = resourcesOfType(t, 'AWS::EFS::MountTarget').map(([, r]) => r.Properties)
    expect(mts.map((m) => m.SubnetId.Ref).sort()).toEqual(['SubnetA', 'SubnetB', 'SubnetC'])
    for (const m of mts) expect(m.SecurityGroups).toEqual([ref('FileSystemSecurityGroup')])
  })
})

describe('backup role', () => {
  const role = t.Resources.BackupRole.Properties

  it('is assumable by AWS Backup only and may touch this file system alone', () => {
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole' }
    ])
    expect(role.ManagedPolicyArns).toBeUndefined()
    const statements: Json[] = role.Policies.flatMap((p: Json) => statementsOf(p.PolicyDocument))
    const efs = statements.filter((s) =>
      asArray<string>(s.Action).some((a) => a.startsWith('elasticfilesystem:'))
    )
    expect(efs.map((s) => s.Resource)).toEqual([
      {
        'Fn::Sub':
          'arn:${AWS::Partition}:elasticfilesystem:${AWS::Region}:${AWS::AccountId}:file-system/${FileSystem}'
      }
    ])
  })
})

describe('instance role', () => {
  const role = t.Resources.InstanceRole.Properties
  const statements: Json[] = role.Policies.flatMap((p: Json) => statementsOf(p.PolicyDocument))
  const readOnly = /^[a-z0-9]+:(Describe|List|Get)[A-Za-z*]*$/
  const statementsFor = (action: string) =>
    statements.filter((s) => asArray<string>(s.Action).includes(action))

  it('is assumable by EC2 only and reachable through SSM instead of SSH', () => {
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }
    ])
    expect(role.ManagedPolicyArns).toEqual([
      { 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AmazonSSMManagedInstanceCore' }
    ])
    expect(t.Resources.LaunchTemplate.Properties.LaunchTemplateData.KeyName).toBeUndefined()
  })

  it('allows only, and puts a condition and a scoped resource on every mutating action', () => {
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true)
    for (const s of statements) {
      const mutating = asArray<string>(s.Action).filter((a) => !readOnly.test(a))
      if (mutating.length === 0) continue
      expect([s.Sid, s.Condition]).toEqual([s.Sid, expect.any(Object)])
      // PutMetricData has no resource type: its namespace condition is the scope.
      if (s.Sid === 'PublishHealth') {
        expect(s.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': METRICS.namespace } })
        continue
      }
      expect([s.Sid, s.Resource]).not.toEqual([s.Sid, '*'])
      expect(JSON.stringify(s.Resource)).not.toMatch(/^"\*"$/)
    }
  })

  it('attaches and detaches only this stack ENIs, on this group instances', () => {
    for (const action of ['ec2:AttachNetworkInterface', 'ec2:DetachNetworkInterface']) {
      const conds = statementsFor(action).map((s) => [JSON.stringify(s.Resource), s.Condition])
      expect(conds).toEqual(
        expect.arrayContaining([
          [
            expect.stringContaining(':network-interface/*'),
            { StringEquals: { [`aws:ResourceTag/${TAGS.stack}`]: ref('AWS::StackName') } }
          ],
          [
            expect.stringContaining(':instance/*'),
            { StringEquals: { 'aws:ResourceTag/aws:autoscaling:groupName': groupName } }
          ]
        ])
      )
      expect(conds).toHaveLength(2)
    }
  })

  it('tags only this group instances, and only with opscenter-ha keys', () => {
    const [s] = statementsFor('ec2:CreateTags')
    expect(statementsFor('ec2:CreateTags')).toHaveLength(1)
    expect(JSON.stringify(s.Resource)).toContain(':instance/*')
    expect(s.Condition.StringEquals).toEqual({
      'aws:ResourceTag/aws:autoscaling:groupName': groupName
    })
    expect(s.Condition['ForAllValues:StringLike']).toEqual({ 'aws:TagKeys': ['opscenter-ha:*'] })
    expect(Object.values(TAGS).every((k) => k.startsWith('opscenter-ha:'))).toBe(true)
  })

  it('changes only the record, as an A UPSERT, in this zone', () => {
    const [s] = statementsFor('route53:ChangeResourceRecordSets')
    expect(s.Resource['Fn::Sub'][0]).toContain(':hostedzone/${ZoneId}')
    expect(s.Resource['Fn::Sub'][1].ZoneId).toEqual(t.Outputs.HostedZoneId.Value)
    expect(s.Condition['ForAllValues:StringEquals']).toEqual({
      'route53:ChangeResourceRecordSetsNormalizedRecordNames': [ref('RecordName')],
      'route53:ChangeResourceRecordSetsRecordTypes': ['A'],
      'route53:ChangeResourceRecordSetsActions': ['UPSERT']
    })
  })

  it('completes hooks and sets health only on this group', () => {
    for (const action of ['autoscaling:CompleteLifecycleAction', 'autoscaling:SetInstanceHealth']) {
      const [s] = statementsFor(action)
      expect(s.Resource['Fn::Sub']).toMatch(
        /:autoScalingGroupName\/\$\{AWS::StackName\}-opscenter$/
      )
    }
    expect(t.Resources.AutoScalingGroup.Properties.AutoScalingGroupName).toEqual(groupName)
  })

  it('mounts only this file system', () => {
    const [s] = statementsFor('elasticfilesystem:ClientWrite')
    expect(statementsFor('elasticfilesystem:ClientMount')).toEqual([s])
    expect(s.Resource['Fn::Sub']).toMatch(/:file-system\/\$\{FileSystem\}$/)
  })

  it('grants reads without resource scoping only where AWS offers none', () => {
    const unscoped = statements.filter((s) => s.Resource === '*').flatMap((s) => asArray(s.Action))
    expect(unscoped.sort()).toEqual([
      'autoscaling:DescribeAutoScalingInstances',
      'cloudwatch:PutMetricData',
      'ec2:Describe*'
    ])
  })
})

describe('launch template', () => {
  const data = t.Resources.LaunchTemplate.Properties.LaunchTemplateData

  it('requires IMDSv2 with a hop limit of 1', () => {
    expect(data.MetadataOptions).toMatchObject({
      HttpEndpoint: 'enabled',
      HttpTokens: 'required',
      HttpPutResponseHopLimit: 1
    })
  })

  it('runs AmiId with the instance profile and an encrypted root volume', () => {
    expect(data.ImageId).toEqual(ref(PARAMS.amiId))
    expect(data.IamInstanceProfile).toEqual({ Arn: { 'Fn::GetAtt': ['InstanceProfile', 'Arn'] } })
    expect(data.BlockDeviceMappings).toHaveLength(1)
    for (const bd of data.BlockDeviceMappings) {
      expect(bd.Ebs).toMatchObject({ Encrypted: true, VolumeType: 'gp3' })
    }
  })

  it('writes the boot agent config, and only that, with cloud-init', () => {
    const [text, vars] = data.UserData['Fn::Base64']['Fn::Sub']
    expect(vars.ZoneId).toEqual(t.Outputs.HostedZoneId.Value)
    // The placeholders the template may use and values like CloudFormation would put there.
    const values: Record<string, string> = {
      'AWS::StackName': 'ops-prod',
      'AWS::Region': 'eu-west-1',
      ZoneId: 'Z0123456789ABC',
      RecordName: 'opscenter.example.internal',
      RecordTtl: String(t.Parameters.RecordTtl.Default),
      FileSystem: 'fs-0123456789abcdef0',
      BootTimeoutSeconds: '300',
      UnhealthyAfterSeconds: '60',
      OnDowngrade: t.Parameters.OnDowngrade.Default,
      KeepRestorePoints: String(t.Parameters.KeepRestorePoints.Default),
      RestoreRequest: '',
      ImportObject: '',
      ImportSha256: '',
      AdminSecret:
        'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ops-prod/opscenter-admin-AbCdEf',
      TlsCertificateSecretArn: ''
    }
    const rendered = (text as string).replace(/\$\{([^}]+)\}/g, (_, name: string) => {
      expect(Object.keys(values)).toContain(name)
      return values[name]
    })
    expect(rendered.startsWith('#cloud-config\n')).toBe(true)
    const cloudConfig = parseYaml(rendered)
    expect(Object.keys(cloudConfig)).toEqual(['write_files'])
    expect(cloudConfig.write_files).toHaveLength(1)
    const [file] = cloudConfig.write_files
    expect(file.path).toBe(BOOT_CONFIG_PATH)
    expect(JSON.parse(file.content)).toEqual({
      stackName: 'ops-prod',
      region: 'eu-west-1',
      hostedZoneId: 'Z0123456789ABC',
      recordName: 'opscenter.example.internal',
      recordTtl: DEFAULTS.recordTtl,
      fileSystemId: 'fs-0123456789abcdef0',
      timeoutSeconds: 300,
      unhealthyAfterSeconds: 60,
      onDowngrade: DEFAULTS.onDowngrade,
      keepRestorePoints: DEFAULTS.keepRestorePoints,
      restoreRequest: '',
      importFrom: '',
      importSha256: '',
      adminSecretArn:
        'arn:aws:secretsmanager:eu-west-1:123456789012:secret:ops-prod/opscenter-admin-AbCdEf',
      tlsSecretArn: ''
    })
  })
})

describe('OpsCenter login', () => {
  const secret = t.Resources.AdminSecret

  it('generates the admin password in Secrets Manager, kept when the stack goes (the state on EFS holds it)', () => {
    expect(secret.Type).toBe('AWS::SecretsManager::Secret')
    expect(secret.DeletionPolicy).toBe('Retain')
    expect(secret.Properties.SecretString).toBeUndefined()
    const gen = secret.Properties.GenerateSecretString
    expect(JSON.parse(gen.SecretStringTemplate)).toEqual({ username: 'admin' })
    expect(gen.GenerateStringKey).toBe('password')
    expect(gen.PasswordLength).toBeGreaterThanOrEqual(20)
    expect(t.Outputs[OUTPUTS.adminSecretArn].Value).toEqual(ref('AdminSecret'))
  })

  it('lets the instance role read this secret and the provided certificate, and no other', () => {
    const statements = t.Resources.InstanceRole.Properties.Policies.flatMap(
      (p: Json) => p.PolicyDocument.Statement
    ) as Json[]
    const reads = statements.filter((st) =>
      [st.Action ?? []].flat().some((a: string) => a.startsWith('secretsmanager:'))
    )
    expect(reads).toEqual([
      {
        Sid: 'ReadOwnSecrets',
        Effect: 'Allow',
        Action: 'secretsmanager:GetSecretValue',
        Resource: {
          'Fn::If': [
            'ProvidedCertificate',
            [ref('AdminSecret'), ref(PARAMS.tlsCertificateSecretArn)],
            [ref('AdminSecret')]
          ]
        }
      }
    ])
  })

  it('encrypts every store of OpsCenter state at rest: EFS, the root volume, the baked snapshots', () => {
    expect(t.Resources.FileSystem.Properties.Encrypted).toBe(true)
    for (const bd of t.Resources.LaunchTemplate.Properties.LaunchTemplateData.BlockDeviceMappings)
      expect(bd.Ebs.Encrypted).toBe(true)
    const recipe = readFileSync(join(repoRoot, 'packer', 'opscenter.pkr.hcl'), 'utf8')
    expect(recipe).toMatch(/^\s*encrypt_boot\s*=\s*true$/m)
    // Secrets Manager always encrypts; the template never puts a value in clear text.
    expect(JSON.stringify(t)).not.toMatch(/"SecretString"/)
  })

  it('points people at HTTPS on the record', () => {
    expect(t.Outputs[OUTPUTS.opscenterUrl].Value).toEqual({
      'Fn::Sub': 'https://${RecordName}:8443/'
    })
  })
})

function hook(name: string): Json {
  const hooks = t.Resources.AutoScalingGroup.Properties.LifecycleHookSpecificationList as Json[]
  return hooks.find((h) => h.LifecycleHookName === name)
}

describe('auto scaling group', () => {
  const asg = t.Resources.AutoScalingGroup
  const p = asg.Properties

  it('runs exactly one instance across the three subnets', () => {
    expect([p.MinSize, p.MaxSize, p.DesiredCapacity].map(String)).toEqual(['1', '1', '1'])
    expect(p.VPCZoneIdentifier).toEqual([ref('SubnetA'), ref('SubnetB'), ref('SubnetC')])
    expect(p.HealthCheckType).toBe('EC2')
  })

  it("follows the launch template's latest version", () => {
    expect(p.LaunchTemplate).toEqual({
      LaunchTemplateId: ref('LaunchTemplate'),
      Version: { 'Fn::GetAtt': ['LaunchTemplate', 'LatestVersionNumber'] }
    })
  })

  it('declares the contract hooks inside the group', () => {
    const hooks = Object.fromEntries(
      (p.LifecycleHookSpecificationList as Json[]).map((h) => [h.LifecycleHookName, h])
    )
    expect(Object.keys(hooks).sort()).toEqual([HOOKS.launch, HOOKS.terminate].sort())
    expect(hooks[HOOKS.launch]).toMatchObject({
      LifecycleTransition: 'autoscaling:EC2_INSTANCE_LAUNCHING',
      DefaultResult: 'ABANDON'
    })
    expect(hooks[HOOKS.terminate]).toMatchObject({
      LifecycleTransition: 'autoscaling:EC2_INSTANCE_TERMINATING',
      DefaultResult: 'CONTINUE'
    })
  })

  it('leaves instance replacement to the controller and starts after EFS and the ENIs', () => {
    expect(asg.UpdatePolicy).toBeUndefined()
    expect(asArray(asg.DependsOn).sort()).toEqual(
      [
        ...resourcesOfType(t, 'AWS::EFS::MountTarget'),
        ...resourcesOfType(t, 'AWS::EC2::NetworkInterface')
      ]
        .map(([name]) => name)
        .sort()
    )
  })
})

describe('outputs', () => {
  it('has every output the controller reads, and the AMI parameters', () => {
    for (const name of [...Object.values(OUTPUTS), PARAMS.amiId, PARAMS.previousAmiId]) {
      expect([name, t.Outputs[name]?.Value]).toEqual([name, expect.anything()])
    }
    expect(t.Outputs[OUTPUTS.autoScalingGroup].Value).toEqual(ref('AutoScalingGroup'))
    expect(t.Outputs[OUTPUTS.fileSystemId].Value).toEqual(ref('FileSystem'))
    expect(t.Outputs[PARAMS.previousAmiId].Value).toEqual(ref(PARAMS.previousAmiId))
    expect(t.Outputs[OUTPUTS.eniIds].Value).toEqual({
      'Fn::Join': [',', resourcesOfType(t, 'AWS::EC2::NetworkInterface').map(([name]) => ref(name))]
    })
  })
})

describe('example parameters', () => {
  const file = join(repoRoot, 'cloudformation', 'parameters.example.json')
  const params: { ParameterKey: string; ParameterValue: string }[] = JSON.parse(
    readFileSync(file, 'utf8')
  )

  it('sets every parameter without a default but the AMIs, with values the template accepts', () => {
    const given = Object.fromEntries(params.map((p) => [p.ParameterKey, p.ParameterValue]))
    // The controller sets the AMI parameters itself.
    expect(given[PARAMS.amiId]).toBeUndefined()
    expect(given[PARAMS.previousAmiId]).toBeUndefined()
    for (const [name, p] of Object.entries(t.Parameters)) {
      if (p.Default === undefined && name !== PARAMS.amiId)
        expect([name, given[name]]).toEqual([name, expect.any(String)])
    }
    for (const [name, value] of Object.entries(given)) {
      expect([name, t.Parameters[name] !== undefined]).toEqual([name, true])
      if (t.Parameters[name].AllowedPattern)
        expect([name, pattern(name).test(value)]).toEqual([name, true])
    }
  })
})

describe("AWS's cfn-lint", () => {
  it('finds nothing in the template (errors, warnings and informational checks)', () => {
    const lint = spawnSync('cfn-lint', ['--format', 'parseable', templatePath], {
      encoding: 'utf8'
    })
    if (lint.error)
      throw new Error("AWS's cfn-lint is missing: pip install cfn-lint", { cause: lint.error })
    expect(lint.stdout.trim()).toBe('')
    expect(lint.status).toBe(0)
  })

  it('is the maintained one, with a current resource specification', () => {
    const version = execFileSync('cfn-lint', ['--version'], { encoding: 'utf8' })
    expect(Number(/cfn-lint (\d+)\./.exec(version)?.[1])).toBeGreaterThanOrEqual(1)
  })
})

describe('alerts', () => {
  const alarms = resourcesOfType(t, 'AWS::CloudWatch::Alarm')
  const agentMetrics = [METRICS.healthy, METRICS.bootFailed, METRICS.markedUnhealthy]

  it("watches exactly the agent's metrics in the contract's namespace, and the group's InService count", () => {
    const watched = alarms.map(([, r]) => `${r.Properties.Namespace} ${r.Properties.MetricName}`)
    expect(watched.sort()).toEqual(
      [
        ...agentMetrics.map((m) => `${METRICS.namespace} ${m}`),
        'AWS/AutoScaling GroupInServiceInstances'
      ].sort()
    )
  })

  it('treats a silent heartbeat as breaching (the dead-man switch) and pages through one topic', () => {
    const notServing = alarms.find(([, r]) => r.Properties.MetricName === METRICS.healthy)![1]
    expect(notServing.Properties.TreatMissingData).toBe('breaching')
    const topic = { 'Fn::If': ['CreateAlertTopic', ref('AlertTopic'), ref('AlertTopicArn')] }
    for (const [, r] of alarms) expect(r.Properties.AlarmActions).toEqual([topic])
    const group = t.Resources.AutoScalingGroup.Properties
    expect(group.NotificationConfigurations[0].TopicARN).toEqual(topic)
    expect(group.InstanceMaintenancePolicy).toEqual({
      MinHealthyPercentage: 0,
      MaxHealthyPercentage: 100
    })
  })
})
