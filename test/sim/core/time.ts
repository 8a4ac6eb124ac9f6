// The latency model and the one scheduler every simulator timer goes through.
import type { Latency, SimTime } from '../types.js'

const S = 1000

/**
 * Real AWS durations in ms, each with where the figure comes from. The simulator applies
 * SimOptions.timeScale to all of them (default 0.01: a 60 s propagation takes 0.6 s).
 */
export const DEFAULT_LATENCY: Latency = {
  // RunInstances until `running`, measured: 4.8 s API call + 17.8 s pending (median of 3,
  // m7i.large, Amazon Linux 2023; pending->running 16.4-16.6 s across t3/m6i/c7i/r7i),
  // brevdev/ec2-coldboot-research docs/cold-baseline-results.md. An encrypted root volume
  // slows it further (martysweet.co.uk/ec2-launch-times, no figure read). 22 s.
  instancePending: 22 * S,
  // From `running` to the agent's first step: AL2023 reaches SSH 3.2 s after `running`
  // (brevdev, above); cloud-init's final stage and the agent's own start are unpublished.
  // 20 s, a guess kept from the Ubuntu figure (systemd-analyze ~15-25 s), on the slow side.
  osBoot: 20 * S,
  // EC2 docs: shutting-down -> terminated; commonly measured 30-60 s. 30 s.
  instanceShutdown: 30 * S,
  // AttachNetworkInterface hot attach: commonly measured 1-5 s. 3 s.
  eniAttach: 3 * S,
  // Instance metadata of a newly attached interface (network/interfaces/macs/<mac>/...)
  // appears some time after the attach: no published figure. amazon-ec2-net-utils polls
  // every IMDS read for it ("Newly provisioned resources (new ENI attachments) take some
  // time to be fully reflected in IMDS", lib/lib.sh) and cloud-init retries EC2 hotplug
  // metadata for up to 30 s (canonical/cloud-init GH-5373). 5 s, within that window.
  imdsInterfaceLag: 5 * S,
  // DetachNetworkInterface: commonly measured 5-10 s until `available`. 8 s.
  eniDetach: 8 * S,
  // A secondary ENI stays attached to a terminated instance until EC2 cleans it up:
  // commonly measured 30-60 s after termination starts. 45 s.
  eniReclaim: 45 * S,
  // Route 53 docs (ChangeResourceRecordSets / GetChange): changes generally propagate to
  // all Route 53 authoritative servers within 60 s. 60 s.
  route53Propagation: 60 * S,
  // EC2 Auto Scaling docs (health checks): an instance that is no longer running is
  // replaced at the next health check; commonly observed 10-30 s. 15 s.
  asgReplaceDelay: 15 * S,
  // CreateChangeSet -> CREATE_COMPLETE: commonly measured 5-15 s. 8 s.
  cfnChangeSet: 8 * S,
  // A generic resource operation (security group, ENI): commonly 2-10 s. 5 s.
  cfnResource: 5 * S,
  // Launch template create / new version: commonly 2-5 s. 3 s.
  cfnLaunchTemplate: 3 * S,
  // Auto Scaling group create/update (no UpdatePolicy replacement): commonly 10-60 s. 30 s.
  cfnAutoScalingGroup: 30 * S,
  // EFS file system create until available: commonly 5-15 s. 10 s.
  cfnEfsFileSystem: 10 * S,
  // EFS mount target create until available: commonly measured 60-120 s. 90 s.
  cfnEfsMountTarget: 90 * S,
  // IAM role (CloudFormation waits for IAM eventual consistency): commonly 10-20 s. 15 s.
  cfnIamRole: 15 * S,
  // IAM instance profile: CloudFormation waits ~2 min for propagation (commonly 120 s).
  cfnIamInstanceProfile: 120 * S,
  // Route 53 hosted zone create until INSYNC: commonly 30-60 s. 40 s.
  cfnHostedZone: 40 * S,
  // opscenterd start until its web port answers: commonly 20-60 s (JVM-less Twisted
  // server loading cluster configs). 30 s.
  opscenterStart: 30 * S,
  // `systemctl stop opscenterd` until the process is gone: unpublished (DataStax documents
  // no shutdown time; a Twisted reactor stops listening at once and then closes its
  // connections and stores). 10 s, a named guess to measure on a real 6.8 instance.
  opscenterdStop: 10 * S,
  // DynamoDB CreateTable -> ACTIVE for an on-demand table with no index: the API reference
  // says only that it is asynchronous (CREATING, then ACTIVE); no published figure. Commonly
  // seen within 5-20 s. 10 s.
  dynamodbCreateTable: 10 * S,
  // EC2 docs (status checks): "performed every minute, returning a pass or a fail status";
  // one failed check makes the instance impaired. 60 s.
  statusCheckInterval: 60 * S,
  // EC2 Auto Scaling docs (health checks, Important box): for an impaired instance Auto
  // Scaling "waits a few minutes for AWS to fix the issue" before it marks it unhealthy.
  // No figure is published: 3 min, a guess within "a few minutes".
  asgImpairedWait: 180 * S,
  // AWS Backup publishes no start or run time for an on-demand EFS job. StartBackupJob's
  // StartWindowMinutes "must be at least 60 minutes" (API_StartBackupJob), so a start may
  // wait; jobs of small file systems are commonly seen to start within minutes and finish in
  // a few more (EFS's "Backup performance" section gives rates for large file systems only).
  // Named guesses: 2 min to start, 5 min to back up a state of a few MB, 5 min to restore it.
  backupJobStart: 120 * S,
  backupJobRun: 300 * S,
  restoreJobRun: 300 * S
}

/**
 * Amazon EFS as the template creates it (Regional, General Purpose, Bursting throughput: no
 * ThroughputMode is set), from "Amazon EFS performance specifications"
 * (https://docs.aws.amazon.com/efs/latest/ug/performance.html): reads ~1 ms ("as low as
 * 250 µs" in the newest table; 1 ms kept, the slower figure), writes "as low as 2.7 ms", 500
 * MiBps per client. The simulator's EFS is a local folder, so what a copy costs on EFS is
 * modelled from these (the bench's restore-point figures); a single stream is bounded by one
 * 1 MiB write (the recipe's wsize) per write latency when one RPC is in flight, which is the
 * pessimistic case (the NFS client keeps several in flight): no single-stream figure is
 * published.
 */
export const EFS_PERFORMANCE = {
  readOpMs: 1,
  writeOpMs: 2.7,
  perClientMiBps: 500,
  wsizeMiB: 1
} as const

interface Timer {
  handle: ReturnType<typeof setTimeout>
  resolve?: () => void
}

export class Scheduler implements SimTime {
  readonly latency: Latency
  private readonly timers = new Set<Timer>()
  private stopped = false

  constructor(
    readonly timeScale: number,
    overrides: Partial<Latency> = {}
  ) {
    if (!(timeScale > 0)) throw new Error(`timeScale must be > 0, got ${timeScale}`)
    this.latency = { ...DEFAULT_LATENCY, ...overrides }
  }

  ms(name: keyof Latency): number {
    return this.scale(this.latency[name])
  }

  scale(realMs: number): number {
    return Math.max(0, Math.round(realMs * this.timeScale))
  }

  now(): number {
    return Date.now()
  }

  after(ms: number, fn: () => void): { cancel(): void } {
    if (this.stopped) return { cancel: () => undefined }
    const timer: Timer = {
      handle: setTimeout(() => {
        this.timers.delete(timer)
        fn()
      }, ms)
    }
    this.timers.add(timer)
    return {
      cancel: () => {
        clearTimeout(timer.handle)
        this.timers.delete(timer)
      }
    }
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.after(ms, resolve)
    })
  }

  get isStopped(): boolean {
    return this.stopped
  }

  stop(): void {
    this.stopped = true
    for (const t of this.timers) clearTimeout(t.handle)
    this.timers.clear()
  }
}
