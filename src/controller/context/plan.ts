// A plan as a value (Terraform's shape): the steps a run takes, each with its reason, the AMI
// it converges on and what a failure goes back to. reconcile/decide.ts makes it; plan prints
// it, deploy executes it.
import type { OnDowngrade } from '../../shared/contract.js'
import type { ReplaceStrategy, Command } from './options.js'

export type StepKind =
  | 'bake'
  | 'reuse'
  | 'create-stack'
  | 'update-stack'
  | 'follow'
  | 'replace'
  | 'verify'
  | 'retain'
  | 'nothing'
  | 'backup'

export interface Step {
  kind: StepKind
  /** The instance replaced or verified. */
  instanceId?: string
  /** follow: the instances already leaving that the new one replaces. */
  leaving?: string[]
  /** replace: how the new instance takes over. */
  strategy?: ReplaceStrategy
  /** follow: a stopped handover's window to close once the new instance is healthy. */
  closeWindow?: boolean
  why: string
}

export interface Revert {
  /** The AMI to go back to; undefined when there is nothing to go back to. */
  amiId?: string
  /** Going back keeps the AMI and restores the template and parameters from before. */
  sameAmi: boolean
  why: string
}

export interface Plan {
  command: Command
  /** The AMI the run converges on; '' while it is still to be baked. */
  amiId: string
  /** What the stack will remember as PreviousAmiId. */
  previousAmiId: string
  steps: Step[]
  /** What a failed new instance goes back to, and why that one. */
  revert: Revert
  /** Why the run cannot start now (nothing is done); the steps are what it would do. */
  blocked?: string
  /**
   * Blocked only because the group is busy with these (instances on their way in or out,
   * activities running): under the deploy lock no other run is behind that, so waiting for the group
   * to settle and deciding again may unblock it.
   */
  settle?: string[]
  /** This run starts an older OpsCenter than the state's: what happens to the state. */
  downgrade?: Downgrade
  /** An AWS Backup recovery point of the file system before another version starts on it. */
  backup?: BackupStep
  /**
   * Blocked because a stopped run left the group in a handover window (two instances
   * allowed, or fewer subnets than the stack's): finishing it and deciding again unblocks.
   */
  finish?: string
}

/** The on-demand recovery point: the state is `from`'s, `to` starts next. */
export interface BackupStep {
  vault: string
  fileSystemId: string
  from: string
  to: string
}

/** Starting OpsCenter `to` on state `from` (newer) wrote, as the agent's tags say. */
export interface Downgrade {
  from: string
  to: string
  /** When `from` first started on the state (epoch ms), when the agent said. */
  since?: number
  mode: OnDowngrade
  /** The newest restore point of a `to` state: what restore puts back. */
  restorePoint?: { id: string; takenAt?: number }
}

/** CloudFormation's answer to the change set. */
export interface ChangeSummary {
  /** Nothing at all to change. */
  nothing: boolean
  /** `Action LogicalId` per resource change. */
  resources: string[]
  launchTemplate: boolean
}

export type AmiSource = 'input' | 'reused' | 'would-bake' | 'baked' | 'stack' | 'previous'

export interface Desired {
  /** '' while it is still to be baked. */
  amiId: string
  source: AmiSource
  recipeHash?: string
  baseAmiId?: string
  /** Its OpsCenter version (the var-file's, or the AMI's tag), when known. */
  version?: string
  /** The change set's answer; undefined until one is prepared (a bake comes first). */
  change?: ChangeSummary
}
