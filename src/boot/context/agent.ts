// What every step gets: settings, clients, the command runner, the clock and the log,
// plus the helpers that keep every AWS call retried and every wait bounded.
import { EC2Client } from '@aws-sdk/client-ec2'
import { AutoScalingClient } from '@aws-sdk/client-auto-scaling'
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch'
import { Route53Client } from '@aws-sdk/client-route-53'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { clientSettings } from '../../shared/aws.js'
import { DEFAULTS, type BootConfig } from '../../shared/contract.js'
import { waitFor, withRetry } from '../../shared/retry.js'
import type { Clock } from '../../shared/clock.js'
import { joinRoot } from './config.js'
import type { Metadata } from '../os/imds.js'
import type { Log } from '../os/log.js'
import type { CommandRunner } from '../os/runner.js'

export interface Agent {
  config: BootConfig
  /** $OPSCENTER_HA_ROOT: prefixes every file path. */
  root: string
  clock: Clock
  log: Log
  runner: CommandRunner
  imds: Metadata
  ec2: EC2Client
  autoScaling: AutoScalingClient
  route53: Route53Client
  cloudwatch: CloudWatchClient
  /** The admin login and a provided web certificate. */
  secrets: SecretsManagerClient
  /** Bounds the whole command, on top of each wait's own bound. */
  deadline: Deadline
}

/** The agent's AWS clients; their retry back-off sleeps on the agent's clock. */
export function awsClients(region: string, clock?: Clock) {
  const settings = clientSettings(region, clock)
  return {
    ec2: new EC2Client(settings),
    autoScaling: new AutoScalingClient(settings),
    route53: new Route53Client(settings),
    cloudwatch: new CloudWatchClient(settings),
    secrets: new SecretsManagerClient(settings)
  }
}

/** A point in time after which no wait may go on. */
export class Deadline {
  private readonly end: number
  constructor(
    private readonly clock: Clock,
    readonly totalMs: number
  ) {
    this.end = clock.now() + totalMs
  }
  /** `ms`, cut down to what is left (never below zero). */
  bound(ms: number): number {
    return Math.max(0, Math.min(ms, this.end - this.clock.now()))
  }
}

/** The whole boot may take this many waits of timeoutSeconds (systemd allows more). */
export const BOOT_BUDGET_WAITS = 3
/** The termination sequence: stopping opscenterd and detaching the ENI. */
export const STOP_BUDGET_WAITS = 2

export function path(agent: Pick<Agent, 'root'>, p: string): string {
  return joinRoot(agent.root, p)
}

export function timeoutMs(agent: Pick<Agent, 'config'>): number {
  return agent.config.timeoutSeconds * 1000
}

export function pollMs(agent: Pick<Agent, 'config'>): number {
  return (agent.config.pollIntervalSeconds ?? DEFAULTS.bootPollIntervalSeconds) * 1000
}

/** A throttle-able AWS call: retried with full-jitter backoff on throttling. */
export function aws<T>(agent: Pick<Agent, 'clock'>, call: () => Promise<T>): Promise<T> {
  return withRetry(call, { clock: agent.clock })
}

/**
 * A bounded poll: at most timeoutSeconds (or `maxMs`), and never past the deadline.
 * `probe` returns undefined to keep waiting.
 */
export function wait<T>(
  agent: Agent,
  what: string,
  probe: () => Promise<T | undefined>,
  maxMs = timeoutMs(agent)
): Promise<T> {
  return waitFor(what, probe, {
    timeoutMs: agent.deadline.bound(maxMs),
    intervalMs: pollMs(agent),
    clock: agent.clock
  })
}
