// What each resource handler calls with the credentials of whoever started the stack
// operation (no service role: CloudFormation uses the caller's), so that IAM refuses a
// create, update or delete the caller's policy does not cover, as on AWS.
//
// Source: each type's resource schema, `handlers.create|update|delete.permissions`
// (https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html;
// the schemas are served by `aws cloudformation describe-type --type RESOURCE`). A schema
// lists every permission a handler may need for any property; this models the subset our
// template's properties make it call (a tag permission only where Tags are given, PassRole
// only where a role is passed), so that an absent optional feature is not demanded.
// Service-linked roles: created on the first use in an account, with the caller's
// iam:CreateServiceLinkedRole (https://docs.aws.amazon.com/autoscaling/ec2/userguide/autoscaling-service-linked-role.html,
// https://docs.aws.amazon.com/efs/latest/ug/using-service-linked-roles.html).
import type { AuthRequest } from '../../iam/model.js'
import { requestTagContext } from '../../iam/model.js'
import { cfnTags, list, str, type HandlerContext, type Props } from './types.js'

export type Operation = 'create' | 'update' | 'delete'

export interface PermissionContext extends HandlerContext {
  /** The physical id (update, delete) or undefined before a create. */
  physicalId?: string
  /** The role ARN behind an instance profile ARN (for PassRole), if the stack has it. */
  roleOfProfile(profileArn: string): string | undefined
  /** Whether the account already has this service-linked role (then no create is needed). */
  hasServiceLinkedRole(service: string): boolean
}

type Permissions = Partial<Record<Operation, (props: Props, c: PermissionContext) => AuthRequest[]>>

const PLACEHOLDER = '0000000000000000'
const ec2Arn = (c: PermissionContext, type: string, id: string) =>
  `arn:aws:ec2:${c.region}:${c.accountId}:${type}/${id}`
const any = (action: string): AuthRequest => ({ action, resource: '*' })

/** A name CloudFormation generates: the stack's and logical id's prefix the policy matches. */
const generated = (c: PermissionContext) =>
  c.physicalId ?? `${c.stackName}-${c.logicalId}-SIMULATED${PLACEHOLDER.slice(0, 4)}`

function tagging(action: string, resource: string, tags: Record<string, string>): AuthRequest[] {
  return Object.keys(tags).length ? [{ action, resource, context: requestTagContext(tags) }] : []
}

function serviceLinkedRole(c: PermissionContext, service: string, name: string): AuthRequest[] {
  if (c.hasServiceLinkedRole(service)) return []
  return [
    {
      action: 'iam:CreateServiceLinkedRole',
      resource: `arn:aws:iam::${c.accountId}:role/aws-service-role/${service}/${name}`,
      context: { 'iam:AWSServiceName': service }
    }
  ]
}

function passRole(c: PermissionContext, profileArn: string | undefined): AuthRequest[] {
  const role = profileArn ? c.roleOfProfile(profileArn) : undefined
  if (!role) return []
  return [
    {
      action: 'iam:PassRole',
      resource: role,
      context: { 'iam:PassedToService': 'ec2.amazonaws.com' }
    }
  ]
}

const securityGroup: Permissions = {
  create: (p, c) => {
    const sg = ec2Arn(c, 'security-group', `sg-${PLACEHOLDER}`)
    return [
      {
        action: 'ec2:CreateSecurityGroup',
        resource: sg,
        context: requestTagContext(cfnTags(p.Tags))
      },
      any('ec2:DescribeSecurityGroups'),
      ...(list(p, 'SecurityGroupIngress').length
        ? [{ action: 'ec2:AuthorizeSecurityGroupIngress', resource: sg }]
        : []),
      ...tagging('ec2:CreateTags', sg, cfnTags(p.Tags))
    ]
  },
  update: (_p, c) => [
    {
      action: 'ec2:AuthorizeSecurityGroupIngress',
      resource: ec2Arn(c, 'security-group', c.physicalId!)
    },
    {
      action: 'ec2:RevokeSecurityGroupIngress',
      resource: ec2Arn(c, 'security-group', c.physicalId!)
    }
  ],
  delete: (_p, c) => [
    any('ec2:DescribeSecurityGroups'),
    { action: 'ec2:DeleteSecurityGroup', resource: ec2Arn(c, 'security-group', c.physicalId!) }
  ]
}

const networkInterface: Permissions = {
  create: (p, c) => {
    const eni = ec2Arn(c, 'network-interface', `eni-${PLACEHOLDER}`)
    return [
      {
        action: 'ec2:CreateNetworkInterface',
        resource: eni,
        context: requestTagContext(cfnTags(p.Tags))
      },
      any('ec2:DescribeNetworkInterfaces'),
      ...tagging('ec2:CreateTags', eni, cfnTags(p.Tags))
    ]
  },
  update: (_p, c) => [
    {
      action: 'ec2:ModifyNetworkInterfaceAttribute',
      resource: ec2Arn(c, 'network-interface', c.physicalId!)
    }
  ],
  delete: (_p, c) => [
    any('ec2:DescribeNetworkInterfaces'),
    {
      action: 'ec2:DeleteNetworkInterface',
      resource: ec2Arn(c, 'network-interface', c.physicalId!)
    }
  ]
}

const launchTemplate: Permissions = {
  create: (p, c) => [
    {
      action: 'ec2:CreateLaunchTemplate',
      resource: ec2Arn(c, 'launch-template', `lt-${PLACEHOLDER}`)
    },
    any('ec2:DescribeLaunchTemplates'),
    ...passRole(c, profileOf(p))
  ],
  update: (p, c) => [
    {
      action: 'ec2:CreateLaunchTemplateVersion',
      resource: ec2Arn(c, 'launch-template', c.physicalId!)
    },
    { action: 'ec2:ModifyLaunchTemplate', resource: ec2Arn(c, 'launch-template', c.physicalId!) },
    any('ec2:DescribeLaunchTemplates'),
    ...passRole(c, profileOf(p))
  ],
  delete: (_p, c) => [
    { action: 'ec2:DeleteLaunchTemplate', resource: ec2Arn(c, 'launch-template', c.physicalId!) }
  ]
}

function profileOf(p: Props): string | undefined {
  const data = p.LaunchTemplateData as { IamInstanceProfile?: { Arn?: string; Name?: string } }
  return data?.IamInstanceProfile?.Arn ?? data?.IamInstanceProfile?.Name
}

const efsArn = (c: PermissionContext) =>
  `arn:aws:elasticfilesystem:${c.region}:${c.accountId}:file-system/${c.physicalId ?? `fs-${PLACEHOLDER}`}`

const fileSystem: Permissions = {
  create: (p, c) => [
    ...serviceLinkedRole(
      c,
      'elasticfilesystem.amazonaws.com',
      'AWSServiceRoleForAmazonElasticFileSystem'
    ),
    {
      action: 'elasticfilesystem:CreateFileSystem',
      resource: '*',
      context: {
        ...requestTagContext(cfnTags(p.FileSystemTags)),
        'elasticfilesystem:Encrypted': String(p.Encrypted === true || p.Encrypted === 'true')
      }
    },
    any('elasticfilesystem:DescribeFileSystems'),
    ...(p.BackupPolicy
      ? [{ action: 'elasticfilesystem:PutBackupPolicy', resource: efsArn(c) }]
      : []),
    ...(p.FileSystemPolicy
      ? [{ action: 'elasticfilesystem:PutFileSystemPolicy', resource: efsArn(c) }]
      : []),
    ...tagging('elasticfilesystem:TagResource', efsArn(c), cfnTags(p.FileSystemTags))
  ],
  update: (p, c) => [
    { action: 'elasticfilesystem:UpdateFileSystem', resource: efsArn(c) },
    ...(p.BackupPolicy
      ? [{ action: 'elasticfilesystem:PutBackupPolicy', resource: efsArn(c) }]
      : []),
    ...(p.FileSystemPolicy
      ? [{ action: 'elasticfilesystem:PutFileSystemPolicy', resource: efsArn(c) }]
      : [])
  ],
  delete: (_p, c) => [{ action: 'elasticfilesystem:DeleteFileSystem', resource: efsArn(c) }]
}

const mountTarget: Permissions = {
  create: (p, c) => [
    {
      action: 'elasticfilesystem:CreateMountTarget',
      resource: `arn:aws:elasticfilesystem:${c.region}:${c.accountId}:file-system/${str(p, 'FileSystemId')}`
    },
    any('elasticfilesystem:DescribeMountTargets'),
    any('ec2:DescribeSubnets'),
    any('ec2:DescribeNetworkInterfaces'),
    // EFS creates the mount target's interface in the subnet with the caller's permission.
    {
      action: 'ec2:CreateNetworkInterface',
      resource: ec2Arn(c, 'network-interface', `eni-${PLACEHOLDER}`)
    }
  ],
  delete: (_p, c) => [
    {
      action: 'elasticfilesystem:DeleteMountTarget',
      resource: `arn:aws:elasticfilesystem:${c.region}:${c.accountId}:file-system/*`
    },
    any('elasticfilesystem:DescribeMountTargets')
  ]
}

const roleArn = (c: PermissionContext) => `arn:aws:iam::${c.accountId}:role/${generated(c)}`

const role: Permissions = {
  create: (p, c) => [
    { action: 'iam:CreateRole', resource: roleArn(c), context: requestTagContext(cfnTags(p.Tags)) },
    { action: 'iam:GetRole', resource: roleArn(c) },
    ...(list(p, 'Policies').length ? [{ action: 'iam:PutRolePolicy', resource: roleArn(c) }] : []),
    ...list(p, 'ManagedPolicyArns').map((arn) => ({
      action: 'iam:AttachRolePolicy',
      resource: roleArn(c),
      context: { 'iam:PolicyARN': String(arn) }
    })),
    ...tagging('iam:TagRole', roleArn(c), cfnTags(p.Tags))
  ],
  update: (p, c) => [
    { action: 'iam:GetRole', resource: roleArn(c) },
    ...(list(p, 'Policies').length ? [{ action: 'iam:PutRolePolicy', resource: roleArn(c) }] : [])
  ],
  delete: (p, c) => [
    ...(list(p, 'Policies').length
      ? [{ action: 'iam:DeleteRolePolicy', resource: roleArn(c) }]
      : []),
    ...list(p, 'ManagedPolicyArns').map((arn) => ({
      action: 'iam:DetachRolePolicy',
      resource: roleArn(c),
      context: { 'iam:PolicyARN': String(arn) }
    })),
    { action: 'iam:DeleteRole', resource: roleArn(c) }
  ]
}

// AddRoleToInstanceProfile needs iam:PassRole on the role
// (https://docs.aws.amazon.com/IAM/latest/APIReference/API_AddRoleToInstanceProfile.html).
// Nothing documents iam:PassedToService in that request's context, so it is absent here:
// the stricter reading (a policy that demands the key with StringEquals is refused).
const instanceProfile: Permissions = {
  create: (p, c) => {
    const profile = `arn:aws:iam::${c.accountId}:instance-profile/${generated(c)}`
    return [
      { action: 'iam:CreateInstanceProfile', resource: profile },
      { action: 'iam:GetInstanceProfile', resource: profile },
      ...list(p, 'Roles').flatMap((r) => [
        { action: 'iam:AddRoleToInstanceProfile', resource: profile },
        { action: 'iam:PassRole', resource: `arn:aws:iam::${c.accountId}:role/${String(r)}` }
      ])
    ]
  },
  delete: (p, c) => {
    const profile = `arn:aws:iam::${c.accountId}:instance-profile/${generated(c)}`
    return [
      ...list(p, 'Roles').map(() => ({
        action: 'iam:RemoveRoleFromInstanceProfile',
        resource: profile
      })),
      { action: 'iam:DeleteInstanceProfile', resource: profile }
    ]
  }
}

// A group with a launch template: the caller needs ec2:RunInstances and, for a template
// with a profile, iam:PassRole (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-launch-template-permissions.html).
const autoScalingGroup: Permissions = {
  create: (p, c) => [
    ...serviceLinkedRole(c, 'autoscaling.amazonaws.com', 'AWSServiceRoleForAutoScaling'),
    ...groupCalls(p, c, 'autoscaling:CreateAutoScalingGroup')
  ],
  update: (p, c) => groupCalls(p, c, 'autoscaling:UpdateAutoScalingGroup'),
  delete: (p, c) => [
    {
      action: 'autoscaling:DeleteAutoScalingGroup',
      resource: groupArn(p, c),
      tags: cfnTags(p.Tags)
    },
    any('autoscaling:DescribeAutoScalingGroups')
  ]
}

function groupArn(p: Props, c: PermissionContext): string {
  const name = str(p, 'AutoScalingGroupName') ?? generated(c)
  return `arn:aws:autoscaling:${c.region}:${c.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${name}`
}

function groupCalls(p: Props, c: PermissionContext, action: string): AuthRequest[] {
  const tags = cfnTags(p.Tags)
  const lt = p.LaunchTemplate as { LaunchTemplateId?: string } | undefined
  const template = lt?.LaunchTemplateId
    ? c.ec2.launchTemplate({ id: lt.LaunchTemplateId })
    : undefined
  const profile = template?.versions.get(template.latestVersion)?.data.IamInstanceProfile as
    { Arn?: string; Name?: string } | undefined
  return [
    { action, resource: groupArn(p, c), context: requestTagContext(tags) },
    any('autoscaling:DescribeAutoScalingGroups'),
    ...(list(p, 'LifecycleHookSpecificationList').length
      ? [{ action: 'autoscaling:PutLifecycleHook', resource: groupArn(p, c) }]
      : []),
    ...tagging('autoscaling:CreateOrUpdateTags', groupArn(p, c), tags),
    ...(list(p, 'NotificationConfigurations').length
      ? [{ action: 'autoscaling:PutNotificationConfiguration', resource: groupArn(p, c) }]
      : []),
    ...(list(p, 'MetricsCollection').length
      ? [{ action: 'autoscaling:EnableMetricsCollection', resource: groupArn(p, c) }]
      : []),
    ...(template
      ? [
          { action: 'ec2:RunInstances', resource: ec2Arn(c, 'launch-template', template.id) },
          ...passRole(c, profile?.Arn ?? profile?.Name)
        ]
      : [])
  ]
}

const hostedZone: Permissions = {
  create: (p, c) => [
    any('route53:CreateHostedZone'),
    ...(list(p, 'VPCs').length
      ? [any('ec2:DescribeVpcs'), { action: 'route53:AssociateVPCWithHostedZone', resource: '*' }]
      : []),
    ...(list(p, 'HostedZoneTags').length
      ? [
          {
            action: 'route53:ChangeTagsForResource',
            resource: `arn:aws:route53:::hostedzone/${c.physicalId ?? 'ZSIMULATED'}`
          }
        ]
      : [])
  ],
  delete: (_p, c) => [
    { action: 'route53:DeleteHostedZone', resource: `arn:aws:route53:::hostedzone/${c.physicalId}` }
  ]
}

const topicArn = (p: Props, c: PermissionContext) =>
  c.physicalId ?? `arn:aws:sns:${c.region}:${c.accountId}:${str(p, 'TopicName') ?? generated(c)}`

const snsTopic: Permissions = {
  create: (p, c) => [
    { action: 'sns:CreateTopic', resource: topicArn(p, c) },
    { action: 'sns:GetTopicAttributes', resource: topicArn(p, c) },
    ...tagging('sns:TagResource', topicArn(p, c), cfnTags(p.Tags))
  ],
  delete: (p, c) => [
    { action: 'sns:GetTopicAttributes', resource: topicArn(p, c) },
    { action: 'sns:DeleteTopic', resource: topicArn(p, c) }
  ]
}

const snsSubscription: Permissions = {
  create: (p) => [{ action: 'sns:Subscribe', resource: String(p.TopicArn) }],
  // Unsubscribe has no resource type in the Service Authorization Reference.
  delete: () => [any('sns:Unsubscribe')]
}

// The ARN's six random characters are not known before the create: a policy matches
// "<name>-*" (https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html).
const secretArn = (p: Props, c: PermissionContext) =>
  c.physicalId ??
  `arn:aws:secretsmanager:${c.region}:${c.accountId}:secret:${str(p, 'Name') ?? generated(c)}-SIMULA`

const secretsManagerSecret: Permissions = {
  create: (p, c) => [
    ...(p.GenerateSecretString ? [any('secretsmanager:GetRandomPassword')] : []),
    { action: 'secretsmanager:CreateSecret', resource: secretArn(p, c) },
    ...tagging('secretsmanager:TagResource', secretArn(p, c), cfnTags(p.Tags))
  ],
  update: (p, c) => [
    { action: 'secretsmanager:UpdateSecret', resource: secretArn(p, c) },
    ...tagging('secretsmanager:TagResource', secretArn(p, c), cfnTags(p.Tags))
  ],
  delete: (p, c) => [{ action: 'secretsmanager:DeleteSecret', resource: secretArn(p, c) }]
}

const alarmArnOf = (p: Props, c: PermissionContext) =>
  `arn:aws:cloudwatch:${c.region}:${c.accountId}:alarm:${c.physicalId ?? str(p, 'AlarmName') ?? generated(c)}`

const cloudWatchAlarm: Permissions = {
  create: (p, c) => [
    { action: 'cloudwatch:PutMetricAlarm', resource: alarmArnOf(p, c) },
    any('cloudwatch:DescribeAlarms')
  ],
  update: (p, c) => [
    { action: 'cloudwatch:PutMetricAlarm', resource: alarmArnOf(p, c) },
    any('cloudwatch:DescribeAlarms')
  ],
  delete: (p, c) => [
    { action: 'cloudwatch:DeleteAlarms', resource: alarmArnOf(p, c) },
    any('cloudwatch:DescribeAlarms')
  ]
}

export const PERMISSIONS: Record<string, Permissions> = {
  'AWS::SNS::Topic': snsTopic,
  'AWS::SNS::Subscription': snsSubscription,
  'AWS::CloudWatch::Alarm': cloudWatchAlarm,
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::NetworkInterface': networkInterface,
  'AWS::EC2::LaunchTemplate': launchTemplate,
  'AWS::EFS::FileSystem': fileSystem,
  'AWS::EFS::MountTarget': mountTarget,
  'AWS::IAM::Role': role,
  'AWS::IAM::InstanceProfile': instanceProfile,
  'AWS::AutoScaling::AutoScalingGroup': autoScalingGroup,
  'AWS::Route53::HostedZone': hostedZone,
  'AWS::SecretsManager::Secret': secretsManagerSecret
}
