// The run's outcome, as outputs and as a job summary a person can read afterwards.
import * as core from '@actions/core'
import { OUTPUTS } from '../../shared/contract.js'
import { stepsMarkdown } from '../reconcile/plan.js'
import { seconds, type Timeline } from '../context/timeline.js'
import type { Plan } from '../context/plan.js'
import type { Image, Outcome, Result } from '../context/outcome.js'

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
  core.setOutput('tls-fingerprint', o.tlsFingerprint ?? '')
  core.setOutput(
    'downtime-seconds',
    // Tenths, the same figure the summary shows.
    o.downtimeMs === undefined ? '' : String(Math.round(o.downtimeMs / 100) / 10)
  )
  core.setOutput('recipe-hash', o.recipeHash ?? '')
  core.setOutput('recovery-point-arn', o.recoveryPointArn ?? '')
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
  const told = story(o, timeline)
  if (told) lines.push(told, '')
  if (o.cause) lines.push(`**Cause:** ${o.cause}`, '')
  const rows = facts(o)
  if (rows.length)
    lines.push('| What | Value |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), '')
  if (o.changes.length) lines.push('### What changed', '', ...o.changes.map((c) => `- ${c}`), '')
  if (o.planMarkdown) lines.push(o.planMarkdown, '')
  else if (o.plan) lines.push('### Why', '', stepsMarkdown(o.plan, timeline.startMs), '')
  if (timeline.phases.length) {
    lines.push('### Timeline', '', ...gantt(o, timeline), '')
    lines.push('| Phase | Started | Duration | Outcome |', '|---|---|---|---|')
    for (const p of timeline.phases)
      lines.push(
        `| ${p.name} | +${seconds(p.startMs - timeline.startMs)} | ${p.endMs === undefined ? 'interrupted' : seconds(p.endMs - p.startMs)} | ${p.outcome ?? '–'} |`
      )
  }
  return lines.join('\n')
}

const ami = (i: Image | undefined): string =>
  i ? `OpsCenter ${i.version ?? '(version unknown)'} on \`${i.amiId}\`` : 'nothing'

/**
 * The run in one sentence, as a person reads it at 3 a.m.: what ran before, what was tried,
 * where it failed, and what runs now (with the downtime).
 */
export function story(o: Outcome, timeline: Timeline): string | undefined {
  const now: Image | undefined = o.amiId ? { amiId: o.amiId, version: o.version } : undefined
  const down = o.downtimeMs === undefined ? '' : `; downtime ${downtime(o)}`
  // The boot agent's phase when the cause names it ("failed in phase service"), else the
  // run's own phase that failed.
  const where = /failed in phase (\w+)/.exec(o.cause ?? '')?.[1] ?? failedPhase(timeline)
  const at = where ? ` at the ${where} step` : ''
  switch (o.result) {
    case 'deployed':
      return `Was ${ami(o.was)}; now ${ami(now)}${o.instanceId ? ` (instance \`${o.instanceId}\`)` : ''}${down}.`
    case 'unchanged':
      return `${ami(now)} already runs as git says: nothing to change.`
    case 'reverted':
      return `Was ${ami(o.was)}; tried ${ami(o.tried)}, which failed${at}; back on ${ami(now)}${o.instanceId ? ` (instance \`${o.instanceId}\`)` : ''}${down}.`
    case 'failed':
      return `Was ${ami(o.was)}; ${o.tried ? `tried ${ami(o.tried)}: ` : ''}failed${at}, not reverted${down}. See the cause below.`
    default:
      return undefined
  }
}

/** The downtime figure, and whether OpsCenter was still down when the run ended. */
const downtime = (o: Outcome): string =>
  o.downtimeOngoing
    ? `${seconds(o.downtimeMs ?? 0)} so far: OpsCenter was not serving again when this run ended`
    : seconds(o.downtimeMs ?? 0)

function failedPhase(timeline: Timeline): string | undefined {
  return timeline.phases.find((p) => p.outcome === 'failed' && p.name !== 'revert')?.name
}

/** The key facts, each with its name (no empty header row: the table has one). */
function facts(o: Outcome): [string, string][] {
  const rows: [string, string][] = []
  const target = o.amiId
    ? `\`${o.amiId}\``
    : o.amiSource === 'would-bake'
      ? 'a new AMI (baked by the deploy)'
      : '?'
  rows.push([o.result === 'reverted' ? 'Runs now (after the revert)' : 'Runs now', target])
  if (o.was && o.was.amiId !== o.amiId) rows.push(['Ran before', `\`${o.was.amiId}\``])
  if (o.tried) rows.push(['Tried', `\`${o.tried.amiId}\` (OpsCenter ${o.tried.version ?? '?'})`])
  if (o.version) rows.push(['OpsCenter version now', o.version])
  if (o.baseAmiId) rows.push(['Base image', baseImage(o)])
  if (o.amiSource) rows.push(['AMI source', o.amiSource])
  if (o.recipeHash) rows.push(['Recipe hash', `\`${o.recipeHash.slice(0, 16)}…\``])
  if (o.instanceId) rows.push(['Instance', `\`${o.instanceId}\``])
  if (o.tlsFingerprint) rows.push(['HTTPS certificate (SHA-256)', `\`${o.tlsFingerprint}\``])
  if (o.downtimeMs !== undefined) rows.push(['Downtime', downtime(o)])
  return rows
}

/** The recipe's base image, and whether it changed since the AMI that ran before. */
function baseImage(o: Outcome): string {
  const was = o.was?.baseAmiId
  const now = `\`${o.baseAmiId}\``
  if (!was || was === 'unknown') return now
  return was === o.baseAmiId ? `${now} (unchanged)` : `${now} (new; was \`${was}\`)`
}

/** The phases as a mermaid gantt chart (GitHub renders mermaid blocks in job summaries). */
export function gantt(o: Outcome, timeline: Timeline): string[] {
  const rows = timeline.phases.map((p, i) => {
    const start = p.startMs - timeline.startMs
    const end = (p.endMs ?? p.startMs) - timeline.startMs
    const tag = p.outcome === 'failed' ? 'crit, ' : p.endMs === undefined ? 'active, ' : 'done, '
    // mermaid wants at least 1 ms per bar, and no colon in a task name.
    return `    ${p.name.replace(/:/g, ' ')} :${tag}p${i}, ${start}, ${Math.max(end, start + 1)}`
  })
  return [
    '```mermaid',
    'gantt',
    `    title ${o.command} of ${o.stackName}: ${o.result ?? 'failed'}`,
    '    dateFormat x',
    '    axisFormat %M:%S',
    ...rows,
    '```'
  ]
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
