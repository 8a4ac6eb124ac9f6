// The world as one read saw it (reconcile/observe.ts builds it, aws/ reads its parts): the
// stack, its group with each member's EC2 state and agent tags, the ENIs, the record. `decide`
// works on this alone.
import { OUTPUTS, PARAMS } from '../../shared/contract.js'

export interface StackState {
  name: string
  status: string
  /** Current parameter values. */
  parameters: Record<string, string>
  outputs: Record<string, string>
}

/** What AWS Backup works on, from the stack: its file system, as its backup role. */
export interface BackupResource {
  fileSystemId: string
  roleArn: string
}

/** ... and the vault of the on-demand recovery point. */
export interface BackupTarget extends BackupResource {
  vault: string
}

/** The file system and the backup role; undefined for a stack whose template predates them. */
export function backupResource(stack: StackState | undefined): BackupResource | undefined {
  const fileSystemId = stack?.outputs[OUTPUTS.fileSystemId]
  const roleArn = stack?.outputs[OUTPUTS.backupRoleArn]
  return fileSystemId && roleArn ? { fileSystemId, roleArn } : undefined
}

/**
 * The on-demand recovery point's target: `vault` is the BackupVaultName this run deploys
 * (the parameters input), else the stack's; undefined when it is '' (the user turned the
 * on-demand backup off) or the stack predates it.
 */
export function backupTarget(
  stack: StackState | undefined,
  vault = stack?.parameters[PARAMS.backupVaultName]
): BackupTarget | undefined {
  const resource = backupResource(stack)
  return vault && resource ? { ...resource, vault } : undefined
}

export interface GroupMember {
  id: string
  /** Its Availability Zone, as Auto Scaling says. */
  zone?: string
  /** Auto Scaling lifecycle state: Pending, Pending:Wait, InService, Terminating:Wait... */
  lifecycle: string
  health?: string
  /** Launch template version the instance was launched from, when AWS says. */
  templateVersion?: string
}

export interface Group {
  name: string
  members: GroupMember[]
  /** The group's launch template version, when AWS says. */
  templateVersion?: string
  templateId?: string
  /** Sizes and subnets (VPCZoneIdentifier), when AWS says: a handover changes them for a while. */
  max?: number
  desired?: number
  subnets?: string[]
}

export interface InstanceInfo {
  id: string
  imageId?: string
  state?: string
  zone?: string
  subnetId?: string
  phase?: string
  reason?: string
  dnsChange?: string
  /** What the record resolved to inside the VPC, as the agent reported it. */
  dnsResolved?: string
  /** The certificate its OpsCenter serves HTTPS with, as the agent reported it. */
  tlsFingerprint?: string
  /** The agent's held-by tag: the instance that kept an ENI when its claim failed. */
  heldBy?: string
  /** When its agent asked a serving opscenterd to stop (epoch ms), from its tag. */
  serviceStopAt?: number
  /** EC2's StateReason once it stops or terminates ("Server.InternalError: ..."). */
  stateReason?: string
  /** EC2's LaunchTime (epoch ms). */
  launchedAt?: number
  /** When its agent tagged the phase it is in (phase-at, epoch ms). */
  phaseAt?: number
  /** What its agent found on EFS: the state's OpsCenter version and since when (epoch ms). */
  stateVersion?: string
  stateSince?: number
  /** The newest restore point of each version, newest first (ids `<time>-<version>`). */
  restorePoints?: string[]
}

/**
 * EC2 ended it on its own (StateReason Server.*: an internal error, a host or zone failure,
 * a Spot interruption), not a person, Auto Scaling or its agent (Client.*). Codes:
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_StateReason.html
 */
export const endedByEc2 = (i: InstanceInfo | undefined): boolean =>
  !!i?.stateReason?.startsWith('Server.')

export const isLeaving = (lifecycle: string): boolean =>
  /^(Terminating|Terminated|Detach|Standby|Warmed)/.test(lifecycle)

export interface EniInfo {
  id: string
  zone?: string
  attachedTo?: string
  attachmentStatus?: string
  privateIp?: string
}

export interface Member extends GroupMember {
  /** EC2's view of it: AMI, state, zone, the agent's phase and reason; undefined while EC2 does not describe it yet. */
  instance?: InstanceInfo
  /**
   * Launched from another launch template version than the group's, but one with the same
   * content (a revert made a new version equal to an old one): nothing to replace.
   */
  sameTemplate?: boolean
}

export interface GroupView {
  name: string
  templateVersion?: string
  max?: number
  desired?: number
  subnets?: string[]
  members: Member[]
  /** Scaling activities still running, one line each. */
  activities: string[]
}

export interface RecordView {
  name: string
  zoneId: string
  /** The A record's values; undefined when there is no such record. */
  values?: string[]
}

export interface Snapshot {
  stackName: string
  /** As CloudFormation describes it; undefined when it does not exist. */
  stack?: StackState
  /** What a change set on it would be: CREATE (absent or only reviewed) or UPDATE. */
  type: 'CREATE' | 'UPDATE'
  /** The stack's AmiId and PreviousAmiId ('' for a stack to create). */
  ami: { amiId: string; previousAmiId: string }
  group?: GroupView
  enis: EniInfo[]
  record?: RecordView
}
