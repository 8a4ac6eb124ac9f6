// The contract between the deploy controller (src/controller) and the boot agent
// (src/boot), and the names the CloudFormation template and Packer recipe must use.
// Every tag key, phase name and shared default is defined here once; both sides
// import it, and test/infra checks the template against it.

/** Prefix of every tag this project writes. */
export const TAG_PREFIX = 'opscenter-ha'

export const TAGS = {
  /** Stack name, on the ENIs (for discovery), AMIs and snapshots (for retention). */
  stack: `${TAG_PREFIX}:stack`,
  /** What a tagged resource is for: see ROLES. */
  role: `${TAG_PREFIX}:role`,
  /** The boot agent's current phase, on its own instance: see PHASES. */
  phase: `${TAG_PREFIX}:phase`,
  /** Why the agent failed (set with phase=failed), or a short detail for other phases. */
  reason: `${TAG_PREFIX}:reason`,
  /**
   * Set with phase=failed when the claim failed because another instance kept a stack ENI
   * (its id; '' otherwise): the failure is that instance's, not this image's, and the
   * controller does not revert an AMI for it.
   */
  heldBy: `${TAG_PREFIX}:held-by`,
  /**
   * ISO time the terminate sequence asked a serving opscenterd to stop: where OpsCenter's
   * downtime starts (the controller's downtime-seconds counts from it, not from its own
   * terminate call, which the agent may take a while to see).
   */
  serviceStopAt: `${TAG_PREFIX}:service-stop-at`,
  /** ISO time the phase tag was last written. */
  phaseAt: `${TAG_PREFIX}:phase-at`,
  /** Route53 change id of the agent's last UPSERT, so the controller can check INSYNC. */
  dnsChange: `${TAG_PREFIX}:dns-change`,
  /**
   * The address the record resolved to inside the VPC, through the instance's resolver:
   * what agents will get. The controller requires it to be the claimed ENI's IP.
   */
  dnsResolved: `${TAG_PREFIX}:dns-resolved`,
  /** sha256 of the AMI recipe, on AMIs and snapshots: equal hash = reusable AMI. */
  recipeHash: `${TAG_PREFIX}:recipe-hash`,
  /** OpsCenter version baked into an AMI. */
  opscenterVersion: `${TAG_PREFIX}:opscenter-version`,
  /** Git commit the AMI was baked from. */
  gitSha: `${TAG_PREFIX}:git-sha`,
  /** The base image an AMI was baked from (what a scheduled patch run compares). */
  baseAmi: `${TAG_PREFIX}:base-ami`,
  /**
   * On the instance, from its state step: the OpsCenter version that last started on the
   * state on EFS, when it first did, and the newest restore point of each version (ids,
   * newest first): what `plan` shows of a downgrade.
   */
  stateVersion: `${TAG_PREFIX}:state-version`,
  stateSince: `${TAG_PREFIX}:state-since`,
  restorePoints: `${TAG_PREFIX}:restore-points`,
  /** On an AWS Backup recovery point the action took: the version about to start on the state. */
  nextVersion: `${TAG_PREFIX}:next-version`,
  /** On the instance: SHA-256 fingerprint of the certificate OpsCenter serves HTTPS with. */
  tlsFingerprint: `${TAG_PREFIX}:tls-fingerprint`
} as const

export const ROLES = {
  /** One of the per-zone fixed network interfaces. */
  eni: 'eni'
} as const

/**
 * Boot phases, in the order the agent walks them. The phase tag names the step the
 * agent is working on, so a hang shows where; `healthy` and `failed` are final.
 * Termination walks `stopping` then `released`.
 */
export const BOOT_PHASES = [
  'identity',
  'prepare',
  'eni',
  'network',
  'dns',
  'efs',
  'state',
  'service',
  'resolve'
] as const
export const PHASE = {
  identity: 'identity',
  /** Checks that touch neither the ENI, EFS nor opscenterd. */
  prepare: 'prepare',
  /** A prepared successor: InService, waiting for the serving instance to go before it claims. */
  ready: 'ready',
  eni: 'eni',
  network: 'network',
  dns: 'dns',
  efs: 'efs',
  /** OpsCenter's state on EFS made ready for this image: restore point, restore, seed, bind. */
  state: 'state',
  service: 'service',
  /** The record resolves to our ENI's IP inside the VPC (what agents will see). */
  resolve: 'resolve',
  healthy: 'healthy',
  failed: 'failed',
  stopping: 'stopping',
  released: 'released'
} as const
export type Phase = (typeof PHASE)[keyof typeof PHASE]
export const FINAL_PHASES: readonly Phase[] = [PHASE.healthy, PHASE.failed]
/** Past `ready`, before `healthy`: the instance attaches, routes, mounts and starts. */
export const CLAIM_PHASES: readonly Phase[] = [
  PHASE.eni,
  PHASE.network,
  PHASE.dns,
  PHASE.efs,
  PHASE.state,
  PHASE.service,
  PHASE.resolve
]

/** Lifecycle hook names declared in the template and completed by the agent. */
export const HOOKS = {
  launch: 'opscenter-ha-launch',
  terminate: 'opscenter-ha-terminate'
} as const

/** Stack parameters the controller sets. */
export const PARAMS = {
  amiId: 'AmiId',
  /** Remembers the AMI deployed before AmiId, so `rollback` works across runs. */
  previousAmiId: 'PreviousAmiId',
  /** What the agent does when its image is older than the state on EFS: ON_DOWNGRADE. */
  onDowngrade: 'OnDowngrade',
  /** `<restore point id>@<run>`: command restore asks the next boot to restore that point. */
  restoreRequest: 'RestoreRequest',
  /** `<bucket>/<key>` of an existing OpsCenter's state to import on the first boot, and its sha256. */
  importObject: 'ImportObject',
  importSha256: 'ImportSha256',
  /** The AWS Backup vault of the on-demand recovery point before a version change ('' = none). */
  backupVaultName: 'BackupVaultName',
  /** A Secrets Manager secret holding OpsCenter's web certificate ('' = the agent makes one). */
  tlsCertificateSecretArn: 'TlsCertificateSecretArn'
} as const

/**
 * What starting an older OpsCenter on state a newer one wrote does. restore: the older
 * version starts on the restore point taken before the state moved on from it (the newer
 * state is kept aside as a restore point); keep: it starts on the newer state (a person's
 * call); refuse: nothing changes.
 */
export const ON_DOWNGRADE = ['restore', 'keep', 'refuse'] as const
export type OnDowngrade = (typeof ON_DOWNGRADE)[number]

/**
 * OpsCenter versions in order (6.8.9 < 6.8.52): negative, zero or positive. Non-numeric
 * parts compare as text.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0'
    const y = pb[i] ?? '0'
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y)
    if (d !== 0) return d
  }
  return 0
}

/** Network parameters of the template, checked by the controller before any change. */
export const NETWORK_PARAMS = {
  vpcId: 'VpcId',
  subnetA: 'SubnetA',
  subnetB: 'SubnetB',
  subnetC: 'SubnetC'
} as const

/** Stack outputs the controller reads. */
export const OUTPUTS = {
  autoScalingGroup: 'AutoScalingGroupName',
  recordName: 'RecordName',
  hostedZoneId: 'HostedZoneId',
  fileSystemId: 'FileSystemId',
  eniIds: 'NetworkInterfaceIds',
  /** https://<record>:8443/: what people open and what environment links point at. */
  opscenterUrl: 'OpsCenterUrl',
  alertTopicArn: 'AlertTopicArn',
  /** The role AWS Backup takes to back the file system up and restore it. */
  backupRoleArn: 'BackupRoleArn',
  /** The secret holding OpsCenter's admin login (username admin, generated password). */
  adminSecretArn: 'AdminSecretArn'
} as const

/**
 * The on-demand AWS Backup recovery point the controller takes before a version change. Its
 * retention matches EFS's automatic backups (daily, kept 35 days: "Backing up EFS file
 * systems", https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html); the items a restore
 * brings back are the state's folders and the agent's record of the version that wrote them.
 */
export const AWS_BACKUP = {
  deleteAfterDays: 35,
  /** StartBackupJob's StartWindowMinutes: "must be at least 60 minutes" (API reference). */
  startWindowMinutes: 60,
  restoreItems: (): string[] => [...SHARED_DIRS, `/${STATE.dir}/${STATE.file}`],
  /** AWS Backup's EFS restore folder off the root: aws-backup-restore_<datetime>. */
  restoreDirPrefix: 'aws-backup-restore_'
} as const

/**
 * OpsCenter releases as DataStax's release notes tell them (datastax/release-notes,
 * OpsCenter_6.8_Release_Notes.md, commit 2656afe of 2026-07-20): Amazon Linux 2023 is
 * supported from 6.8.44 ("Added support for running OpsCenter on Amazon Linux 2023",
 * OPSC-17676, 25 April 2025); 6.8.47 to 6.8.50 were retracted ("FixCentral no longer
 * offers" them: a Java driver regression; move to 6.8.51 or later).
 */
export const OPSCENTER_RELEASES = {
  minimumForImage: '6.8.44',
  retracted: ['6.8.47', '6.8.48', '6.8.49', '6.8.50'],
  /** The first release after the retracted ones. */
  afterRetracted: '6.8.51'
} as const

/**
 * Why this OpsCenter version cannot be baked on the image, in words, or undefined when it
 * can. A version that is not 6.8.x is left to the recipe's own validation.
 */
export function unsupportedOpscenterVersion(version: string): string | undefined {
  const m = /^6\.8\.(\d+)$/.exec(version)
  if (!m) return undefined
  const patch = (v: string) => Number(v.split('.')[2])
  if ((OPSCENTER_RELEASES.retracted as readonly string[]).includes(version))
    return `OpsCenter ${version} was retracted by DataStax (IBM Fix Central no longer offers 6.8.47 to 6.8.50): use ${OPSCENTER_RELEASES.afterRetracted} or later`
  if (Number(m[1]) < patch(OPSCENTER_RELEASES.minimumForImage))
    return `OpsCenter ${version} predates Amazon Linux 2023 support (from ${OPSCENTER_RELEASES.minimumForImage}, OPSC-17676): use ${OPSCENTER_RELEASES.minimumForImage} or later, not one of ${OPSCENTER_RELEASES.retracted.join(', ')}`
  return undefined
}

/** Where the launch template's user data writes the agent's settings. */
export const BOOT_CONFIG_PATH = '/etc/opscenter-ha/config.json'

/** Settings the launch template hands the boot agent (the shape of BOOT_CONFIG_PATH). */
export interface BootConfig {
  stackName: string
  region: string
  hostedZoneId: string
  recordName: string
  recordTtl: number
  fileSystemId: string
  /** Seconds each bounded wait may take before the boot fails. */
  timeoutSeconds: number
  /** Seconds between polls in those waits (optional; default DEFAULTS.bootPollIntervalSeconds). */
  pollIntervalSeconds?: number
  /** The watchdog's settings once the instance serves (optional; defaults in HEALTH). */
  healthIntervalSeconds?: number
  unhealthyAfterSeconds?: number
  probeTimeoutSeconds?: number
  heartbeatSeconds?: number
  /** How long a ready successor waits for the handover (optional; DEFAULTS.standbyHours). */
  standbyHours?: number
  /** An image older than the state (optional; DEFAULTS.onDowngrade). */
  onDowngrade?: OnDowngrade
  /** Restore points kept besides each recent version's newest (optional; DEFAULTS.keepRestorePoints). */
  keepRestorePoints?: number
  /**
   * `<restore point id>@<run>` from command restore ('' or absent: none): restored once, by
   * the first boot that finds it not yet applied to the state (the state record keeps it).
   */
  restoreRequest?: string
  /**
   * `<bucket>/<key>` of a tarball of an existing OpsCenter's /etc/opscenter and
   * /var/lib/opscenter ('' or absent: none), and its sha256: the first boot on an empty file
   * system imports it; on one that holds another state it is refused.
   */
  importFrom?: string
  importSha256?: string
  /**
   * The secret of OpsCenter's admin login (JSON username, password): the agent turns
   * authentication on and sets that password before OpsCenter answers beyond loopback.
   */
  adminSecretArn?: string
  /** A secret with the web certificate (JSON certificate, privateKey, chain); '' or absent: the agent makes one. */
  tlsSecretArn?: string
}

/**
 * OpsCenter's web TLS as the agent configures it ([webserver] ssl_certfile, ssl_keyfile,
 * ssl_port of opscenterd.conf): the files sit on EFS under the bound /var/lib/opscenter, so
 * a certificate the agent makes once is the same after every replacement. A made one lasts
 * 825 days (the longest a publicly trusted server certificate could, CA/Browser Forum
 * Baseline Requirements 6.3.2 until 2020) and is made anew, with a new fingerprint, once expired.
 */
export const OPSCENTER_TLS = {
  certFile: '/var/lib/opscenter/ssl/opscenter-ha-web.pem',
  keyFile: '/var/lib/opscenter/ssl/opscenter-ha-web.key',
  generatedDays: 825
} as const

/**
 * The watchdog that runs once the boot reported healthy. It probes every intervalSeconds;
 * a probe gets probeTimeoutSeconds to answer; after unhealthyAfterSeconds of failure with no
 * success between, the instance is marked Unhealthy and replaced. DataStax's own failover
 * declares a primary dead after 60 s (heartbeat_fail_window), hence 60.
 */
export const HEALTH = {
  intervalSeconds: 10,
  unhealthyAfterSeconds: 60,
  probeTimeoutSeconds: 5,
  /** One heartbeat data point a minute: what the not-serving alarm counts. */
  heartbeatSeconds: 60
} as const

/**
 * The agent's CloudWatch metrics: one namespace (the instance role may put data in no
 * other), dimension StackName. Healthy: 1 per heartbeat while every probe passes.
 * BootFailed: 1 when a boot fails. MarkedUnhealthy: 1 when the watchdog has the instance
 * replaced. The template's alarms watch these names.
 */
export const METRICS = {
  namespace: 'OpsCenterHA',
  dimension: 'StackName',
  healthy: 'Healthy',
  bootFailed: 'BootFailed',
  markedUnhealthy: 'MarkedUnhealthy'
} as const

/** Where the boot leaves what the watchdog probes (on local disk; gone with a reboot). */
export const SERVING_STATE_PATH = '/run/opscenter-ha/serving.json'

/**
 * Environment the boot agent honours besides the standard AWS ones. ROOT prefixes every
 * file-system path the agent touches (default `/`), which lets the simulator give each
 * simulated instance a root folder of its own; CONFIG overrides BOOT_CONFIG_PATH.
 */
export const AGENT_ENV = {
  root: 'OPSCENTER_HA_ROOT',
  config: 'OPSCENTER_HA_CONFIG'
} as const

/** The OpsCenter version the image was baked with (one line), written by the recipe. */
export const IMAGE_VERSION_PATH = '/usr/share/opscenter-ha/opscenter-version'

/**
 * Where the agent keeps its record of OpsCenter's state, under EFS_MOUNT_POINT: which
 * version last started on it (STATE.file), and the restore points taken before a different
 * version first started (STATE.restorePoints/<id>/, each with STATE.manifest and files/).
 */
export const STATE = {
  dir: '.opscenter-ha',
  file: 'state.json',
  restorePoints: 'restore-points',
  manifest: 'manifest.json',
  /** Written once the admin password is the secret's: later boots never set it again. */
  adminPassword: 'admin-password.json'
} as const

/** Where the AMI keeps pristine copies of the package's folders, to seed EFS from. */
export const AMI_DEFAULTS_DIR = '/usr/share/opscenter-ha/defaults'

/** Variables the controller passes to `packer build` (the var-file holds the rest). */
export const PACKER_VARS = {
  baseAmi: 'base_ami',
  recipeHash: 'recipe_hash',
  gitSha: 'git_sha',
  stackName: 'stack_name',
  region: 'region',
  agentDir: 'agent_dir',
  /** Set in the var-file that a version-bump PR edits. */
  opscenterVersion: 'opscenter_version'
} as const

export const DEFAULTS = {
  pollIntervalSeconds: 5,
  timeoutMinutes: 15,
  keepAmis: 5,
  /**
   * The record's TTL: what a resolver may keep serving the old address after a move to
   * another zone. 15 s (the handover keeps the zone, so the record usually does not move).
   */
  recordTtl: 15,
  /** The fixed ENI goes at device index 1: eth0 stays the instance's own interface. */
  eniDeviceIndex: 1,
  /** OpsCenter's web port when opscenterd.conf does not set one. */
  opscenterPort: 8888,
  /** Its HTTPS port ([webserver] ssl_port) when the conf names a certificate but no port. */
  opscenterTlsPort: 8443,
  bootTimeoutSeconds: 600,
  bootPollIntervalSeconds: 2,
  /**
   * How long a ready successor waits for the serving instance to go before its boot fails
   * (and the boot-failures alarm tells a person a stray successor is left over).
   */
  standbyHours: 24,
  /** The DynamoDB table holding one deploy lock per stack (created on first use). */
  lockTable: 'opscenter-ha-locks',
  /** How long a run waits for another run's lock before it fails naming the holder. */
  lockTimeoutMinutes: 5,
  onDowngrade: 'restore' as OnDowngrade,
  /**
   * The agent keeps the newest restore point of each of the last this-many versions that
   * ran, and this many most recent besides: as many as keepAmis, so every retained AMI's
   * version can be restored.
   */
  keepRestorePoints: 5,
  /**
   * No restore point younger than this is removed, whatever the counts: a state a restore
   * put aside (the only copy of what was changed since) stays at least a month.
   */
  keepRestorePointDays: 30
} as const

/**
 * The deploy lock's lease: a holder renews it every LOCK.renewMs; a lease not renewed for
 * LOCK.leaseMs (a runner that died) may be taken over. Three renewals fit in one lease, so
 * one slow or throttled renewal never loses the lock.
 */
export const LOCK = {
  leaseMs: 120_000,
  renewMs: 30_000,
  /** The simulator scales the lease down, never below this (a busy machine stalls). */
  minLeaseMs: 10_000,
  /** The table's partition key: the stack name. */
  key: 'stack'
} as const

/**
 * Value of TAGS.dnsChange when the record already pointed at this instance's ENI and the
 * instance had no earlier change id: there is no change to wait for, so the controller
 * checks the record's value instead of calling GetChange. (When no change was needed and
 * the instance already carries an id, from a boot before a reboot, the agent leaves it.)
 */
export const DNS_CHANGE_NONE = 'none'

/** Where the boot agent mounts EFS (under $OPSCENTER_HA_ROOT) before binding its folders. */
export const EFS_MOUNT_POINT = '/mnt/opscenter-efs'

/**
 * The folders the agent keeps on EFS (bound over the same paths on the instance), and the
 * one it keeps local (bound from a local folder, never seeded or shared): OpsCenter's
 * failover state must not be mirrored across installs.
 */
export const SHARED_DIRS = ['/etc/opscenter', '/var/lib/opscenter'] as const
export const LOCAL_DIRS = ['/var/lib/opscenter/failover'] as const

/**
 * The only resource types cloudformation/opscenter.yaml may use (test/infra checks it), so
 * the simulator knows what it has to model.
 */
export const STACK_RESOURCE_TYPES = [
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::NetworkInterface',
  'AWS::EFS::FileSystem',
  'AWS::EFS::MountTarget',
  'AWS::Route53::HostedZone',
  'AWS::IAM::Role',
  'AWS::IAM::InstanceProfile',
  'AWS::EC2::LaunchTemplate',
  'AWS::AutoScaling::AutoScalingGroup',
  'AWS::SNS::Topic',
  'AWS::SNS::Subscription',
  'AWS::CloudWatch::Alarm',
  'AWS::SecretsManager::Secret'
] as const
