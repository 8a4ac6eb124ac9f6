// The IAM policies in docs/ are pasted as they are: they must parse, stay scoped, and give
// the deploy role what CloudFormation, Packer and the action need for this stack.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repoRoot, type Json } from './template.js'

const policy = (name: string): Json =>
  JSON.parse(readFileSync(join(repoRoot, 'docs', name), 'utf8'))
const actions = (p: Json): string[] => p.Statement.flatMap((s: Json) => [s.Action].flat())

describe.each(['iam-deploy-policy.json', 'iam-plan-policy.json'])('%s', (name) => {
  const p = policy(name)

  it('is an allow-only policy without wildcard services', () => {
    expect(p.Version).toBe('2012-10-17')
    for (const s of p.Statement) {
      expect(s.Effect).toBe('Allow')
      expect(typeof s.Sid).toBe('string')
    }
    for (const a of actions(p)) expect(a).not.toMatch(/^(\*|[a-z0-9]+:\*)$/)
  })

  it('scopes stack operations to the one stack', () => {
    const stackStatements = p.Statement.filter((s: Json) =>
      [s.Action].flat().includes('cloudformation:CreateChangeSet')
    )
    expect(stackStatements).toHaveLength(1)
    expect(stackStatements[0].Resource).toBe(
      'arn:aws:cloudformation:REGION:ACCOUNT_ID:stack/STACK_NAME/*'
    )
  })
})

describe('iam-deploy-policy.json', () => {
  const p = policy('iam-deploy-policy.json')

  it('passes the instance and build roles only to EC2, the backup role only to AWS Backup', () => {
    const pass = p.Statement.filter((s: Json) => [s.Action].flat().includes('iam:PassRole'))
    const toEc2 = { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }
    expect(pass).toEqual([
      // IfExists: AddRoleToInstanceProfile (CloudFormation's InstanceProfile handler) needs
      // PassRole too, and no document says that request carries iam:PassedToService. The
      // role trusts only ec2.amazonaws.com, so no other service could use it anyway.
      expect.objectContaining({
        Resource: 'arn:aws:iam::ACCOUNT_ID:role/STACK_NAME-InstanceRole-*',
        Condition: { StringEqualsIfExists: toEc2.StringEquals }
      }),
      expect.objectContaining({
        Resource: 'arn:aws:iam::ACCOUNT_ID:role/STACK_NAME-BackupRole-*',
        Condition: { StringEquals: { 'iam:PassedToService': 'backup.amazonaws.com' } }
      }),
      expect.objectContaining({
        Resource: 'arn:aws:iam::ACCOUNT_ID:role/opscenter-ha-packer-build',
        Condition: toEc2
      })
    ])
  })

  it('covers updating the stack, baking an AMI and replacing the instance', () => {
    expect(actions(p)).toEqual(
      expect.arrayContaining([
        'cloudformation:ExecuteChangeSet',
        'ec2:RunInstances',
        'ec2:CreateImage',
        'ec2:CreateTags',
        'ec2:DeregisterImage',
        'ec2:DeleteSnapshot',
        'autoscaling:TerminateInstanceInAutoScalingGroup',
        'route53:ListResourceRecordSets',
        'route53:GetChange'
      ])
    )
  })
})

describe('iam-plan-policy.json', () => {
  it('cannot execute a change set or touch resources', () => {
    const a = actions(policy('iam-plan-policy.json'))
    expect(a).not.toContain('cloudformation:ExecuteChangeSet')
    expect(a.filter((x) => !/:(Describe|Get|List|Validate)/.test(x)).sort()).toEqual([
      'cloudformation:CreateChangeSet',
      'cloudformation:DeleteChangeSet'
    ])
  })
})
