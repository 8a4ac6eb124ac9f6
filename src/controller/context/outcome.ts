// What a run did, filled in as it goes and reported at the end (edges/report.ts).
import type { Plan } from './plan.js'
import type { Command } from './options.js'

export type Result = 'deployed' | 'unchanged' | 'reverted' | 'failed' | 'planned'

export interface Outcome {
  command: Command
  stackName: string
  result?: Result
  amiId?: string
  previousAmiId?: string
  instanceId?: string
  /** SHA-256 fingerprint of the certificate OpsCenter serves on the verified instance. */
  tlsFingerprint?: string
  downtimeMs?: number
  /** When the first instance was terminated: downtime runs from here to healthy. */
  downtimeStart?: number
  /** The run ended with nothing healthy since downtimeStart: downtimeMs is "so far". */
  downtimeOngoing?: boolean
  recipeHash?: string
  version?: string
  /** How the AMI was found: reused, baked, input, would-bake. */
  amiSource?: string
  /** One line each: what this run changed. */
  changes: string[]
  /** The steps decided, each with its reason. */
  plan?: Plan
  /** Markdown of the plan and its change set (plan). */
  planMarkdown?: string
  cause?: string
  /** The stack's outputs once the run confirmed it (set as action outputs too). */
  stackOutputs?: Record<string, string>
  /** The base image the recipe resolved to (a scheduled patch run says when it changed). */
  baseAmiId?: string
  /** What ran before this run: the stack's AMI and its OpsCenter version. */
  was?: Image
  /** What a reverted or failed run tried. */
  tried?: Image
  /** The AWS Backup recovery point this run took before the version change. */
  recoveryPointArn?: string
}

export interface Image {
  amiId: string
  version?: string
  /** The base image it was baked from (tag opscenter-ha:base-ami). */
  baseAmiId?: string
}

/**
 * A run that ends after it stopped an instance and before anything was healthy again leaves
 * OpsCenter down: the downtime so far is what it reports, said to be still going.
 */
export function closeDowntime(o: Outcome, now: number): void {
  if (o.downtimeStart === undefined || o.downtimeMs !== undefined) return
  o.downtimeMs = Math.max(0, now - o.downtimeStart)
  o.downtimeOngoing = true
}
