// The contract of a resource handler: one per supported resource type.
import type { AutoScaling } from '../../autoscaling/model.js'
import type { Ec2 } from '../../ec2/model.js'
import type { Route53 } from '../../route53/model.js'
import type { CloudWatch } from '../../cloudwatch/model.js'
import type { Sns } from '../../sns/model.js'
import type { SecretsManager } from '../../secretsmanager/model.js'
import type { Latency } from '../../types.js'
import type { Stores } from './stores.js'

export type Props = Record<string, unknown>

export interface HandlerContext {
  stackName: string
  stackId: string
  logicalId: string
  region: string
  accountId: string
  ec2: Ec2
  autoscaling: AutoScaling
  route53: Route53
  cloudwatch: CloudWatch
  sns: Sns
  secretsmanager: SecretsManager
  stores: Stores
}

export interface Provisioned {
  physicalId: string
  /** Fn::GetAtt values. */
  attributes: Record<string, unknown>
}

export interface ResourceHandler {
  /** Which latency figure one create/update/delete of this type takes. */
  latency: keyof Latency
  /** Properties whose change replaces the resource (create new, delete old in cleanup). */
  replaceOn: string[]
  create(props: Props, ctx: HandlerContext): Provisioned
  update(current: Provisioned, props: Props, old: Props, ctx: HandlerContext): Provisioned
  /** May return a promise: the stack waits for it (e.g. a group's instances terminating). */
  delete(current: Provisioned, props: Props, ctx: HandlerContext): void | Promise<void>
}

/** A resource failure as CloudFormation reports it in the event's reason. */
export class ResourceFailure extends Error {}

export function str(props: Props, name: string, required = false): string | undefined {
  const v = props[name]
  if (v === undefined || v === null) {
    if (required) throw new ResourceFailure(`Property ${name} cannot be empty.`)
    return undefined
  }
  if (typeof v === 'object')
    throw new ResourceFailure(`Value of property ${name} must be of type String`)
  return String(v)
}

export function list(props: Props, name: string): unknown[] {
  const v = props[name]
  if (v === undefined || v === null) return []
  if (!Array.isArray(v)) throw new ResourceFailure(`Value of property ${name} must be of type List`)
  return v
}

export function cfnTags(v: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  for (const t of (Array.isArray(v) ? v : []) as { Key?: unknown; Value?: unknown }[])
    if (t && t.Key !== undefined) out[String(t.Key)] = String(t.Value ?? '')
  return out
}

/** The tags CloudFormation adds to every taggable resource it creates. */
export function stackTags(ctx: HandlerContext): Record<string, string> {
  return {
    'aws:cloudformation:stack-name': ctx.stackName,
    'aws:cloudformation:logical-id': ctx.logicalId,
    'aws:cloudformation:stack-id': ctx.stackId
  }
}

/** Names CloudFormation generates: <stack>-<logicalId>-<random>, within a length limit. */
export function generatedName(ctx: HandlerContext, max = 64, sep = '-'): string {
  const rand = Math.random().toString(36).slice(2, 14).toUpperCase()
  const base = `${ctx.stackName}${sep}${ctx.logicalId}`.slice(0, max - rand.length - 1)
  return `${base}${sep}${rand}`
}
