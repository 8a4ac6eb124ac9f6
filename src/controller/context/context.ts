// What every step of a run takes: the run's context (Ctx) and everything the controller talks
// to (Deps), in one object so tests swap any of it: the clock (no real waits in tests), the AWS
// clients, the deploy lock, the command runner (packer), fetch and the GitHub side. Types only:
// the real ones are wired in edges/deps.ts.
import type { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import type { BackupClient } from '@aws-sdk/client-backup'
import type { EC2Client } from '@aws-sdk/client-ec2'
import type { Route53Client } from '@aws-sdk/client-route-53'
import type { Options, LockOwner } from './options.js'
import type { Timeline } from './timeline.js'
import type { Clock } from '../../shared/clock.js'
import type { Outcome } from './outcome.js'

export interface Ctx {
  opts: Options
  deps: Deps
  clients: Clients
  timeline: Timeline
  /** The stack's deploy lock, once taken (never for plan). */
  lock?: HeldLock
}

export interface RunOptions {
  cwd: string
  /** Called with each line the command prints (stdout and stderr). */
  onLine: (line: string) => void
}

/** Runs a command without a shell; resolves to its exit code. */
export type Runner = (cmd: string, args: string[], opts: RunOptions) => Promise<number>

/** Creates or updates a pull request comment (the `plan` output). */
export type Commenter = (body: string, marker: string) => Promise<string | undefined>

export interface Deps {
  clock: Clock
  /** Built lazily from the validated region, so bad input never reaches AWS. */
  clients: (region: string, clock?: Clock) => Clients
  /** Takes the stack's deploy lock (every command but plan). */
  lock: (io: LockIo, settings: LockSettings) => Promise<HeldLock>
  exec: Runner
  fetch: typeof fetch
  /** Undefined outside a pull_request event or without a token. */
  commenter: (token: string | undefined) => Commenter | undefined
  /** Undefined without a token and a deployment-environment. */
  deployments: (
    token: string | undefined,
    environment: string | undefined
  ) => DeploymentTracker | undefined
  /** Ends the process after SIGINT/SIGTERM has been reported. */
  exit: (code: number) => void
}

export interface Clients {
  ec2: EC2Client
  asg: AutoScalingClient
  cfn: CloudFormationClient
  r53: Route53Client
  /** The deploy lock's table. */
  ddb: DynamoDBClient
  /** The on-demand recovery point before a version change, and restores from AWS Backup. */
  backup: BackupClient
}

export interface DeploymentTracker {
  start(command: string, stackName: string): Promise<void>
  finish(out: Outcome): Promise<void>
}

export interface LockSettings {
  table: string
  stackName: string
  /** How long to wait for another holder before failing. */
  timeoutMs: number
  pollMs: number
  leaseMs: number
  renewMs: number
  owner: LockOwner
}

export interface LockIo {
  ddb: DynamoDBClient
  clock: Clock
  log: (line: string) => void
  warn: (line: string) => void
}

/** A lock this run holds: check() before each change, release() at the end. */
export interface HeldLock {
  /** Throws once a renewal found the lock taken over or its lease run out. */
  check(): void
  release(): Promise<void>
}
