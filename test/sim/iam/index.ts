// The simulated account's IAM, wired to the server: every decoded call is authorized for
// the principal behind its access key before the service sees it. Principals: an admin
// (the simulator's own tests), the deploy and plan roles (docs/ policies), and one role
// session per instance with an instance profile (the role CloudFormation created, with
// the policies the template gave it), whose keys the instance's IMDS hands out.
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Authorizer } from '../core/server.js'
import { AccessDeniedError, UnknownKeyError } from '../wire/errors.js'
import {
  AccessDenied,
  Iam,
  UnknownAccessKey,
  type IamOptions,
  type PolicyDocument,
  type Principal
} from './model.js'
import {
  DEPLOY_ACCESS_KEY,
  PLAN_ACCESS_KEY,
  docPolicy,
  roleSession,
  type Placeholders
} from './policies.js'
import { authRequests, type Models } from './requests.js'

export { AccessDenied, Iam } from './model.js'
export type { AuthRequest, PolicyDocument, Principal } from './model.js'
export { DEPLOY_ACCESS_KEY, PLAN_ACCESS_KEY } from './policies.js'

/** Full access: the simulator's own API tests, which are not about permissions. */
export const ADMIN_ACCESS_KEY = 'AKIDADMIN'

const FULL_ACCESS = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }]
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')

export interface SimIamOptions extends IamOptions {
  /** The stack the docs' policies are filled in for (STACK_NAME). Default opscenter-sim. */
  stackName?: string
  /** Changes the filled-in deploy or plan policy before use (tests drop a statement). */
  policies?: (which: 'deploy' | 'plan', policy: PolicyDocument) => PolicyDocument
}

export interface SimIam {
  iam: Iam
  authorize: Authorizer
  /** The role session of an instance's profile, or undefined without one. */
  instanceCredentials(instanceId: string): InstanceCredentials | undefined
}

export interface InstanceCredentials {
  roleName: string
  accessKeyId: string
  secretAccessKey: string
  token: string
}

export function createIam(m: Models, o: SimIamOptions = {}): SimIam {
  const iam = new Iam(m.accountId, m.region, o)
  const fill: Placeholders = {
    accountId: m.accountId,
    region: m.region,
    stackName: o.stackName ?? 'opscenter-sim'
  }
  const edit = o.policies ?? ((_w, p: PolicyDocument) => p)
  const deploy = edit('deploy', docPolicy(REPO_ROOT, 'iam-deploy-policy.json', fill))
  const plan = edit('plan', docPolicy(REPO_ROOT, 'iam-plan-policy.json', fill))
  iam.register(
    ADMIN_ACCESS_KEY,
    roleSession(m.accountId, 'admin', 'sim', () => [FULL_ACCESS])
  )
  iam.register(
    DEPLOY_ACCESS_KEY,
    roleSession(m.accountId, 'opscenter-ha-deploy', 'GitHubActions', () => [deploy])
  )
  iam.register(
    PLAN_ACCESS_KEY,
    roleSession(m.accountId, 'opscenter-ha-plan', 'GitHubActions', () => [plan])
  )

  const authorize: Authorizer = async (service, action, input, key) => {
    if (!iam.enforce || key === ADMIN_ACCESS_KEY) return
    try {
      await iam.authorize(key, authRequests(service, action, input, m))
    } catch (err) {
      if (err instanceof AccessDenied) throw new AccessDeniedError(service, err.message)
      if (err instanceof UnknownAccessKey) throw new UnknownKeyError(service)
      throw err
    }
  }

  return {
    iam,
    authorize,
    instanceCredentials(instanceId) {
      const role = instanceRole(m, instanceId)
      if (!role) return undefined
      const accessKeyId = `ASIA${instanceId.replace(/^i-/, '').toUpperCase()}`
      if (!iam.principal(accessKeyId))
        iam.register(accessKeyId, instancePrincipal(m, role.name, instanceId))
      return {
        roleName: role.name,
        accessKeyId,
        secretAccessKey: 'instance-secret',
        token: `token-${instanceId}`
      }
    }
  }
}

/** The role of the instance's profile (launch template IamInstanceProfile). */
function instanceRole(m: Models, instanceId: string): { name: string } | undefined {
  const profileArn = m.ec2.getInstance(instanceId)?.iamInstanceProfile
  if (!profileArn) return undefined
  const stores = m.cloudformation.stores
  const profile = [...stores.instanceProfiles.values()].find(
    (p) => p.arn === profileArn || p.name === profileArn
  )
  const roleName = profile?.roles[0]
  return roleName && stores.roles.has(roleName) ? { name: roleName } : undefined
}

/**
 * The instance's role session. Its inline policies are read from the role on each call (a
 * stack update that changes them applies at once). Managed policies (the template attaches
 * AmazonSSMManagedInstanceCore) grant only ssm/ec2messages/ssmmessages, which nothing here
 * calls, so they contribute no statement.
 */
function instancePrincipal(m: Models, roleName: string, instanceId: string): Principal {
  return roleSession(m.accountId, roleName, instanceId, () =>
    (m.cloudformation.stores.roles.get(roleName)?.policies ?? []).map(
      (p) => p.document as { Statement: unknown }
    )
  )
}
