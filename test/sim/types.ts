// The simulator's public surface: what tests, the runtime (agent processes, IMDS, fake
// OpsCenter) and the invariant checker code against. Additive changes only; each one is
// noted in test/sim/README.md.

import type { SimIam, SimIamOptions } from './iam/index.js'
import type { VpcResolver } from './route53/resolver.js'
import type { DynamoDb } from './dynamodb/model.js'
import type { CloudWatch } from './cloudwatch/model.js'
import type { Sns } from './sns/model.js'
import type { Backup } from './backup/model.js'
import type { SecretsManager } from './secretsmanager/model.js'
import type { Stores } from './cloudformation/resources/stores.js'

export type ServiceName =
  | 'ec2'
  | 'autoscaling'
  | 'route53'
  | 'cloudformation'
  | 'dynamodb'
  | 'cloudwatch'
  | 'backup'
  | 'secretsmanager'

/**
 * Modelled durations in milliseconds of REAL AWS time; the simulator multiplies each by
 * SimOptions.timeScale. Sources of every figure are in time.ts and test/sim/README.md.
 */
export interface Latency {
  /** RunInstances: pending -> running. */
  instancePending: number
  /** running -> the OS has booted and systemd starts units (the runtime waits this long). */
  osBoot: number
  /** shutting-down -> terminated. */
  instanceShutdown: number
  /** AttachNetworkInterface: attaching -> attached. */
  eniAttach: number
  /** Attached -> the interface appears in the instance's metadata (added later). */
  imdsInterfaceLag: number
  /** DetachNetworkInterface: detaching -> available. */
  eniDetach: number
  /** EC2 detaching a secondary ENI from a terminated (or killed) instance. */
  eniReclaim: number
  /** ChangeResourceRecordSets: PENDING -> INSYNC. */
  route53Propagation: number
  /** Auto Scaling noticing a missing or unhealthy instance and starting a launch. */
  asgReplaceDelay: number
  /** CreateChangeSet: CREATE_PENDING -> CREATE_COMPLETE. */
  cfnChangeSet: number
  /** One CloudFormation resource create/update/delete, unless a figure below applies. */
  cfnResource: number
  cfnLaunchTemplate: number
  cfnAutoScalingGroup: number
  cfnEfsFileSystem: number
  cfnEfsMountTarget: number
  cfnIamRole: number
  cfnIamInstanceProfile: number
  cfnHostedZone: number
  /** opscenterd start -> answering HTTP (used by the runtime's fake OpsCenter). */
  opscenterStart: number
  opscenterdStop: number
  /** CreateTable until ACTIVE. Added with the lock. */
  dynamodbCreateTable: number
  /** Between two EC2 status checks of an instance. Added with the watchdog. */
  statusCheckInterval: number
  /** Auto Scaling's wait before it replaces an impaired instance. Added with the watchdog. */
  asgImpairedWait: number
  /** StartBackupJob / StartRestoreJob until the job runs. Added with AWS Backup. */
  backupJobStart: number
  /** A running EFS backup job until COMPLETED (a small file system). Added with AWS Backup. */
  backupJobRun: number
  /** A running EFS restore job until COMPLETED (a few folders). Added with AWS Backup. */
  restoreJobRun: number
}

export interface SimOptions {
  /** Default us-east-1; zones <region>a/b/c. */
  region?: string
  /** Multiplies every modelled latency (1 = real AWS figures). Default 0.01. */
  timeScale?: number
  /** Override single figures (real-time ms, still multiplied by timeScale). */
  latency?: Partial<Latency>
  /** Who boots instances; none = instances just run. */
  runtime?: InstanceRuntime
  log?: (line: string) => void
  /** Listen port; default 0 (any free port). */
  port?: number
  /**
   * Lifecycle hook heartbeat time-outs are the template's seconds scaled by timeScale, but
   * never shorter than this many ms: real agent processes spend real (unscaled) seconds on
   * process starts and commands. Default 0 (no floor). Added after the first commit.
   */
  hookTimeoutMinMs?: number
  /**
   * IAM: every call is authorized for the principal of its access key (on by default; see
   * test/sim/iam/). Added after the first commit.
   */
  iam?: SimIamOptions
}

export interface Sim {
  /** http://127.0.0.1:<port>: set AWS_ENDPOINT_URL to it. */
  endpoint: string
  region: string
  accountId: string
  /** Environment for a child process (agent, action) to reach the simulator with the SDK. */
  env: Record<string, string>
  ec2: Ec2Model
  autoscaling: AutoScalingModel
  route53: Route53Model
  cloudformation: CloudFormationModel
  /** Tables and items (the deploy lock). Added with the lock. */
  dynamodb: DynamoDb
  /** Metrics and alarms (the heartbeat, group metrics). Added with the watchdog. */
  cloudwatch: CloudWatch
  /** Topics and every message published to them. Added with the watchdog. */
  sns: Sns
  /** Vaults, backup and restore jobs, recovery points. Added with AWS Backup. */
  backup: Backup
  /** Secrets, their versions and staging labels. Added with OpsCenter's authentication. */
  secretsmanager: SecretsManager
  faults: Faults
  time: SimTime
  events: SimEvents
  /** Pre-created default VPC with 3 subnets in 3 zones. */
  vpc: { vpcId: string; subnets: { subnetId: string; az: string; cidr: string }[] }
  /** The pre-seeded Canonical base image (see BASE_IMAGE in index.ts). */
  baseImageId: string
  /** The account's IAM: principals, decisions, instance role credentials. Added later. */
  iam: SimIam
  /** The VPC's Amazon-provided DNS resolver (UDP on loopback; `address` is host:port). Added later. */
  vpcResolver: VpcResolver
  /** Cancels every timer and closes the server. */
  stop(): Promise<void>
}

export type InstanceState = 'pending' | 'running' | 'shutting-down' | 'terminated'

export interface SimInstance {
  instanceId: string
  imageId: string
  az: string
  subnetId: string
  privateIp: string
  macAddress: string
  /** Decoded user data text (the launch template's UserData after Base64 decoding). */
  userData: string
  tags: Record<string, string>
  state: InstanceState
  /** Auto Scaling lifecycle state when in a group (Pending:Wait, InService, ...). */
  lifecycleState?: string
  groupName?: string
  launchTemplate?: { id: string; name: string; version: string }
  /** ms since epoch (simulator wall clock). */
  launchTime: number
}

export interface InstanceRuntime {
  /** EC2 created it (pending): boot it (agent process etc.). */
  launched(instance: SimInstance): void
  /** The group moved it to Terminating:Wait: deliver the hook (IMDS target-lifecycle-state = Terminated). */
  terminating(instance: SimInstance): void
  /**
   * It is going away for good (hook completed/timed out: how='shutdown'; killInstance or a
   * zone failure: how='killed'): stop its processes now. A returned promise (e.g. running
   * ExecStop on 'shutdown') is awaited, bounded by latency.instanceShutdown, before the
   * instance becomes terminated.
   */
  terminated(instance: SimInstance, how?: 'shutdown' | 'killed'): void | Promise<void>
  /** Its OS froze (the impaired fault): nothing on it runs any more. Added later. */
  frozen?(instance: SimInstance): void
  /** The folder a file system's files are in (AWS Backup copies and restores it). Added later. */
  fileSystemDir?(fileSystemId: string): string | undefined
}

export type AttachmentStatus = 'attaching' | 'attached' | 'detaching' | 'detached'

export interface SimNetworkInterface {
  networkInterfaceId: string
  subnetId: string
  az: string
  vpcId: string
  privateIp: string
  macAddress: string
  description: string
  status: 'available' | 'attaching' | 'in-use' | 'detaching'
  tags: Record<string, string>
  /** Present from attaching until detached; an instance "holds" the ENI while present. */
  attachment?: {
    attachmentId: string
    instanceId: string
    deviceIndex: number
    status: AttachmentStatus
    attachTime: number
    deleteOnTermination: boolean
  }
}

export interface SimImage {
  imageId: string
  name: string
  description?: string
  ownerId: string
  state: 'pending' | 'available' | 'deregistered'
  architecture: string
  rootDeviceName: string
  blockDeviceMappings: { deviceName: string; snapshotId?: string; volumeSize?: number }[]
  tags: Record<string, string>
  creationDate: string
}

export interface SimSnapshot {
  snapshotId: string
  volumeSize: number
  state: 'pending' | 'completed'
  ownerId: string
  description?: string
  tags: Record<string, string>
  startTime: number
}

export interface Ec2Model {
  /** The one VPC, with its DNS attributes (writable: ModifyVpcAttribute). Added later. */
  vpc: { vpcId: string; enableDnsSupport: boolean; enableDnsHostnames: boolean }
  getInstance(id: string): SimInstance | undefined
  instances(): SimInstance[]
  getImage(id: string): SimImage | undefined
  images(): SimImage[]
  snapshots(): SimSnapshot[]
  getNetworkInterface(id: string): SimNetworkInterface | undefined
  networkInterfaces(): SimNetworkInterface[]
  /** ENIs whose attachment (any status but detached) names this instance. */
  networkInterfacesOf(instanceId: string): SimNetworkInterface[]
  /**
   * Unplanned death: no lifecycle hooks; runtime.terminated(i, 'killed'); secondary ENIs
   * stay attached until EC2 reclaims them after latency.eniReclaim. The group notices and
   * replaces the instance after latency.asgReplaceDelay.
   */
  killInstance(id: string): void
  /** Fault: the OS freezes; the next status check finds it impaired. Added with the watchdog. */
  impairInstance(id: string): void
}

export interface SimLifecycleHook {
  name: string
  transition: 'autoscaling:EC2_INSTANCE_LAUNCHING' | 'autoscaling:EC2_INSTANCE_TERMINATING'
  defaultResult: 'CONTINUE' | 'ABANDON'
  /** Seconds of real AWS time (scaled by timeScale when applied). */
  heartbeatTimeout: number
}

export interface SimGroupInstance {
  instanceId: string
  az: string
  lifecycleState: string
  healthStatus: 'Healthy' | 'Unhealthy'
  launchTemplate: { id: string; name: string; version: string }
}

export interface SimGroup {
  name: string
  min: number
  max: number
  desired: number
  subnetIds: string[]
  /** As the group names it: a number, $Latest or $Default, resolved at each launch. */
  launchTemplate: { id: string; name: string; version: string }
  hooks: SimLifecycleHook[]
  instances: SimGroupInstance[]
  tags: Record<string, string>
}

export interface SimActivity {
  activityId: string
  groupName: string
  description: string
  cause: string
  /** MidLifecycleAction while a lifecycle hook holds the instance (added after the first commit). */
  statusCode: 'InProgress' | 'MidLifecycleAction' | 'Successful' | 'Failed' | 'Cancelled'
  statusMessage?: string
  startTime: number
  endTime?: number
  progress: number
}

export interface AutoScalingModel {
  getGroup(name: string): SimGroup | undefined
  groups(): SimGroup[]
  activities(groupName: string): SimActivity[]
}

export interface SimRecord {
  name: string // fully qualified, with the trailing dot
  type: string
  ttl: number
  values: string[]
}

export interface SimHostedZone {
  id: string // bare id, e.g. Z0123..., without /hostedzone/
  name: string // with the trailing dot
  private: boolean
  comment?: string
}

export interface Route53Model {
  zones(): SimHostedZone[]
  getZone(id: string): SimHostedZone | undefined
  records(zoneId: string): SimRecord[]
  /** name with or without the trailing dot. */
  getRecord(zoneId: string, name: string, type: string): SimRecord | undefined
  /** The record as the name servers answer it now (INSYNC changes only). */
  servedRecord(zoneId: string, name: string, type: string): SimRecord | undefined
  getChange(
    id: string
  ): { id: string; status: 'PENDING' | 'INSYNC'; submittedAt: number } | undefined
}

export interface SimStackResource {
  logicalId: string
  physicalId: string
  type: string
  status: string
  statusReason?: string
}

export interface SimStack {
  stackName: string
  stackId: string
  status: string
  statusReason?: string
  parameters: Record<string, string>
  outputs: Record<string, string>
  resources: SimStackResource[]
}

export interface CloudFormationModel {
  getStack(nameOrId: string): SimStack | undefined
  stacks(): SimStack[]
  /** The stack's change sets, executed ones included (added after the first commit). */
  changeSetsOf(stackName: string): { name: string; status: string; executionStatus: string }[]
  /** What the stacks' EFS and IAM resources hold (file systems and their policies, roles). */
  readonly stores: Stores
}

export interface Faults {
  /** The next `count` matching requests fail with the service's throttling error. */
  throttle(service: ServiceName, count: number, opts?: { action?: string }): void
  /** The next `count` matching requests fail with this error (code and HTTP status). */
  failApi(
    service: ServiceName,
    action: string,
    error: { code: string; message: string; status?: number },
    count?: number
  ): void
  /** No capacity in the zone: launches go to the other zones; the instance in it dies. */
  failZone(az: string): void
  restoreZone(az: string): void
  /** The zone has no capacity for new instances; running ones go on (restoreZone ends it). */
  noCapacity(az: string): void
  /** Detaches of this ENI (or of every ENI) never complete unless Force is set. */
  stuckEniDetach(eniId?: string): void
  /** The next update (or create) of this logical resource fails with this reason. */
  failResourceUpdate(logicalId: string, reason: string): void
  /** Switches every fault off. */
  clear(): void
}

/** The simulator's time: all timers go through it, so stop() cancels everything. */
export interface SimTime {
  timeScale: number
  /** Real-AWS figures (unscaled). */
  latency: Latency
  /** A latency figure after scaling, in ms. */
  ms(name: keyof Latency): number
  /** Scale an arbitrary real-AWS duration in ms. */
  scale(realMs: number): number
  /** Run fn after `ms` (already scaled) unless the simulator stops first. */
  after(ms: number, fn: () => void): { cancel(): void }
  /** Resolves after `ms` (already scaled); never resolves once stopped. */
  sleep(ms: number): Promise<void>
  now(): number
}

export interface SimEventMap {
  'instance-state': { instance: SimInstance; from: InstanceState | undefined; to: InstanceState }
  lifecycle: { instanceId: string; groupName: string; from: string | undefined; to: string }
  /** Every attachment status change (attaching, attached, detaching, detached). */
  eni: {
    eni: SimNetworkInterface
    instanceId: string
    deviceIndex: number
    status: AttachmentStatus
  }
  record: {
    zoneId: string
    action: 'CREATE' | 'UPSERT' | 'DELETE'
    record: SimRecord
    changeId: string
  }
  'change-insync': { changeId: string }
  stack: { stackName: string; status: string; reason?: string }
  activity: SimActivity
  /** One line per API request (service, action, error code if any). */
  request: { service: ServiceName; action: string; error?: string }
}

export interface SimEvents {
  on<K extends keyof SimEventMap>(event: K, listener: (e: SimEventMap[K]) => void): void
  off<K extends keyof SimEventMap>(event: K, listener: (e: SimEventMap[K]) => void): void
}
