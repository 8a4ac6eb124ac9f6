// The resource types the simulator can deploy; any other type fails the stack operation.
import { autoScalingGroup } from './autoscaling.js'
import { launchTemplate, networkInterface, securityGroup, securityGroupIngress } from './ec2.js'
import { fileSystem, mountTarget } from './efs.js'
import { instanceProfile, role } from './iam.js'
import { alarm, subscription, topic } from './monitoring.js'
import { hostedZone } from './route53.js'
import { secret } from './secrets.js'
import type { ResourceHandler } from './types.js'

export const HANDLERS: Record<string, ResourceHandler> = {
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::SecurityGroupIngress': securityGroupIngress,
  'AWS::EC2::NetworkInterface': networkInterface,
  'AWS::EC2::LaunchTemplate': launchTemplate,
  'AWS::EFS::FileSystem': fileSystem,
  'AWS::EFS::MountTarget': mountTarget,
  'AWS::IAM::Role': role,
  'AWS::IAM::InstanceProfile': instanceProfile,
  'AWS::AutoScaling::AutoScalingGroup': autoScalingGroup,
  'AWS::Route53::HostedZone': hostedZone,
  'AWS::SNS::Topic': topic,
  'AWS::SNS::Subscription': subscription,
  'AWS::CloudWatch::Alarm': alarm,
  'AWS::SecretsManager::Secret': secret
}
