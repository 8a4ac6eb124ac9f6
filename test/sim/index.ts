// startSim(): the AWS simulator on loopback. See test/sim/README.md.
import { EC2Client, RegisterImageCommand, CreateTagsCommand } from '@aws-sdk/client-ec2'
import { TIME_SCALE_ENV } from '../../src/shared/clock.js'
import { AutoScaling } from './autoscaling/model.js'
import { AutoScalingResponses } from './autoscaling/responses.js'
import { CloudFormation } from './cloudformation/model.js'
import { CloudFormationResponses } from './cloudformation/responses.js'
import { ACCOUNT_ID, type SimContext } from './core/context.js'
import { AMAZON_OWNER, BASE_IMAGE_NAME, Ec2, ROOT_DEVICE } from './ec2/model.js'
import { Ec2Responses } from './ec2/responses.js'
import { DynamoDb } from './dynamodb/model.js'
import { DynamoDbResponses } from './dynamodb/responses.js'
import { CloudWatch } from './cloudwatch/model.js'
import { CloudWatchResponses } from './cloudwatch/responses.js'
import { Sns } from './sns/model.js'
import { Backup } from './backup/model.js'
import { BackupResponses } from './backup/responses.js'
import { SecretsManager } from './secretsmanager/model.js'
import { SecretsManagerResponses } from './secretsmanager/responses.js'
import { SimEventBus } from './core/events.js'
import { FaultState } from './faults.js'
import { createIam } from './iam/index.js'
import { Route53 } from './route53/model.js'
import { startResolver } from './route53/resolver.js'
import { Route53Responses } from './route53/responses.js'
import { startServer } from './core/server.js'
import { Scheduler } from './core/time.js'
import type { Sim, SimOptions } from './types.js'

export type * from './types.js'
export { DEFAULT_LATENCY } from './core/time.js'

/** The pre-seeded Amazon Linux 2023 base image every simulator starts with. */
export const BASE_IMAGE = { ownerId: AMAZON_OWNER, name: BASE_IMAGE_NAME } as const

export const FAKE_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: 'AKIDTEST',
  AWS_SECRET_ACCESS_KEY: 'test'
} as const

export async function startSim(opts: SimOptions = {}): Promise<Sim> {
  const region = opts.region ?? 'us-east-1'
  const time = new Scheduler(opts.timeScale ?? 0.01, opts.latency)
  const events = new SimEventBus()
  const faults = new FaultState()
  const log = opts.log ?? (() => undefined)
  const ctx: SimContext = {
    region,
    accountId: ACCOUNT_ID,
    zones: ['a', 'b', 'c'].map((z) => `${region}${z}`),
    time,
    events,
    faults,
    runtime: opts.runtime,
    log,
    hookTimeoutMinMs: opts.hookTimeoutMinMs ?? 0
  }
  const ec2 = new Ec2(ctx)
  const sns = new Sns(ctx)
  const cloudwatch = new CloudWatch(ctx, sns)
  const autoscaling = new AutoScaling(ctx, ec2, { sns, cloudwatch })
  const route53 = new Route53(ctx)
  const secretsmanager = new SecretsManager(ctx)
  const cloudformation = new CloudFormation(ctx, {
    ec2,
    autoscaling,
    route53,
    cloudwatch,
    sns,
    secretsmanager
  })
  const dynamodb = new DynamoDb(ctx)
  const backup = new Backup(ctx, cloudformation, (id) => opts.runtime?.fileSystemDir?.(id))
  faults.onZoneFailed = (az) => ec2.killZone(az)
  const iam = createIam(
    {
      region,
      accountId: ACCOUNT_ID,
      ec2,
      autoscaling,
      route53,
      cloudformation,
      dynamodb,
      secretsmanager
    },
    opts.iam
  )
  cloudformation.iam = iam.iam
  backup.iam = iam.iam

  const resolver = await startResolver(ctx, route53, ec2)
  const server = await startServer({
    services: [
      new Ec2Responses(ec2, ACCOUNT_ID).service(),
      new AutoScalingResponses(autoscaling, region, ACCOUNT_ID, (s) => ec2.subnet(s).az).service(),
      new Route53Responses(route53).service(),
      new CloudFormationResponses(cloudformation).service(),
      new DynamoDbResponses(dynamodb).service(),
      new CloudWatchResponses(cloudwatch).service(),
      new BackupResponses(backup).service(),
      new SecretsManagerResponses(secretsmanager).service()
    ],
    authorize: iam.authorize,
    faults,
    events,
    log,
    port: opts.port
  })

  return {
    endpoint: server.endpoint,
    region,
    accountId: ACCOUNT_ID,
    env: {
      AWS_ENDPOINT_URL: server.endpoint,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      ...FAKE_CREDENTIALS,
      // Never let an SDK wander off to the real instance metadata service for credentials.
      AWS_EC2_METADATA_DISABLED: 'true',
      // AWS runs timeScale times faster here: the product's SDK back-off and lock lease too.
      [TIME_SCALE_ENV]: String(time.timeScale)
    },
    ec2,
    autoscaling,
    route53,
    cloudformation,
    dynamodb,
    cloudwatch,
    sns,
    backup,
    secretsmanager,
    faults,
    time,
    events,
    vpc: {
      vpcId: ec2.vpc.vpcId,
      subnets: ec2.subnets.map((s) => ({ subnetId: s.subnetId, az: s.az, cidr: s.cidr }))
    },
    baseImageId: ec2.baseImageId,
    iam,
    vpcResolver: resolver,
    async stop() {
      time.stop()
      cloudformation.stop()
      await server.close()
      await resolver.close()
      await backup.stop()
    }
  }
}

/**
 * Registers an AMI through the real EC2 API (RegisterImage with one EBS mapping: the
 * simulator creates its snapshot), then tags image and snapshot: what the fake packer does.
 */
export async function registerImage(
  sim: Pick<Sim, 'endpoint' | 'region'>,
  opts: { name: string; description?: string; tags?: Record<string, string> }
): Promise<string> {
  const client = new EC2Client({
    region: sim.region,
    endpoint: sim.endpoint,
    credentials: {
      accessKeyId: FAKE_CREDENTIALS.AWS_ACCESS_KEY_ID,
      secretAccessKey: FAKE_CREDENTIALS.AWS_SECRET_ACCESS_KEY
    }
  })
  try {
    const tags = Object.entries(opts.tags ?? {}).map(([Key, Value]) => ({ Key, Value }))
    const out = await client.send(
      new RegisterImageCommand({
        Name: opts.name,
        Description: opts.description,
        Architecture: 'x86_64',
        RootDeviceName: ROOT_DEVICE,
        VirtualizationType: 'hvm',
        EnaSupport: true,
        BlockDeviceMappings: [
          {
            DeviceName: ROOT_DEVICE,
            Ebs: { VolumeSize: 8, VolumeType: 'gp3', DeleteOnTermination: true }
          }
        ],
        TagSpecifications: tags.length
          ? [
              { ResourceType: 'image', Tags: tags },
              { ResourceType: 'snapshot', Tags: tags }
            ]
          : undefined
      })
    )
    const imageId = out.ImageId as string
    if (tags.length) await client.send(new CreateTagsCommand({ Resources: [imageId], Tags: tags }))
    return imageId
  } finally {
    client.destroy()
  }
}
