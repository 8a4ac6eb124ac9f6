// The handover window as a snapshot shows it (pure: decide uses it). A prepared handover
// lets the group hold two instances and narrows it to the old instance's subnet for a
// while; the stack declares one instance over every subnet. Anything else is what a
// stopped run left behind.
import { NETWORK_PARAMS } from '../../shared/contract.js'
import type { Snapshot } from '../context/snapshot.js'

/** The group as the stack declares it: every subnet parameter of the template. */
export function stackSubnets(s: Pick<Snapshot, 'stack'>): string[] {
  const p = s.stack?.parameters ?? {}
  return [NETWORK_PARAMS.subnetA, NETWORK_PARAMS.subnetB, NETWORK_PARAMS.subnetC]
    .map((k) => p[k])
    .filter((v): v is string => !!v)
}

/** What is left of a handover a stopped run began, in words; undefined when nothing is. */
export function windowOf(s: Snapshot): string | undefined {
  const g = s.group
  if (!g) return undefined
  const parts: string[] = []
  if ((g.max ?? 1) > 1 || (g.desired ?? 1) > 1) parts.push(`max ${g.max}, desired ${g.desired}`)
  const want = stackSubnets(s)
  if (want.length && g.subnets && !sameSet(g.subnets, want))
    parts.push(`subnets ${g.subnets.join(',')} instead of ${want.join(',')}`)
  return parts.length
    ? `group ${g.name} is still in a handover window (${parts.join('; ')}): a run stopped during it`
    : undefined
}

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x))
