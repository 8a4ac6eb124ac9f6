// The run's options: what the action's inputs say once edges/inputs.ts has validated them, and
// the defaults they fall back on (defined once, here).
import type { OnDowngrade } from '../../shared/contract.js'

export const COMMANDS = ['deploy', 'plan', 'replace', 'rollback', 'restore'] as const

export type Command = (typeof COMMANDS)[number]

export type BaseAmi = { id: string } | { owner: string; namePattern: string }

export interface Options {
  command: Command
  stackName: string
  /** Absolute path of the template (read for deploy and plan only). */
  template: string
  /** The template's text and parameter names (deploy and plan). */
  templateBody?: string
  templateParams: string[]
  /** Parameters from the `parameters` input, without AmiId / PreviousAmiId. */
  parameters: Record<string, string>
  packerDir: string
  packerVarFile: string
  baseAmi: BaseAmi
  agentDir: string
  /** Explicit AMI: skips the resolve phase. */
  amiId?: string
  region: string
  healthUrl?: string
  autoRevert: boolean
  /** Per-phase time-out. */
  timeoutMs: number
  pollMs: number
  keepAmis: number
  force: boolean
  /** How a planned replacement hands over: a prepared successor, or terminate first. */
  replaceStrategy: ReplaceStrategy
  /** What a run that would start an older OpsCenter on newer state does. */
  onDowngrade: OnDowngrade
  /** command restore: `<restore point id>@<this run>`, what the next boot restores once. */
  restoreRequest?: string
  /** command restore of an AWS Backup recovery point: restored by a restore job first. */
  recoveryPointArn?: string
  /** command restore: this run, as the request names it (applied once). */
  restoreRun?: string
  githubToken?: string
  /** GitHub deployment environment to record this run in (with githubToken). */
  deploymentEnvironment?: string
  /** Commit the AMI is baked from (GITHUB_SHA). */
  gitSha: string
  /** The DynamoDB table of the deploy locks. */
  lockTable: string
  /** How long to wait for another run's lock. */
  lockTimeoutMs: number
  /** This run, as the lock shows it to other runs. */
  owner: LockOwner
}

export const DEFAULT_INPUTS = {
  command: 'deploy',
  template: 'cloudformation/opscenter.yaml',
  packerDir: 'packer',
  packerVarFile: 'packer/opscenter.pkrvars.hcl',
  baseAmi: 'amazon:al2023-ami-2023.*-x86_64'
} as const

export const REPLACE_STRATEGIES = ['prepared', 'cold'] as const

export type ReplaceStrategy = (typeof REPLACE_STRATEGIES)[number]

/** Who holds (or wants) the lock, as people read it in the log. */
export interface LockOwner {
  /** The run's URL on GitHub (or host and pid outside it). */
  run: string
  workflow: string
  actor: string
  command: string
}
