// The AWS clients, built in one place with the project's shared settings (region, retries
// whose back-off sleeps on the run's clock). Endpoints come from AWS_ENDPOINT_URL[_<SERVICE>] via the SDK itself.
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import { BackupClient } from '@aws-sdk/client-backup'
import { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { EC2Client } from '@aws-sdk/client-ec2'
import { Route53Client } from '@aws-sdk/client-route-53'
import { clientSettings } from '../../shared/aws.js'
import type { Clock } from '../../shared/clock.js'
import type { Clients } from '../context/context.js'

export function buildClients(region: string, clock?: Clock): Clients {
  const settings = clientSettings(region, clock)
  return {
    ec2: new EC2Client(settings),
    asg: new AutoScalingClient(settings),
    cfn: new CloudFormationClient(settings),
    r53: new Route53Client(settings),
    ddb: new DynamoDBClient(settings),
    backup: new BackupClient(settings)
  }
}
