// The run's outcome, as outputs and as a job summary a person can read afterwards.
import * as core from '@actions/core'
import { OUTPUTS } from '../shared/contract.js'
import type { Plan } from './decide.js'
import type { Command } from './inputs.js'
import { stepsMarkdown } from './plan.js'
import { seconds, type Timeline } from './log.js'

export type Result = 'deployed' | 'unchanged' | 'reverted' | 'failed' | 'planned'

export interface Outcome {
  command: Command
  stackName: string
  result?: Result
  amiId?: string
  previousAmiId?: string
  instanceId?: string
  downtimeMs?: number
  /** When the first instance was terminated: downtime runs from here to healthy. */
  downtimeStart?: number
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
}

/**
 * Stack outputs also set as kebab-case action outputs (declared in action.yml); every stack
 * output is set under its own key as well, as aws-actions/aws-cloudformation-github-deploy
 * does, so a later step can read `steps.<id>.outputs.<OutputKey>`.
 */
export const STACK_OUTPUTS_AS = {
  'record-name': OUTPUTS.recordName,
  'opscenter-url': OUTPUTS.opscenterUrl,
  'alert-topic-arn': OUTPUTS.alertTopicArn
} as const

export function setOutputs(o: Outcome): void {
  core.setOutput('result', o.result ?? 'failed')
  core.setOutput('ami-id', o.amiId ?? '')
  core.setOutput('previous-ami-id', o.previousAmiId ?? '')
  core.setOutput('instance-id', o.instanceId ?? '')
  core.setOutput(
    'downtime-seconds',
    // Tenths, the same figure the summary shows.
    o.downtimeMs === undefined ? '' : String(Math.round(o.downtimeMs / 100) / 10)
  )
  core.setOutput('recipe-hash', o.recipeHash ?? '')
  core.setOutput('plan', o.plan ? JSON.stringify(planOutput(o.plan)) : '')
  const stack = o.stackOutputs ?? {}
  for (const [name, key] of Object.entries(STACK_OUTPUTS_AS)) core.setOutput(name, stack[key] ?? '')
  for (const [key, value] of Object.entries(stack)) core.setOutput(key, value)
}

/** The plan's steps as the `plan` output: what a later workflow step may branch on. */
export function planOutput(p: Plan): { step: string; instance?: string; why: string }[] {
  return p.steps.map((s) => ({
    step: s.kind,
    ...(s.instanceId ? { instance: s.instanceId } : {}),
    why: s.why
  }))
}

const ICON: Record<Result, string> = {
  deployed: '✅',
  unchanged: '✅',
  planned: '📝',
  reverted: '↩️',
  failed: '❌'
}

export function summaryMarkdown(o: Outcome, timeline: Timeline): string {
  const result = o.result ?? 'failed'
  const lines: string[] = [
    `## ${ICON[result]} opscenter-ha ${o.command} of \`${o.stackName}\`: ${result}`,
    ''
  ]
  if (o.cause) lines.push(`**Cause:** ${o.cause}`, '')
  const rows: [string, string][] = []
  const target = o.amiId
    ? `\`${o.amiId}\``
    : o.amiSource === 'would-bake'
      ? 'a new AMI (baked by the deploy)'
      : '?'
  if (o.previousAmiId || o.amiId)
    rows.push(['AMI', `${o.previousAmiId ? `\`${o.previousAmiId}\` → ` : ''}${target}`])
  if (o.version) rows.push(['OpsCenter version', o.version])
  if (o.amiSource) rows.push(['AMI source', o.amiSource])
  if (o.recipeHash) rows.push(['Recipe hash', `\`${o.recipeHash.slice(0, 16)}…\``])
  if (o.instanceId) rows.push(['Instance', `\`${o.instanceId}\``])
  if (o.downtimeMs !== undefined) rows.push(['Downtime', seconds(o.downtimeMs)])
  if (rows.length) lines.push('| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '')
  if (o.changes.length) lines.push('### What changed', '', ...o.changes.map((c) => `- ${c}`), '')
  if (o.planMarkdown) lines.push(o.planMarkdown, '')
  else if (o.plan) lines.push('### Why', '', stepsMarkdown(o.plan), '')
  if (timeline.phases.length) {
    lines.push('### Timeline', '', '| Phase | Started | Duration | Outcome |', '|---|---|---|---|')
    for (const p of timeline.phases)
      lines.push(
        `| ${p.name} | +${seconds(p.startMs - timeline.startMs)} | ${p.endMs === undefined ? 'interrupted' : seconds(p.endMs - p.startMs)} | ${p.outcome ?? '–'} |`
      )
  }
  return lines.join('\n')
}

export async function writeSummary(o: Outcome, timeline: Timeline): Promise<void> {
  try {
    await core.summary.addRaw(summaryMarkdown(o, timeline), true).write()
  } catch (err) {
    // Outside GitHub (no GITHUB_STEP_SUMMARY) there is nowhere to write: log it instead.
    core.info(summaryMarkdown(o, timeline))
    core.debug(`job summary not written: ${(err as Error).message}`)
  }
}
