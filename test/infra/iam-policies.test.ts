// Every policy a user pastes or the template creates is checked against the Service
// Authorization Reference: a statement that names no action, a condition key its actions
// do not support, or a resource of the wrong type can never match, and fails here with why.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintPolicy, lintStatement, type Statement } from './policy-lint.js'
import { loadTemplate, repoRoot, resourcesOfType, statementsOf, type Json } from './template.js'

const doc = (name: string) => JSON.parse(readFileSync(join(repoRoot, 'docs', name), 'utf8'))

/** What a Ref gives where the policy needs an ARN. */
const REFS: Record<string, string> = {
  'AWS::StackName': 'opscenter-ha',
  AdminSecret:
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:opscenter-ha/opscenter-admin-AbCdEf',
  TlsCertificateSecretArn:
    'arn:aws:secretsmanager:us-east-1:123456789012:secret:opscenter-web-tls-AbCdEf'
}

/** A template value with its intrinsics filled as CloudFormation would for some stack. */
function resolve(v: Json): Json {
  if (Array.isArray(v)) return v.map(resolve)
  if (v && typeof v === 'object') {
    if ('Fn::Sub' in v) {
      const [text] = [v['Fn::Sub']].flat()
      const pseudo: Record<string, string> = {
        'AWS::Partition': 'aws',
        'AWS::Region': 'us-east-1',
        'AWS::AccountId': '123456789012',
        'AWS::StackName': 'opscenter-ha',
        // A parameter that is half an ARN: what a user gives (docs/migrate.md).
        ImportObject: 'old-opscenter/state.tgz'
      }
      return String(text).replace(/\$\{([^}]+)\}/g, (_m, n: string) => pseudo[n] ?? `${n}1`)
    }
    if ('Ref' in v) return REFS[v.Ref] ?? `${v.Ref}-value`
    // A condition's true branch: the one that grants more.
    if ('Fn::If' in v) return resolve(v['Fn::If'][1])
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]))
  }
  return v
}

const templatePolicies = resourcesOfType(loadTemplate(), 'AWS::IAM::Role').flatMap(([id, r]) =>
  (r.Properties.Policies ?? []).map((p: Json) => [
    `${id} ${p.PolicyName}`,
    resolve({ ...p.PolicyDocument, Statement: statementsOf(p.PolicyDocument) })
  ])
)

describe.each([
  ['docs/iam-deploy-policy.json', doc('iam-deploy-policy.json')],
  ['docs/iam-plan-policy.json', doc('iam-plan-policy.json')],
  ...templatePolicies
])('%s', (_name, policy) => {
  it('has no statement that can never match', async () => {
    expect(await lintPolicy(policy)).toEqual([])
  })
})

describe('the check itself', () => {
  const allow = (s: Partial<Statement>): Statement => ({
    Sid: 'Bad',
    Effect: 'Allow',
    Action: 'ec2:AttachNetworkInterface',
    Resource: '*',
    ...s
  })

  it('names an action that does not exist', async () => {
    expect(await lintStatement(allow({ Action: 'ec2:AttachNetworkInterfaces' }))).toEqual([
      'Bad: ec2:AttachNetworkInterfaces is no action of the reference'
    ])
  })

  it('names a condition key the action does not support', async () => {
    const s = allow({
      Condition: { StringEquals: { 'route53:ChangeResourceRecordSetsActions': 'UPSERT' } }
    })
    expect(await lintStatement(s)).toEqual([
      'Bad: ec2:AttachNetworkInterface does not support the condition key route53:ChangeResourceRecordSetsActions'
    ])
  })

  it('names a resource of a type the action does not take', async () => {
    const s = allow({ Resource: 'arn:aws:route53:::hostedzone/Z1' })
    expect(await lintStatement(s)).toEqual([
      'Bad: arn:aws:route53:::hostedzone/Z1 is no resource type that ec2:AttachNetworkInterface takes'
    ])
    expect(
      await lintStatement(
        allow({ Action: 'ec2:DescribeInstances', Resource: 'arn:aws:ec2:us-east-1:1:instance/*' })
      )
    ).toEqual([
      'Bad: ec2:DescribeInstances supports no resource-level permissions: use "*", not arn:aws:ec2:us-east-1:1:instance/*'
    ])
  })

  it('accepts tag keys the resource types list, and global keys', async () => {
    const s = allow({
      Condition: {
        StringEquals: { 'aws:ResourceTag/x': 'y', 'aws:RequestedRegion': 'us-east-1' }
      }
    })
    expect(await lintStatement(s)).toEqual([])
  })
})
