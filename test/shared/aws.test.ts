// A refusal from AWS, in any service's wording, is turned into the fix a person needs.
import { deniedPermission, POLICY_HOME, withPermissionHint } from '../../src/shared/aws.js'

const EC2 =
  'You are not authorized to perform this operation. User: arn:aws:sts::123456789012:assumed-role/deploy/run is not authorized to perform: ec2:CreateTags on resource: arn:aws:ec2:us-east-1::image/ami-1 because no identity-based policy allows the ec2:CreateTags action. Encoded authorization failure message: abc'
const CFN_EVENT =
  'stack ops creation failed: AutoScalingGroup CREATE_FAILED: Resource handler returned message: "User: arn:aws:sts::1:assumed-role/deploy/run is not authorized to perform: autoscaling:CreateAutoScalingGroup on resource: arn:aws:autoscaling:us-east-1:1:autoScalingGroup:*:autoScalingGroupName/ops-opscenter because no identity-based policy allows the autoscaling:CreateAutoScalingGroup action (Service: autoscaling, Status Code: 403)"'

test('finds the action and the resource in EC2 and CloudFormation wording', () => {
  expect(deniedPermission(EC2)).toEqual({
    action: 'ec2:CreateTags',
    resource: 'arn:aws:ec2:us-east-1::image/ami-1'
  })
  expect(deniedPermission(CFN_EVENT)?.action).toBe('autoscaling:CreateAutoScalingGroup')
})

test('ends a refusal with the policy to extend; leaves any other message alone', () => {
  expect(withPermissionHint(EC2, POLICY_HOME.deploy)).toMatch(
    /\. Fix: allow ec2:CreateTags on arn:aws:ec2:us-east-1::image\/ami-1 in docs\/iam-deploy-policy\.json \(the deploy role\)$/
  )
  expect(withPermissionHint('stack is busy', POLICY_HOME.deploy)).toBe('stack is busy')
})
