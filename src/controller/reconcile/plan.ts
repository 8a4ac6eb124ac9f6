// The `plan` view: the steps deploy will take and why, and the change set as a table, for
// the job summary and the PR.
import type { Change } from '@aws-sdk/client-cloudformation'
import type { Desired, Plan, Revert } from '../context/plan.js'
import type { Snapshot } from '../context/snapshot.js'
import { downgradeLine, stateOf } from './downgrade.js'

const esc = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ')

export function changesTable(changes: Change[]): string {
  if (changes.length === 0) return '_No resource changes._'
  const rows = changes.map((c) => {
    const r = c.ResourceChange ?? {}
    const replacement = r.Action === 'Modify' ? (r.Replacement ?? '') : ''
    const why = (r.Details ?? [])
      .map((d) => d.Target?.Name ?? d.CausingEntity ?? '')
      .filter(Boolean)
      .filter((v, i, a) => a.indexOf(v) === i)
      .join(', ')
    return `| ${esc(r.Action ?? '')} | ${esc(r.LogicalResourceId ?? '')} | ${esc(r.ResourceType ?? '')} | ${esc(replacement)} | ${esc(why)} |`
  })
  return [
    '| Action | Logical ID | Type | Replacement | Changed |',
    '|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

/** The change set's resources as the summary and the plan comment both name them. */
export const resourcesOf = (changes: Change[]): string[] =>
  changes.map((c) => `${c.ResourceChange?.Action} ${c.ResourceChange?.LogicalResourceId}`)

/** One line for a stack update, the same in the plan comment and the job summary. */
export const changedLine = (changes: Change[]): string =>
  resourcesOf(changes).join(', ') || 'outputs or metadata only'

/** True when the change set touches the launch template, i.e. the instance must be replaced. */
export function touchesLaunchTemplate(changes: Change[]): boolean {
  return changes.some((c) => c.ResourceChange?.ResourceType === 'AWS::EC2::LaunchTemplate')
}

const code = (s: string): string => `\`${s}\``

/** The plan as a PR comment and job summary: what deploy will do, step by step, and why. */
export function planMarkdown(
  plan: Plan,
  snapshot: Snapshot,
  desired: Desired,
  changes: Change[],
  now: number
): string {
  const lines = [
    '### Plan',
    '',
    `- ${stackLine(snapshot, changes)}`,
    `- ${amiLine(snapshot, desired)}`
  ]
  lines.push(
    plan.steps.some((s) => s.kind === 'replace')
      ? '- The instance would then be **replaced** (downtime while the new one boots).'
      : '- The instance would not be replaced.'
  )
  if (plan.blocked) lines.push('', `> **A deploy now would not start:** ${plan.blocked}`)
  lines.push('', '#### Steps', '', stepsMarkdown(plan, now))
  lines.push('', '#### Why', '', ...nowLines(snapshot))
  lines.push('', changesTable(changes))
  return lines.join('\n')
}

/** The steps with their reasons, and what a failure goes back to. */
export function stepsMarkdown(plan: Plan, now: number): string {
  return [
    ...plan.steps.map((s, i) => `${i + 1}. **${s.kind}**: ${s.why}`),
    '',
    ...(plan.downgrade ? [downgradeLine(plan.downgrade, now), ''] : []),
    `**If the new instance fails:** ${revertLine(plan.revert)}`
  ].join('\n')
}

function stackLine(s: Snapshot, changes: Change[]): string {
  return s.type === 'CREATE'
    ? `the stack **${s.stackName}** would be **created**`
    : `stack **${s.stackName}** would be updated: ${changedLine(changes)}`
}

function amiLine(s: Snapshot, d: Desired): string {
  const was = s.ami.amiId
  if (d.source === 'would-bake')
    return `a new AMI would be **baked** (recipe ${code(`${(d.recipeHash ?? '').slice(0, 16)}…`)}, base ${code(d.baseAmiId ?? '?')}); the table below keeps ${code('AmiId')} at ${code(was || d.baseAmiId || '')}, the deploy changes it`
  if (d.amiId === was) return `the AMI stays ${code(d.amiId)}`
  const how =
    d.source === 'reused' ? 'reusing an AMI with the same recipe hash' : 'from the ami-id input'
  return `${code('AmiId')}: ${code(was || '(none)')} → ${code(d.amiId)} (${how})`
}

function revertLine(r: Revert): string {
  if (!r.amiId) return `no revert: ${r.why}`
  return r.sameAmi
    ? `revert to ${r.why}`
    : `revert to ${code(r.amiId)}: ${r.why.replace(`${r.amiId}, `, '')}`
}

/** What was seen: the facts the steps were decided on. */
function nowLines(s: Snapshot): string[] {
  if (s.type === 'CREATE') return [`- stack ${code(s.stackName)} does not exist yet`]
  const members = s.group?.members ?? []
  const lines = [
    `- stack at ${code('AmiId')}=${code(s.ami.amiId || '(none)')}, ${code('PreviousAmiId')}=${code(s.ami.previousAmiId || '(none)')}`,
    `- group ${code(s.group?.name ?? '?')} (launch template version ${s.group?.templateVersion ?? '?'}): ` +
      (members
        .map(
          (m) =>
            `${code(m.id)} ${m.lifecycle} on ${code(m.instance?.imageId ?? '?')} (version ${m.templateVersion ?? '?'}, phase ${m.instance?.phase ?? '?'})`
        )
        .join('; ') || 'no instance'),
    ...(s.group?.activities.length ? [`- ${s.group.activities.join('; ')}`] : [])
  ]
  for (const e of s.enis)
    lines.push(
      `- ENI ${code(e.id)} in ${e.zone ?? '?'}: ${e.attachedTo ? `held by ${code(e.attachedTo)} (${e.attachmentStatus})` : 'free'}, ${e.privateIp ?? '?'}`
    )
  const state = stateOf(s)
  if (state?.stateVersion)
    lines.push(
      `- OpsCenter state on EFS: version ${state.stateVersion}${state.stateSince ? ` since ${new Date(state.stateSince).toISOString()}` : ''} (as ${code(state.id)} reported it); restore points: ${state.restorePoints?.length ? state.restorePoints.map(code).join(', ') : 'none'}`
    )
  if (s.record)
    lines.push(`- record ${code(s.record.name)} → ${s.record.values?.join(', ') ?? 'absent'}`)
  return lines
}
