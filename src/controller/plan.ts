// The `plan` view of a change set: a markdown table for the job summary and the PR.
import type { Change } from '@aws-sdk/client-cloudformation'

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

/** True when the change set touches the launch template, i.e. the instance must be replaced. */
export function touchesLaunchTemplate(changes: Change[]): boolean {
  return changes.some((c) => c.ResourceChange?.ResourceType === 'AWS::EC2::LaunchTemplate')
}
